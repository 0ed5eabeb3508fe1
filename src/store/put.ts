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

export async function writeDocument(
  tx: Tx,
  prepared: PreparedDocument,
  countInside = true,
): Promise<PutResult> {
  const { record, rows, outlet } = prepared;
  const { doc } = record;
  const inserted = await tx.run(
    `INSERT INTO documents (id, source, outlet, lang, published, title, text, record, fingerprint, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
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
  await tx.insertMany(
    'terms',
    ['term', 'doc_id'],
    prepared.terms.map((term) => [term, docId]),
    'ON CONFLICT DO NOTHING',
  );
  // Locks in a fixed order, so two writers can never wait on each other.
  const keys = [...new Set(rows.events.map(clusterKey).filter((key) => key !== null))].sort();
  for (const key of keys) await tx.lock(`dyad:event:${key}`);
  for (const row of rows.events) await writeEvent(tx, row, docId, outlet);
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

async function writeEvent(tx: Tx, row: EventRow, docId: string, outlet: string): Promise<void> {
  let cluster = row.id;
  if (clusterKey(row) !== null) {
    const heads = await tx.all<{ id: string }>(
      `SELECT id FROM events WHERE source_key = ? AND target_key = ? AND type = ? AND day BETWEEN ? AND ?
       AND is_head = 1 AND doc_id <> ? ORDER BY day, id LIMIT 1`,
      [
        row.sourceKey,
        row.targetKey,
        row.type,
        shiftDay(row.day, -DEDUP_WINDOW_DAYS),
        shiftDay(row.day, DEDUP_WINDOW_DAYS),
        docId,
      ],
    );
    const head = heads[0];
    if (head) {
      cluster = head.id;
      const [seen] = await tx.all<{ articles: number; outlets: number }>(
        `SELECT SUM(CASE WHEN doc_id = ? THEN 1 ELSE 0 END) AS articles,
                SUM(CASE WHEN outlet = ? THEN 1 ELSE 0 END) AS outlets
         FROM events WHERE cluster = ?`,
        [docId, outlet, cluster],
      );
      await tx.run(
        `UPDATE events SET num_articles = num_articles + ?, num_sources = num_sources + ?,
         num_mentions = num_mentions + ? WHERE id = ?`,
        [
          Number(seen?.articles ?? 0) > 0 ? 0 : 1,
          Number(seen?.outlets ?? 0) > 0 ? 0 : 1,
          row.mentions,
          cluster,
        ],
      );
    }
  }
  const isHead = cluster === row.id ? 1 : 0;
  await tx.run(
    `INSERT INTO events (id, doc_id, type, cameo, goldstein, source_key, target_key, source_country,
     target_country, day, cluster, is_head, num_articles, num_sources, num_mentions, outlet, data)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    [
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
      isHead,
      1,
      1,
      row.mentions,
      outlet,
      row.data,
    ],
  );
}

/** The document counts of a stored document's entities, each a statement of its own. */
export async function countEntities(db: Db, prepared: PreparedDocument): Promise<void> {
  const keys = prepared.rows.entities.map((row) => row[0] as string);
  if (keys.length === 0) return;
  await db.run(
    `UPDATE entities SET documents = documents + 1 WHERE key IN (${keys.map(() => '?').join(', ')})`,
    keys,
  );
}
