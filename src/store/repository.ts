/** The Store, written once over the Db adapter; sqlite.ts and postgres.ts only supply the Db. */
import type { DocumentRecord } from '../core/doc.js';
import { type Db, placeholders } from './db.js';
import { migrate } from './migrations/index.js';
import { prepareDocument } from './prepare.js';
import { countEntities, writeDocuments } from './put.js';
import {
  decodeCursor,
  EVENT_COLUMNS,
  type EventRowOut,
  encodeCursor,
  eventWhere,
  networkQuery,
  pageQuery,
  resolveActor,
  toStoredEvent,
} from './queries.js';
import { hasAnyTerm, prepareTerms, queryTerms } from './terms.js';
import type {
  DyadPoint,
  EntityQuery,
  EventFilters,
  EventPage,
  SearchHit,
  Store,
  StoredEntity,
  StoredEvent,
} from './types.js';

export const MAX_PAGE = 1000;
const DYAD_LIMIT = 1000;

export async function openRepository(db: Db): Promise<Store> {
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const page = async (filters: EventFilters, cursor: string | null, limit: number): Promise<EventPage> => {
    if (filters.q || filters.actor) await prepareTerms();
    const where = await eventWhere(db, filters);
    if (!where) return { events: [], next: null };
    const size = Math.max(1, Math.min(MAX_PAGE, Math.floor(limit)));
    const query = pageQuery(where, cursor ? decodeCursor(cursor) : null, size + 1);
    const rows = await db.all<EventRowOut & { day: string }>(query.sql, query.params);
    const more = rows.length > size;
    const shown = more ? rows.slice(0, size) : rows;
    const last = shown.at(-1);
    return { events: shown.map(toStoredEvent), next: more && last ? encodeCursor(last.day, last.id) : null };
  };

  // SQLite has one writer anyway, so counting inside the transaction costs no concurrency.
  const countInside = db.dialect === 'sqlite';
  const entityFor = async (keys: string[]): Promise<StoredEntity | null> => {
    const [row] = await db.all<StoredEntity>(
      `SELECT key, label, name, lemma, country, kb, documents FROM entities
       WHERE key IN (${keys.map(() => '?').join(', ')}) ORDER BY documents DESC, key LIMIT 1`,
      keys,
    );
    return row ? { ...row, documents: Number(row.documents) } : null;
  };

  const store: Store = {
    kind: db.dialect,
    async putDocument(record: DocumentRecord) {
      const [result] = await store.putDocuments([record]);
      if (!result) throw new Error('putDocuments returned no result');
      return result;
    },
    async putDocuments(records) {
      await prepareTerms();
      return store.putPrepared(records.map(prepareDocument));
    },
    async putPrepared(prepared) {
      const results = await db.transaction((tx) => writeDocuments(tx, prepared, countInside));
      if (!countInside) {
        await countEntities(
          db,
          prepared.filter((_, i) => results[i]?.status === 'new'),
        );
      }
      return results;
    },
    async knownDocuments(ids) {
      if (ids.length === 0) return new Set();
      const rows = await db.all<{ id: string }>(
        `SELECT id FROM documents WHERE id IN (${placeholders(ids.length)})`,
        ids,
      );
      return new Set(rows.map((row) => row.id));
    },
    async getDocument(id) {
      const [row] = await db.all<{ record: string }>('SELECT record FROM documents WHERE id = ?', [id]);
      return row ? (JSON.parse(row.record) as DocumentRecord) : null;
    },
    async hasDocument(id) {
      return (await db.all('SELECT 1 FROM documents WHERE id = ?', [id])).length > 0;
    },
    queryEvents: (filters, cursor = null, limit = 50) => page(filters, cursor, limit),
    async *iterateEvents(filters) {
      let cursor: string | null = null;
      do {
        const result = await page(filters, cursor, 500);
        yield* result.events;
        cursor = result.next;
      } while (cursor);
    },
    async entities(query: EntityQuery) {
      const clauses: string[] = [];
      const params: (string | number)[] = [];
      if (query.q) {
        const like = `%${query.q.toLowerCase().replace(/[%_\\]/g, '')}%`;
        clauses.push('(lemma_lower LIKE ? OR name_lower LIKE ? OR key = ?)');
        params.push(like, like, query.q);
      }
      if (query.label) {
        clauses.push('label = ?');
        params.push(query.label);
      }
      if (query.country) {
        clauses.push('country = ?');
        params.push(query.country.toUpperCase());
      }
      const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
      const limit = Math.max(1, Math.min(MAX_PAGE, query.limit ?? 100));
      const rows = await db.all<StoredEntity>(
        `SELECT key, label, name, lemma, country, kb, documents FROM entities ${where}
         ORDER BY documents DESC, key LIMIT ?`,
        [...params, limit],
      );
      return rows.map((row) => ({ ...row, documents: Number(row.documents) }));
    },
    async dyad(a, b, filters = {}) {
      await prepareTerms();
      const [keysA, keysB] = await Promise.all([resolveActor(db, a), resolveActor(db, b)]);
      const where = await eventWhere(db, { ...filters, actor: undefined, country: undefined });
      if (!where) return { a: null, b: null, series: [], events: [] };
      const inA = keysA.map(() => '?').join(', ');
      const inB = keysB.map(() => '?').join(', ');
      const rows = await db.all<EventRowOut & { day: string }>(
        `SELECT ${EVENT_COLUMNS}, e.day FROM events e JOIN documents d ON d.id = e.doc_id
         WHERE ${where.clauses.join(' AND ')} AND ((e.source_key IN (${inA}) AND e.target_key IN (${inB}))
         OR (e.source_key IN (${inB}) AND e.target_key IN (${inA}))) ORDER BY e.day, e.id LIMIT ?`,
        [...where.params, ...keysA, ...keysB, ...keysB, ...keysA, DYAD_LIMIT],
      );
      const events = rows.map(toStoredEvent);
      const byDay = new Map<string, DyadPoint>();
      for (const [i, event] of events.entries()) {
        const date = rows[i]?.day ?? '';
        const point = byDay.get(date) ?? { date, events: 0, goldstein: 0 };
        point.events++;
        point.goldstein = Math.round((point.goldstein + event.goldstein) * 10) / 10;
        byDay.set(date, point);
      }
      const [entityA, entityB] = await Promise.all([entityFor(keysA), entityFor(keysB)]);
      return { a: entityA, b: entityB, series: [...byDay.values()], events };
    },
    async entity(actor) {
      if (actor.trim() === '') return null;
      await prepareTerms();
      const keys = await resolveActor(db, actor);
      return entityFor(keys);
    },
    async network(filters, limit = 100) {
      if (filters.q || filters.actor) await prepareTerms();
      return networkQuery(db, filters, Math.max(1, Math.min(MAX_PAGE, Math.floor(limit))));
    },
    async search(q, limit = 20) {
      await prepareTerms();
      const words = queryTerms(q);
      if (words.length === 0) return [];
      const clauses = words.map((alternatives) => hasAnyTerm(db.dialect, 'id', alternatives));
      return db.all<SearchHit>(
        `SELECT id, source, published, title, lang FROM documents
         WHERE ${clauses.map((clause) => clause.sql).join(' AND ')}
        ORDER BY COALESCE(published, '') DESC, id LIMIT ?`,
        [...clauses.flatMap((clause) => clause.params), Math.max(1, Math.min(MAX_PAGE, limit))],
      );
    },
    async counts() {
      const [row] = await db.all<Record<string, number | string>>(
        `SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM events) AS events,
         (SELECT COUNT(*) FROM entities) AS entities`,
      );
      return {
        documents: Number(row?.documents ?? 0),
        events: Number(row?.events ?? 0),
        entities: Number(row?.entities ?? 0),
      };
    },
    close: () => db.close(),
  };
  return store;
}

export type { StoredEvent };
