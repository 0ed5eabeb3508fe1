/**
 * Events deduplicated across documents: an event of the same type between the same actors within
 * a day of a stored one joins that one's cluster, whose head counts the articles, outlets and
 * mentions that report it. A batch of documents is written in a fixed number of statements, with
 * the same outcome as writing its documents one after another.
 */
import { placeholders, type SqlValue, type Tx } from './db.js';
import { type EventRow, isFullDay } from './rows.js';

/** Reports of one event may be dated a day apart (time zones, "on Thursday" vs the next morning). */
export const DEDUP_WINDOW_DAYS = 1;

/** A new document's events, as the batch writer hands them over. */
export interface DocumentEvents {
  docId: string;
  outlet: string;
  events: readonly EventRow[];
}

interface Head {
  id: string;
  docId: string;
  sourceKey: string;
  targetKey: string;
  type: string;
  day: string;
}

interface Counts {
  articles: number;
  sources: number;
  mentions: number;
}

const EVENT_COLUMNS = [
  'id',
  'doc_id',
  'type',
  'cameo',
  'goldstein',
  'source_key',
  'target_key',
  'source_country',
  'target_country',
  'day',
  'cluster',
  'is_head',
  'num_articles',
  'num_sources',
  'num_mentions',
  'outlet',
  'data',
];

const distinct = (values: Iterable<string>) => [...new Set(values)];

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function clusterKey(row: EventRow): string | null {
  if (!isFullDay(row.day) || (row.sourceKey === '' && row.targetKey === '')) return null;
  return `${row.type}|${row.sourceKey}|${row.targetKey}`;
}

/**
 * Takes the cluster locks of every event the documents could merge into, in one fixed order, so
 * two writers can never wait on each other. Once per transaction, as late as possible.
 */
export async function lockClusters(tx: Tx, documents: readonly DocumentEvents[]): Promise<void> {
  const keys = new Set<string>();
  for (const document of documents) {
    for (const row of document.events) {
      const key = clusterKey(row);
      if (key !== null) keys.add(`dyad:event:${key}`);
    }
  }
  if (keys.size > 0) await tx.lock([...keys].sort());
}

/**
 * Stored heads any keyed event of the batch might join: one query for the batch, one look-up per
 * distinct key and window (a document's events may lie years apart, so one range over all of
 * them would read unrelated heads).
 */
async function storedHeads(tx: Tx, rows: readonly EventRow[]): Promise<Head[]> {
  const windows = new Map<string, SqlValue[]>();
  for (const row of rows) {
    const from = shiftDay(row.day, -DEDUP_WINDOW_DAYS);
    const to = shiftDay(row.day, DEDUP_WINDOW_DAYS);
    windows.set(`${clusterKey(row)}|${row.day}`, [row.sourceKey, row.targetKey, row.type, from, to]);
  }
  if (windows.size === 0) return [];
  // Joined from a VALUES list, so each window is one look-up in the dedup index. SQLite, with no
  // statistics, would pick the (is_head, day) index and read every head of those days instead.
  const hint = tx.dialect === 'sqlite' ? 'INDEXED BY events_dedup' : '';
  const window = '(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))';
  const found = await tx.all<{
    id: string;
    doc_id: string;
    source_key: string;
    target_key: string;
    type: string;
    day: string;
  }>(
    `WITH w (source_key, target_key, type, day_from, day_to) AS (VALUES ${[...windows.keys()]
      .map(() => window)
      .join(', ')})
     SELECT DISTINCT e.id, e.doc_id, e.source_key, e.target_key, e.type, e.day FROM w
     JOIN events e ${hint} ON e.source_key = w.source_key AND e.target_key = w.target_key AND e.type = w.type
     AND e.day BETWEEN w.day_from AND w.day_to AND e.is_head = 1`,
    [...windows.values()].flat(),
  );
  return found.map((row) => ({
    id: row.id,
    docId: row.doc_id,
    sourceKey: row.source_key,
    targetKey: row.target_key,
    type: row.type,
    day: row.day,
  }));
}

