/**
 * Reading events: filters to SQL (the same text on both engines), keyset pagination on
 * (day, id) newest first, and rows back to StoredEvent. Only cluster heads are listed: an event
 * reported by five articles is one event with numArticles 5.
 */

import type { EntityLabel } from '../core/doc.js';
import { DyadError } from '../core/errors.js';
import { type Db, placeholders, type SqlValue } from './db.js';
import { hasAnyTerm, queryTerms } from './terms.js';
import type { EventFilters, Network, NetworkEdge, NetworkNode, StoredEvent } from './types.js';

export const EVENT_COLUMNS = `e.id, e.doc_id, e.source_key, e.target_key, e.num_articles, e.num_sources,
  e.num_mentions, e.data, d.source AS doc_source, d.published AS doc_published, d.title AS doc_title`;

export interface EventRowOut {
  id: string;
  doc_id: string;
  source_key: string;
  target_key: string;
  num_articles: number | string;
  num_sources: number | string;
  num_mentions: number | string;
  data: string;
  doc_source: string;
  doc_published: string | null;
  doc_title: string | null;
}

export function toStoredEvent(row: EventRowOut): StoredEvent {
  const data = JSON.parse(row.data) as Omit<StoredEvent, 'id' | 'localId' | 'document'>;
  return {
    id: row.id,
    localId: row.id.slice(row.id.lastIndexOf('-') + 1),
    ...data,
    document: { id: row.doc_id, source: row.doc_source, published: row.doc_published, title: row.doc_title },
    sourceKey: row.source_key || null,
    targetKey: row.target_key || null,
    numArticles: Number(row.num_articles),
    numSources: Number(row.num_sources),
    numMentions: Number(row.num_mentions),
  };
}

/** A knowledge-base id ("Q7747") or a stored key ("kb:Q7747", "PER:…", "country:UKR"), not a name. */
const KEY_LIKE = /^(?:Q\d+|(?:kb|actor|country|PER|LOC|ORG):.+)$/;

/**
 * Store-wide keys an actor argument may mean: a key, a knowledge-base id, a full name or lemma,
 * or a surname in any case form («Зеленского» finds Владимир Зеленский).
 */
export async function resolveActor(db: Db, actor: string): Promise<string[]> {
  const lower = actor.trim().toLowerCase();
  if (KEY_LIKE.test(actor.trim())) {
    // A knowledge-base id or a stored key names no word form: two indexed look-ups, no scan of
    // every entity's name.
    const rows = await db.all<{ key: string }>('SELECT key FROM entities WHERE key = ? OR kb = ?', [
      actor,
      actor,
    ]);
    return [...new Set([...rows.map((row) => row.key), actor.trim()])];
  }
  const forms = [...new Set([lower, ...(/\s/.test(lower) ? [] : (queryTerms(lower)[0] ?? []))])];
  const inForms = placeholders(forms.length);
  // One word: the indexed last words. Several («сергей лавров»): names that end with them.
  const single = !/\s/.test(lower);
  const rows = await db.all<{ key: string }>(
    `SELECT key FROM entities WHERE key = ? OR kb = ? OR lemma_lower IN (${inForms}) OR name_lower IN (${inForms})
     ${single ? `OR lemma_last IN (${inForms}) OR name_last IN (${inForms})` : 'OR lemma_lower LIKE ? OR name_lower LIKE ?'}`,
    [actor, actor, ...forms, ...forms, ...(single ? [...forms, ...forms] : [`% ${lower}`, `% ${lower}`])],
  );
  const keys = new Set(rows.map((row) => row.key));
  keys.add(actor);
  keys.add(`actor:${lower}`);
  return [...keys];
}

export interface Where {
  clauses: string[];
  params: SqlValue[];
  /**
   * "Source or target" as two arms, one per side, each served by its own (side, day, id) index
   * in date order; one OR over both sides makes the engine sort every match instead.
   */
  sides?: [Where, Where];
}

export async function eventWhere(db: Db, filters: EventFilters): Promise<Where | null> {
  const clauses = ['e.is_head = 1'];
  const params: SqlValue[] = [];
  let sides: [Where, Where] | undefined;
  const either = (column: 'key' | 'country', values: string[], side?: 'source' | 'target') => {
    const list = placeholders(values.length);
    if (side) {
      clauses.push(`e.${side}_${column} IN (${list})`);
      params.push(...values);
      return;
    }
    if (!sides) {
      sides = [
        { clauses: [`e.source_${column} IN (${list})`], params: [...values] },
        { clauses: [`e.target_${column} IN (${list})`], params: [...values] },
      ];
      return;
    }
    clauses.push(`(e.source_${column} IN (${list}) OR e.target_${column} IN (${list}))`);
    params.push(...values, ...values);
  };
  if (filters.actor) either('key', await resolveActor(db, filters.actor), filters.side);
  if (filters.country) either('country', [filters.country.toUpperCase()]);
  if (filters.type) {
    clauses.push('e.type = ?');
    params.push(filters.type.toUpperCase());
  }
  if (filters.since) {
    clauses.push('e.day >= ?');
    params.push(filters.since);
  }
  if (filters.until) {
    // Inclusive: '2025-11-30' keeps events of that day.
    clauses.push('e.day <= ?');
    params.push(`${filters.until}~`);
  }
  if (filters.q) {
    const words = queryTerms(filters.q);
    if (words.length === 0) return null;
    for (const alternatives of words) {
      const clause = hasAnyTerm(db.dialect, 'e.doc_id', alternatives);
      clauses.push(clause.sql);
      params.push(...clause.params);
    }
  }
  // With an actor, country or type, that column's (column, day, id) index gives the order; the
  // unary plus keeps SQLite's planner from walking the is_head index over all events instead.
  if (sides || filters.type || (filters.actor && filters.side)) clauses[0] = '+e.is_head = 1';
  return sides ? { clauses, params, sides } : { clauses, params };
}

