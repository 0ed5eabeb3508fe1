/**
 * Writing documents: a batch in one transaction and a fixed number of statements, whatever its
 * size; a document whose id is stored already writes nothing. Events join clusters across
 * documents (clusters.ts); syndicated copies are marked as near duplicates of the first copy.
 */
import { type DocumentEvents, lockClusters, writeEvents } from './clusters.js';
import { type Db, placeholders, type SqlValue, type Tx } from './db.js';
import { hammingDistance, NEAR_DUPLICATE_BITS } from './fingerprint.js';
import { ENTITY_COLUMNS } from './rows.js';
import type { PreparedDocument, PutResult } from './types.js';

/** A PostgreSQL array literal: one bind parameter however many terms a long article has. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

/** How many documents sharing a band are compared, at most (the first by id). */
const CANDIDATES_PER_BAND = 200;

/**
 * The stored or earlier document of the batch each document copies, if any: candidates share a
 * SimHash band, the first by id within NEAR_DUPLICATE_BITS wins. One query for the batch.
 */
async function nearDuplicates(tx: Tx, documents: readonly PreparedDocument[]): Promise<(string | null)[]> {
  const allBands = [...new Set(documents.flatMap((document) => document.bands))];
  const byBand = new Map<string, { id: string; print: string }[]>();
  const add = (band: string, id: string, print: string) => {
    const list = byBand.get(band) ?? [];
    list.push({ id, print });
    byBand.set(band, list);
  };
  if (allBands.length > 0) {
    // A wire story copied hundreds of times shares its bands with every copy: the first
    // CANDIDATES_PER_BAND by id of each band hold the first that many of any document's candidates.
    const stored = await tx.all<{ band: string; id: string; fingerprint: string }>(
      `SELECT band, id, fingerprint FROM (
         SELECT b.band, d.id, d.fingerprint, ROW_NUMBER() OVER (PARTITION BY b.band ORDER BY d.id) AS n
         FROM fingerprint_bands b JOIN documents d ON d.id = b.doc_id
         WHERE b.band IN (${placeholders(allBands.length)})
       ) AS ranked WHERE n <= ?`,
      [...allBands, CANDIDATES_PER_BAND],
    );
    for (const row of stored) add(row.band, row.id, row.fingerprint);
  }
  return documents.map((document) => {
    const own = document.record.doc.id;
    const candidates = new Map<string, string>();
    for (const band of document.bands) {
      for (const candidate of byBand.get(band) ?? []) {
        if (candidate.id !== own) candidates.set(candidate.id, candidate.print);
      }
    }
    // Later documents of the batch may copy this one, as they would had it been stored first.
    for (const band of document.bands) add(band, own, document.print);
    const match = [...candidates]
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, CANDIDATES_PER_BAND)
      .find(([, print]) => hammingDistance(print, document.print) <= NEAR_DUPLICATE_BITS);
    return match?.[0] ?? null;
  });
}

const DOCUMENT_CHUNK = 100;