/** The head a row joins: same key, another document, within the window; earliest day, then id. */
function headFor(row: EventRow, docId: string, heads: readonly Head[]): Head | undefined {
  const from = shiftDay(row.day, -DEDUP_WINDOW_DAYS);
  const to = shiftDay(row.day, DEDUP_WINDOW_DAYS);
  let best: Head | undefined;
  for (const head of heads) {
    if (head.docId === docId || head.type !== row.type) continue;
    if (head.sourceKey !== row.sourceKey || head.targetKey !== row.targetKey) continue;
    if (head.day < from || head.day > to) continue;
    if (!best || head.day < best.day || (head.day === best.day && head.id < best.id)) best = head;
  }
  return best;
}

/**
 * Writes the events of new documents, in their order: a document's events may join heads stored
 * before or written earlier in the batch. Statements: one look-up of heads, one of the outlets
 * already counted in them, one update of the stored heads' counts, and the inserts.
 */
export async function writeEvents(tx: Tx, documents: readonly DocumentEvents[]): Promise<void> {
  const keyed = documents.flatMap((document) => document.events.filter((row) => clusterKey(row) !== null));
  const heads = await storedHeads(tx, keyed);
  const storedIds = new Set(heads.map((head) => head.id));
  const outletsOf = new Map<string, Set<string>>();
  if (heads.length > 0) {
    const ids = distinct(heads.map((head) => head.id));
    const seen = await tx.all<{ cluster: string; outlet: string }>(
      `SELECT DISTINCT cluster, outlet FROM events WHERE cluster IN (${placeholders(ids.length)})`,
      ids,
    );
    for (const { cluster, outlet } of seen) {
      const outlets = outletsOf.get(cluster) ?? new Set<string>();
      outlets.add(outlet);
      outletsOf.set(cluster, outlets);
    }
  }
  const added = new Map<string, Counts>();
  const inserted: { row: EventRow; docId: string; outlet: string; cluster: string }[] = [];
  for (const { docId, outlet, events } of documents) {
    const joinedHere = new Set<string>();
    for (const row of events) {
      const head = clusterKey(row) === null ? undefined : headFor(row, docId, heads);
      const cluster = head?.id ?? row.id;
      inserted.push({ row, docId, outlet, cluster });
      if (!head) {
        if (clusterKey(row) !== null) {
          const { id, sourceKey, targetKey, type, day } = row;
          heads.push({ id, docId, sourceKey, targetKey, type, day });
          outletsOf.set(id, new Set([outlet]));
        }
        continue;
      }
      const counts = added.get(cluster) ?? { articles: 0, sources: 0, mentions: 0 };
      const outlets = outletsOf.get(cluster) ?? new Set<string>();
      // An article counts once per cluster, an outlet once however many of its articles report it.
      if (!joinedHere.has(cluster)) counts.articles++;
      if (!outlets.has(outlet)) counts.sources++;
      counts.mentions += row.mentions;
      joinedHere.add(cluster);
      outlets.add(outlet);
      outletsOf.set(cluster, outlets);
      added.set(cluster, counts);
    }
  }
  const storedRaised = [...added.keys()].filter((id) => storedIds.has(id)).sort();
  if (storedRaised.length > 0) {
    const byId = `CASE id ${storedRaised.map(() => 'WHEN ? THEN ?').join(' ')} ELSE 0 END`;
    const values = (field: keyof Counts) => storedRaised.flatMap((id) => [id, added.get(id)?.[field] ?? 0]);
    await tx.run(
      `UPDATE events SET num_articles = num_articles + ${byId}, num_sources = num_sources + ${byId},
       num_mentions = num_mentions + ${byId} WHERE id IN (${placeholders(storedRaised.length)})`,
      [...values('articles'), ...values('sources'), ...values('mentions'), ...storedRaised],
    );
  }
  await tx.insertMany(
    'events',
    EVENT_COLUMNS,
    inserted.map(({ row, docId, outlet, cluster }) => {
      const isHead = cluster === row.id;
      // A head written in this batch already carries what later documents of the batch added.
      const extra = isHead ? added.get(row.id) : undefined;
      return [
        row.id,
        docId,
        row.type,
        row.cameo,
        row.goldstein,
        row.sourceKey,
        row.targetKey,
        row.sourceCountry,
        row.targetCountry,
        row.day,
        cluster,
        isHead ? 1 : 0,
        1 + (extra?.articles ?? 0),
        1 + (extra?.sources ?? 0),
        row.mentions + (extra?.mentions ?? 0),
        outlet,
        row.data,
      ];
    }),
    'ON CONFLICT (id) DO NOTHING',
  );
}
