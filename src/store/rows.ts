/**
 * A document record turned into table rows: store-wide entity keys in place of the record's
 * per-document ids (e1, e2), the event day used for ordering and deduplication, the outlet.
 */
import type { ActorRecord, DocumentRecord, EntityRecord, EventRecord } from '../core/doc.js';
import type { SqlValue } from './db.js';

/** Knowledge-base id when known, else label and lemma: the same person across articles. */
export function entityKey(entity: Pick<EntityRecord, 'kb' | 'label' | 'lemma'>): string {
  return entity.kb ? `kb:${entity.kb}` : `${entity.label}:${entity.lemma.toLowerCase()}`;
}

export function actorKey(actor: ActorRecord | null, keys: ReadonlyMap<string, string>): string {
  if (!actor) return '';
  if (actor.entity) return keys.get(actor.entity) ?? '';
  if (actor.name) return `actor:${actor.name.toLowerCase()}`;
  return actor.country ? `country:${actor.country}` : '';
}

/** The host of a URL source (without www.), else the document itself: files name no outlet. */
export function outletOf(source: string, docId: string): string {
  if (/^https?:\/\//i.test(source)) {
    try {
      return new URL(source).hostname.replace(/^www\./, '');
    } catch {
      return docId;
    }
  }
  return docId;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** The event's own date, else the article's publication date; '' sorts last and never merges. */
export function eventDay(event: EventRecord, published: string | null): string {
  const date = event.date ?? published ?? '';
  const day = DAY.exec(date)?.[0];
  return day ?? date;
}

export function isFullDay(day: string): boolean {
  return DAY.test(day) && day.length === 10;
}

export function eventId(docId: string, localId: string): string {
  const hash = docId.slice(docId.indexOf(':') + 1, docId.indexOf(':') + 21);
  return `${hash}-${localId}`;
}

export interface EventRow {
  id: string;
  localId: string;
  type: string;
  cameo: string;
  goldstein: number;
  sourceKey: string;
  targetKey: string;
  sourceCountry: string;
  targetCountry: string;
  day: string;
  mentions: number;
  data: string;
}

export interface DocumentRows {
  entities: SqlValue[][];
  mentions: SqlValue[][];
  quotes: SqlValue[][];
  events: EventRow[];
}

export const ENTITY_COLUMNS = [
  'key',
  'label',
  'name',
  'lemma',
  'lemma_lower',
  'name_lower',
  'country',
  'kb',
  'lemma_last',
  'name_last',
  // Last: the writers add to it (put.ts).
  'documents',
] as const;

/** The text after the last space: what a one-word actor query is matched against. */
export function lastWord(lowerCased: string): string {
  return lowerCased.slice(lowerCased.lastIndexOf(' ') + 1);
}

export function documentRows(record: DocumentRecord): DocumentRows {
  const docId = record.doc.id;
  const keys = new Map(record.entities.map((entity) => [entity.id, entityKey(entity)]));
  const entities = new Map<string, SqlValue[]>();
  for (const entity of record.entities) {
    const key = entityKey(entity);
    if (entities.has(key)) continue;
    const lemmaLower = entity.lemma.toLowerCase();
    const nameLower = entity.name.toLowerCase();
    entities.set(key, [
      key,
      entity.label,
      entity.name,
      entity.lemma,
      lemmaLower,
      nameLower,
      entity.country,
      entity.kb,
      lastWord(lemmaLower),
      lastWord(nameLower),
      1,
    ]);
  }
  const mentions = record.mentions.map((m) => [
    docId,
    m.start,
    m.end,
    m.label,
    keys.get(m.entity) ?? m.entity,
  ]);
  const quotes = record.quotes.map((q) => [
    docId,
    q.start,
    q.end,
    q.speaker ? (keys.get(q.speaker) ?? null) : null,
  ]);
  const events = record.events.map((event): EventRow => {
    const { id: localId, ...rest } = event;
    return {
      id: eventId(docId, localId),
      localId,
      type: event.type,
      cameo: event.cameo,
      goldstein: event.goldstein,
      sourceKey: actorKey(event.source, keys),
      targetKey: actorKey(event.target, keys),
      sourceCountry: event.source?.country ?? '',
      targetCountry: event.target?.country ?? '',
      day: eventDay(event, record.doc.published),
      mentions: 1 + (event.mentions?.length ?? 0),
      data: JSON.stringify(rest),
    };
  });
  return { entities: [...entities.values()], mentions, quotes, events };
}