/** Inserts the documents' rows; returns the ids that were not stored before. */
async function insertDocuments(
  tx: Tx,
  documents: readonly PreparedDocument[],
  nearDuplicateOf: readonly (string | null)[],
): Promise<Set<string>> {
  // PostgreSQL keeps the search terms in the document's row (migration 002), SQLite in a table.
  const termsInRow = tx.dialect === 'postgres';
  const columns = `id, source, outlet, lang, published, title, text, record, fingerprint, near_duplicate_of, ingested_at${
    termsInRow ? ', terms' : ''
  }`;
  const one = `(${placeholders(11)}${termsInRow ? ', ?::text[]' : ''})`;
  const now = new Date().toISOString();
  const fresh = new Set<string>();
  for (let start = 0; start < documents.length; start += DOCUMENT_CHUNK) {
    const chunk = documents.slice(start, start + DOCUMENT_CHUNK);
    const params = chunk.flatMap((document, i): SqlValue[] => {
      const { doc } = document.record;
      return [
        doc.id,
        doc.source,
        document.outlet,
        doc.lang,
        doc.published,
        doc.title,
        doc.text,
        JSON.stringify(document.record),
        document.print,
        nearDuplicateOf[start + i] ?? null,
        now,
        ...(termsInRow ? [arrayLiteral(document.terms)] : []),
      ];
    });
    const rows = await tx.all<{ id: string }>(
      `INSERT INTO documents (${columns}) VALUES ${chunk.map(() => one).join(', ')}
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      params,
    );
    for (const row of rows) fresh.add(row.id);
  }
  return fresh;
}

/**
 * Documents in one transaction: their own rows first, then, holding the cluster locks for as
 * short a time as the transaction allows, their events. A writer whose batch reports the same
 * event as another's waits only for the other's event writes and commit.
 */
export async function writeDocuments(
  tx: Tx,
  documents: readonly PreparedDocument[],
  countInside: boolean,
): Promise<PutResult[]> {
  // The same text twice in one batch: the first is written, the rest are duplicates.
  const seen = new Set<string>();
  const unique = documents.filter((document) => {
    const id = document.record.doc.id;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const copies = await nearDuplicates(tx, unique);
  const fresh = await insertDocuments(tx, unique, copies);
  const written = unique.filter((document) => fresh.has(document.record.doc.id));
  const copyOf = new Map(unique.map((document, i) => [document.record.doc.id, copies[i] ?? null]));

  await tx.insertMany(
    'fingerprint_bands',
    ['band', 'doc_id'],
    written.flatMap((document) => document.bands.map((band) => [band, document.record.doc.id])),
    'ON CONFLICT DO NOTHING',
  );
  const entities = new Map<string, SqlValue[]>();
  for (const document of written) {
    for (const row of document.rows.entities) {
      const key = row[0] as string;
      const known = entities.get(key);
      if (known) known[known.length - 1] = Number(known.at(-1)) + 1;
      else entities.set(key, [...row.slice(0, -1), 1]);
    }
  }
  if (countInside) {
    await tx.insertMany(
      'entities',
      ENTITY_COLUMNS,
      [...entities.values()],
      'ON CONFLICT (key) DO UPDATE SET documents = entities.documents + excluded.documents',
    );
  } else {
    // Counted after the commit (countEntities): the rows of Putin or Zelensky are in nearly
    // every article, and a lock on them held for a whole transaction would serialise workers.
    const uncounted = [...entities.values()].map((row) => [...row.slice(0, -1), 0]);
    await tx.insertMany('entities', ENTITY_COLUMNS, uncounted, 'ON CONFLICT (key) DO NOTHING');
  }
  await tx.insertMany(
    'mentions',
    ['doc_id', 'start_at', 'end_at', 'label', 'entity_key'],
    written.flatMap((document) => document.rows.mentions),
    'ON CONFLICT DO NOTHING',
  );
  await tx.insertMany(
    'quotes',
    ['doc_id', 'start_at', 'end_at', 'speaker_key'],
    written.flatMap((document) => document.rows.quotes),
    'ON CONFLICT DO NOTHING',
  );
  if (tx.dialect !== 'postgres') {
    await tx.insertMany(
      'terms',
      ['term', 'doc_id'],
      written.flatMap((document) => document.terms.map((term) => [term, document.record.doc.id])),
      'ON CONFLICT DO NOTHING',
    );
  }
  const events: DocumentEvents[] = written.map((document) => ({
    docId: document.record.doc.id,
    outlet: document.outlet,
    events: document.rows.events,
  }));
  await lockClusters(tx, events);
  await writeEvents(tx, events);

  return documents.map((document): PutResult => {
    const id = document.record.doc.id;
    const isNew = fresh.delete(id);
    return isNew
      ? { id, status: 'new', nearDuplicateOf: copyOf.get(id) ?? null, events: document.rows.events.length }
      : { id, status: 'duplicate', nearDuplicateOf: null, events: 0 };
  });
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