/** The filters as one list of clauses, the two sides joined by OR: for aggregates, which sort anyway. */
function flatWhere(where: Where): { clauses: string[]; params: SqlValue[] } {
  if (!where.sides) return where;
  const [a, b] = where.sides;
  return {
    clauses: [...where.clauses, `((${a.clauses.join(' AND ')}) OR (${b.clauses.join(' AND ')}))`],
    params: [...where.params, ...a.params, ...b.params],
  };
}

/** Keys that name no stored entity still name something: a country code or an actor's name. */
function nodeFromKey(key: string): NetworkNode {
  const country = /^country:([A-Z]{3})$/.exec(key)?.[1] ?? null;
  const name = country ?? (key.startsWith('actor:') ? key.slice('actor:'.length) : key);
  return { key, name, country, label: null, events: 0 };
}

/** The busiest actor pairs among the matching events, with the actors' names. */
export async function networkQuery(db: Db, filters: EventFilters, limit: number): Promise<Network> {
  const where = await eventWhere(db, filters);
  if (!where) return { nodes: [], edges: [] };
  const flat = flatWhere(where);
  const rows = await db.all<Record<string, string | number>>(
    `SELECT e.source_key AS source, e.target_key AS target, COUNT(*) AS events, SUM(e.goldstein) AS goldstein,
       SUM(CASE WHEN e.goldstein > 0 THEN 1 ELSE 0 END) AS cooperative,
       SUM(CASE WHEN e.goldstein < 0 THEN 1 ELSE 0 END) AS conflictual
     FROM events e
     WHERE ${flat.clauses.join(' AND ')} AND e.source_key <> '' AND e.target_key <> ''
       AND e.source_key <> e.target_key
     GROUP BY e.source_key, e.target_key ORDER BY COUNT(*) DESC, e.source_key, e.target_key LIMIT ?`,
    [...flat.params, limit],
  );
  const edges: NetworkEdge[] = rows.map((row) => ({
    source: String(row.source),
    target: String(row.target),
    events: Number(row.events),
    goldstein: Math.round(Number(row.goldstein) * 10) / 10,
    cooperative: Number(row.cooperative),
    conflictual: Number(row.conflictual),
  }));
  // Ties in code-unit order: the engines' collations differ.
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  edges.sort((a, b) => b.events - a.events || order(a.source, b.source) || order(a.target, b.target));
  const keys = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))];
  const nodes = new Map(keys.map((key) => [key, nodeFromKey(key)]));
  if (keys.length > 0) {
    const stored = await db.all<{ key: string; name: string; country: string | null; label: EntityLabel }>(
      `SELECT key, name, country, label FROM entities WHERE key IN (${placeholders(keys.length)})`,
      keys,
    );
    for (const row of stored) nodes.set(row.key, { ...row, events: 0 });
  }
  for (const edge of edges) {
    for (const key of [edge.source, edge.target]) {
      const node = nodes.get(key);
      if (node) node.events += edge.events;
    }
  }
  return { nodes: [...nodes.values()], edges };
}

/** One SELECT (or a UNION of the two sides) of event rows after `cursor`, newest first. */
export function pageQuery(
  where: Where,
  cursor: [string, string] | null,
  limit: number,
): { sql: string; params: SqlValue[] } {
  const arm = (extra: Where | null) => {
    const clauses = [...where.clauses, ...(extra?.clauses ?? [])];
    const params = [...where.params, ...(extra?.params ?? [])];
    if (cursor) {
      clauses.push('(e.day, e.id) < (?, ?)');
      params.push(...cursor);
    }
    const sql = `SELECT ${EVENT_COLUMNS}, e.day FROM events e JOIN documents d ON d.id = e.doc_id
      WHERE ${clauses.join(' AND ')} ORDER BY e.day DESC, e.id DESC LIMIT ?`;
    return { sql, params: [...params, limit] };
  };
  if (!where.sides) return arm(null);
  const [a, b] = [arm(where.sides[0]), arm(where.sides[1])];
  return {
    sql: `SELECT * FROM (SELECT * FROM (${a.sql}) AS a UNION SELECT * FROM (${b.sql}) AS b) AS u
      ORDER BY day DESC, id DESC LIMIT ?`,
    params: [...a.params, ...b.params, limit],
  };
}

export function encodeCursor(day: string, id: string): string {
  return Buffer.from(JSON.stringify([day, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return [value[0] as string, value[1] as string];
    }
  } catch {
    // Falls through to the error below.
  }
  throw new DyadError('E_USAGE', 'invalid cursor', "pass the 'next' value of the previous page unchanged");
}
