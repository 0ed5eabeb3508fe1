/**
 * The store's public contract: one interface, implemented on SQLite (the default, a file in the
 * user's data folder) and on PostgreSQL (when DATABASE_URL is set). Callers never see SQL.
 */

import type { DocumentRecord, EntityLabel, EventRecord } from '../core/doc.js';
import type { DocumentRows } from './rows.js';

export type StoreKind = 'sqlite' | 'postgres';

export interface PutResult {
  id: string;
  /** 'duplicate' when a document with the same id was stored before (nothing is written). */
  status: 'new' | 'duplicate';
  /** A stored article this one nearly repeats (syndicated copy), or null. */
  nearDuplicateOf: string | null;
  events: number;
}

export interface EventFilters {
  /** An entity key, knowledge-base id or name (any case) of the source or the target. */
  actor?: string | undefined;
  /** ISO 3166 alpha-3 code of the source's or the target's country. */
  country?: string | undefined;
  type?: string | undefined;
  /** Inclusive bounds on the event date (YYYY-MM-DD). */
  since?: string | undefined;
  until?: string | undefined;
  /** Words that the event's document must contain (any inflected form). */
  q?: string | undefined;
  /** With `actor`: only events where the actor is the source, or only where it is the target. */
  side?: 'source' | 'target' | undefined;
}

export interface DocumentRef {
  id: string;
  source: string;
  published: string | null;
  title: string | null;
}

/** An event as stored: the record's fields, a store-wide id, its document and its echo. */
export interface StoredEvent extends Omit<EventRecord, 'id'> {
  id: string;
  /** The event's id inside its document record (v1, v2, ...). */
  localId: string;
  document: DocumentRef;
  /** Store-wide entity keys of the actors (null when the actor is unknown). */
  sourceKey: string | null;
  targetKey: string | null;
  /** How many articles and distinct outlets reported this event (GDELT's NumArticles/NumSources). */
  numArticles: number;
  numSources: number;
  /** Mentions across all those articles. */
  numMentions: number;
}

export interface EventPage {
  events: StoredEvent[];
  next: string | null;
}

export interface StoredEntity {
  key: string;
  label: EntityLabel;
  name: string;
  lemma: string;
  country: string | null;
  kb: string | null;
  /** Documents that mention it. */
  documents: number;
}

export interface EntityQuery {
  q?: string | undefined;
  label?: EntityLabel | undefined;
  country?: string | undefined;
  limit?: number | undefined;
}

export interface DyadPoint {
  date: string;
  events: number;
  /** Sum of Goldstein scores of the events that day, both directions. */
  goldstein: number;
}

export interface DyadSeries {
  a: StoredEntity | null;
  b: StoredEntity | null;
  series: DyadPoint[];
  events: StoredEvent[];
}

/** Events between two actors in one direction, summed: one edge of the network. */
export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  goldstein: number;
  /** Events with a positive Goldstein score, and with a negative one. */
  cooperative: number;
  conflictual: number;
}

export interface NetworkNode {
  key: string;
  name: string;
  country: string | null;
  label: EntityLabel | null;
  /** Events of the listed edges it takes part in. */
  events: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface SearchHit extends DocumentRef {
  lang: string;
}

export interface StoreCounts {
  documents: number;
  events: number;
  entities: number;
}

/** A record turned into what the store writes (prepare.ts): plain data, so it can cross threads. */
export interface PreparedDocument {
  record: DocumentRecord;
  rows: DocumentRows;
  /** Lower-cased words and lemmas for search. */
  terms: string[];
  /** SimHash of the text (hex), '' for a text too short to have one. */
  print: string;
  bands: string[];
  outlet: string;
}

export interface Store {
  readonly kind: StoreKind;
  /** Stores a record; idempotent by `record.doc.id`. */
  putDocument(record: DocumentRecord): Promise<PutResult>;
  /** Several records in one transaction: far fewer commits when ingesting in bulk. */
  putDocuments(records: readonly DocumentRecord[]): Promise<PutResult[]>;
  /** Like putDocuments, for records already turned into rows by prepareDocument (prepare.ts). */
  putPrepared(documents: readonly PreparedDocument[]): Promise<PutResult[]>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  hasDocument(id: string): Promise<boolean>;
  /** Which of these document ids are stored (one query for a batch). */
  knownDocuments(ids: readonly string[]): Promise<Set<string>>;
  /** One page of events, newest first; pass the previous page's `next` to continue. */
  queryEvents(filters: EventFilters, cursor?: string | null, limit?: number): Promise<EventPage>;
  /** Every matching event, page by page, in constant memory. */
  iterateEvents(filters: EventFilters): AsyncIterable<StoredEvent>;
  entities(query: EntityQuery): Promise<StoredEntity[]>;
  /** Events between two actors (either direction) with Goldstein sums per day. */
  dyad(a: string, b: string, filters?: EventFilters): Promise<DyadSeries>;
  /** The stored entity an actor argument names (key, kb id, name), the most mentioned if several. */
  entity(actor: string): Promise<StoredEntity | null>;
  /** The `limit` busiest actor pairs (one direction each) among the matching events. */
  network(filters: EventFilters, limit?: number): Promise<Network>;
  /** Documents containing every word of `q` in any inflected form. */
  search(q: string, limit?: number): Promise<SearchHit[]>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
