/**
 * Writing one document: all rows in one transaction, nothing when the id is already stored.
 * Events are deduplicated across documents here: an event of the same type between the same
 * actors within a day of a stored one joins that one's cluster, whose head counts the articles,
 * outlets and mentions that report it.
 */
import type { DocumentRecord } from '../core/doc.js';
import type { Db, Tx } from './db.js';
import { bands, fingerprint, hammingDistance, NEAR_DUPLICATE_BITS } from './fingerprint.js';
import { documentRows, ENTITY_COLUMNS, type EventRow, isFullDay, outletOf } from './rows.js';
import { documentTerms } from './terms.js';
import type { PutResult } from './types.js';

/** Reports of one event may be dated a day apart (time zones, "on Thursday" vs the next morning). */
export const DEDUP_WINDOW_DAYS = 1;

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function clusterKey(row: EventRow): string | null {
  if (!isFullDay(row.day) || (row.sourceKey === '' && row.targetKey === '')) return null;
  return `${row.type}|${row.sourceKey}|${row.targetKey}`;
}

export function prepareDocument(record: DocumentRecord) {
  const print = fingerprint(record.doc.text);
  return {
    record,
    rows: documentRows(record),
    terms: [...documentTerms(record)],
    print,
    bands: bands(print),
    outlet: outletOf(record.doc.source, record.doc.id),
  };
}

export type PreparedDocument = ReturnType<typeof prepareDocument>;

/**
 * Documents in one transaction: first every document's own rows, then, holding the cluster locks
 * for as short a time as the transaction allows, their events. A writer whose batch reports the
 * same event as another's waits only for the other's event writes and commit.
 */
export async function writeDocuments(
  tx: Tx,
  documents: readonly PreparedDocument[],
  countInside: boolean,
): Promise<PutResult[]> {
  const results: PutResult[] = [];
  for (const document of documents) results.push(await writeDocumentRows(tx, document, countInside));
  const fresh = documents.filter((_, i) => results[i]?.status === 'new');
  await lockClusters(tx, fresh);
  for (const document of fresh) {
    await writeEvents(tx, document.rows.events, document.record.doc.id, document.outlet);
  }
  return results;
}

/**
 * Takes the cluster locks of every event the documents could merge into, in one fixed order, so
 * two writers can never wait on each other. Once per transaction.
 */
async function lockClusters(tx: Tx, documents: readonly PreparedDocument[]): Promise<void> {
  const keys = new Set<string>();
  for (const document of documents) {
    for (const row of document.rows.events) {
      const key = clusterKey(row);
      if (key !== null) keys.add(`dyad:event:${key}`);
    }
  }
  if (keys.size > 0) await tx.lock([...keys].sort());
}

/** A document's row and everything but its events; nothing when the id is already stored. */
async function writeDocumentRows(tx: Tx, prepared: PreparedDocument, countInside = true): Promise<PutResult> {
  const { record, rows, outlet } = prepared;
  const { doc } = record;
  // PostgreSQL keeps the search terms in the document's row (migration 002), SQLite in a table.
  const termsInRow = tx.dialect === 'postgres';
  const termColumn = termsInRow ? ', terms' : '';
  const termValue = termsInRow ? ', ?::text[]' : '';
  const inserted = await tx.run(
    `INSERT INTO documents (id, source, outlet, lang, published, title, text, record, fingerprint, ingested_at${termColumn})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?${termValue}) ON CONFLICT (id) DO NOTHING`,
    [
      doc.id,
      doc.source,
      outlet,
      doc.lang,
      doc.published,
      doc.title,
      doc.text,
      JSON.stringify(record),
      prepared.print,
      new Date().toISOString(),
      ...(termsInRow ? [arrayLiteral(prepared.terms)] : []),
    ],
  );
  if (inserted === 0) return { id: doc.id, status: 'duplicate', nearDuplicateOf: null, events: 0 };

  const nearDuplicateOf = await findNearDuplicate(tx, prepared);
  if (nearDuplicateOf) {
    await tx.run('UPDATE documents SET near_duplicate_of = ? WHERE id = ?', [nearDuplicateOf, doc.id]);
  }
  const docId = doc.id;
  await tx.insertMany(
    'fingerprint_bands',
    ['band', 'doc_id'],
    prepared.bands.map((band) => [band, docId]),
    'ON CONFLICT DO NOTHING',
  );
  if (countInside) {
    await tx.insertMany(
      'entities',
      ENTITY_COLUMNS,
      rows.entities,
      'ON CONFLICT (key) DO UPDATE SET documents = entities.documents + 1',
    );
  } else {
    // Counted after the commit (countEntities): the rows of Putin or Zelensky are in nearly
    // every article, and a lock on them held for a whole transaction would serialise workers.
    const fresh = rows.entities.map((row) => [...row.slice(0, -1), 0]);
    await tx.insertMany('entities', ENTITY_COLUMNS, fresh, 'ON CONFLICT (key) DO NOTHING');
  }
  await tx.insertMany(
    'mentions',
    ['doc_id', 'start_at', 'end_at', 'label', 'entity_key'],
    rows.mentions,
    'ON CONFLICT DO NOTHING',
  );
  await tx.insertMany(
    'quotes',
    ['doc_id', 'start_at', 'end_at', 'speaker_key'],
    rows.quotes,
    'ON CONFLICT DO NOTHING',
  );
  if (!termsInRow) {
    await tx.insertMany(
      'terms',
      ['term', 'doc_id'],
      prepared.terms.map((term) => [term, docId]),
      'ON CONFLICT DO NOTHING',
    );
  }
  return { id: docId, status: 'new', nearDuplicateOf, events: rows.events.length };
}

async function findNearDuplicate(tx: Tx, prepared: PreparedDocument): Promise<string | null> {
  if (prepared.bands.length === 0) return null;
  const candidates = await tx.all<{ id: string; fingerprint: string }>(
    `SELECT DISTINCT d.id, d.fingerprint FROM fingerprint_bands b JOIN documents d ON d.id = b.doc_id
     WHERE b.band IN (${prepared.bands.map(() => '?').join(', ')}) AND d.id <> ? ORDER BY d.id LIMIT 200`,
    [...prepared.bands, prepared.record.doc.id],
  );
  const match = candidates.find(
    (candidate) => hammingDistance(candidate.fingerprint, prepared.print) <= NEAR_DUPLICATE_BITS,
  );
  return match?.id ?? null;
}

interface HeadCandidate {
  id: string;
  source_key: string;
  target_key: string;
  type: string;
  day: string;
}

/** A PostgreSQL array literal: one bind parameter however many terms a long article has. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

interface ClusterCounts {
  articles: number;
  sources: number;
  mentions: number;
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');
const distinct = (values: readonly string[]) => [...new Set(values)];

/** The stored heads (other documents' events) each row may join, in one query for the document. */
async function headsFor(tx: Tx, rows: readonly EventRow[], docId: string): Promise<Map<string, string>> {
  const keyed = rows.filter((row) => clusterKey(row) !== null);
  const heads = new Map<string, string>();
  if (keyed.length === 0) return heads;
  const sources = distinct(keyed.map((row) => row.sourceKey));
  const targets = distinct(keyed.map((row) => row.targetKey));
  const types = distinct(keyed.map((row) => row.type));
  const days = keyed.map((row) => row.day).sort();
  const candidates = await tx.all<HeadCandidate>(
    `SELECT id, source_key, target_key, type, day FROM events
     WHERE is_head = 1 AND source_key IN (${placeholders(sources.length)})
     AND target_key IN (${placeholders(targets.length)}) AND type IN (${placeholders(types.length)})
     AND day BETWEEN ? AND ? AND doc_id <> ?`,
    [
      ...sources,
      ...targets,
      ...types,
      shiftDay(days[0] ?? '', -DEDUP_WINDOW_DAYS),
      shiftDay(days.at(-1) ?? '', DEDUP_WINDOW_DAYS),
      docId,
    ],
  );
  for (const row of keyed) {
    const from = shiftDay(row.day, -DEDUP_WINDOW_DAYS);
    const to = shiftDay(row.day, DEDUP_WINDOW_DAYS);
    let best: HeadCandidate | undefined;
    for (const candidate of candidates) {
      if (candidate.source_key !== row.sourceKey || candidate.target_key !== row.targetKey) continue;
      if (candidate.type !== row.type || candidate.day < from || candidate.day > to) continue;
      // The earliest day, then the smallest id: the head every writer agrees on.
      if (!best || candidate.day < best.day || (candidate.day === best.day && candidate.id < best.id)) {
        best = candidate;
      }
    }
    if (best) heads.set(row.id, best.id);
  }
  return heads;
}

/**
 * A document's events in a fixed number of statements: the heads they join are looked up at
 * once, the heads' counts raised at once (an article and an outlet count once per cluster), and
 * the rows inserted together.
 */
async function writeEvents(tx: Tx, rows: readonly EventRow[], docId: string, outlet: string): Promise<void> {
  if (rows.length === 0) return;
  const heads = await headsFor(tx, rows, docId);
  const clusters = distinct([...heads.values()]);
  if (clusters.length > 0) {
    const seen = await tx.all<{ cluster: string; outlets: number | string }>(
      `SELECT cluster, SUM(CASE WHEN outlet = ? THEN 1 ELSE 0 END) AS outlets
       FROM events WHERE cluster IN (${placeholders(clusters.length)}) GROUP BY cluster`,
      [outlet, ...clusters],
    );
    const outletSeen = new Set(seen.filter((row) => Number(row.outlets) > 0).map((row) => row.cluster));
    const added = new Map<string, ClusterCounts>();
    for (const row of rows) {
      const cluster = heads.get(row.id);
      if (!cluster) continue;
      const counts = added.get(cluster);
      if (counts) counts.mentions += row.mentions;
      else
        added.set(cluster, { articles: 1, sources: outletSeen.has(cluster) ? 0 : 1, mentions: row.mentions });
    }
    const ids = [...added.keys()].sort();
    const byId = `CASE id ${ids.map(() => 'WHEN ? THEN ?').join(' ')} ELSE 0 END`;
    const values = (field: keyof ClusterCounts) => ids.flatMap((id) => [id, added.get(id)?.[field] ?? 0]);
    await tx.run(
      `UPDATE events SET num_articles = num_articles + ${byId}, num_sources = num_sources + ${byId},
       num_mentions = num_mentions + ${byId} WHERE id IN (${placeholders(ids.length)})`,
      [...values('articles'), ...values('sources'), ...values('mentions'), ...ids],
    );
  }
  await tx.insertMany(
    'events',
    [
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
    ],
    rows.map((row) => {
      const cluster = heads.get(row.id) ?? row.id;
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
        cluster === row.id ? 1 : 0,
        1,
        1,
        row.mentions,
        outlet,
        row.data,
      ];
    }),
    'ON CONFLICT (id) DO NOTHING',
  );
}

/**
 * The document counts of stored documents' entities, raised after the commit: one statement per
 * distinct increment (nearly always one), so hot rows are locked only for that statement.
 */
export async function countEntities(db: Db, documents: readonly PreparedDocument[]): Promise<void> {
  const increments = new Map<string, number>();
  for (const document of documents) {
    for (const row of document.rows.entities) {
      const key = row[0] as string;
      increments.set(key, (increments.get(key) ?? 0) + 1);
    }
  }
  const byIncrement = new Map<number, string[]>();
  for (const [key, increment] of increments) {
    const keys = byIncrement.get(increment) ?? [];
    keys.push(key);
    byIncrement.set(increment, keys);
  }
  for (const [increment, keys] of [...byIncrement].sort((a, b) => a[0] - b[0])) {
    keys.sort();
    const sql = `UPDATE entities SET documents = documents + ? WHERE key IN (${placeholders(keys.length)})`;
    for (let attempt = 1; ; attempt++) {
      try {
        await db.run(sql, [increment, ...keys]);
        break;
      } catch (error) {
        // Two writers raising overlapping rows may lock them in different orders; PostgreSQL
        // then cancels one (40P01). The counts are worth a retry, not a failed job.
        if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
      }
    }
  }
}
