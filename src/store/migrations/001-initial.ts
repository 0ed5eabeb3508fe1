/**
 * The first schema. Keys are text (document hashes, entity keys) so both engines agree without
 * sequences. Event rows keep the record's JSON for output and copy the columns queries filter on.
 */
import type { Dialect } from './index.js';

export function initial(d: Dialect): string[] {
  const real = d === 'postgres' ? 'DOUBLE PRECISION' : 'REAL';
  return [
    `CREATE TABLE documents (
      id TEXT PRIMARY KEY,
      source TEXT NOT NULL,
      outlet TEXT NOT NULL,
      lang TEXT NOT NULL,
      published TEXT,
      title TEXT,
      text TEXT NOT NULL,
      record TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      near_duplicate_of TEXT,
      ingested_at TEXT NOT NULL
    )`,
    `CREATE TABLE entities (
      key TEXT PRIMARY KEY,
      label TEXT NOT NULL,
      name TEXT NOT NULL,
      lemma TEXT NOT NULL,
      lemma_lower TEXT NOT NULL,
      name_lower TEXT NOT NULL,
      country TEXT,
      kb TEXT,
      documents INTEGER NOT NULL
    )`,
    'CREATE INDEX entities_lemma ON entities (lemma_lower)',
    'CREATE INDEX entities_name ON entities (name_lower)',
    'CREATE INDEX entities_kb ON entities (kb)',
    'CREATE INDEX entities_documents ON entities (documents)',
    `CREATE TABLE mentions (
      doc_id TEXT NOT NULL,
      start_at INTEGER NOT NULL,
      end_at INTEGER NOT NULL,
      label TEXT NOT NULL,
      entity_key TEXT NOT NULL,
      PRIMARY KEY (doc_id, start_at)
    )`,
    'CREATE INDEX mentions_entity ON mentions (entity_key)',
    `CREATE TABLE events (
      id TEXT PRIMARY KEY,
      doc_id TEXT NOT NULL,
      type TEXT NOT NULL,
      cameo TEXT NOT NULL,
      goldstein ${real} NOT NULL,
      source_key TEXT,
      target_key TEXT,
      source_country TEXT,
      target_country TEXT,
      day TEXT NOT NULL,
      cluster TEXT NOT NULL,
      is_head INTEGER NOT NULL,
      num_articles INTEGER NOT NULL,
      num_sources INTEGER NOT NULL,
      num_mentions INTEGER NOT NULL,
      outlet TEXT NOT NULL,
      data TEXT NOT NULL
    )`,
    'CREATE INDEX events_head_day ON events (is_head, day, id)',
    'CREATE INDEX events_source ON events (source_key, day, id)',
    'CREATE INDEX events_target ON events (target_key, day, id)',
    'CREATE INDEX events_source_country ON events (source_country, day, id)',
    'CREATE INDEX events_target_country ON events (target_country, day, id)',
    'CREATE INDEX events_type ON events (type, day, id)',
    'CREATE INDEX events_doc ON events (doc_id)',
    'CREATE INDEX events_cluster ON events (cluster)',
    // Finding the head an incoming report joins: exact actors and type, a day range.
    'CREATE INDEX events_dedup ON events (source_key, target_key, type, day) WHERE is_head = 1',
    `CREATE TABLE quotes (
      doc_id TEXT NOT NULL,
      start_at INTEGER NOT NULL,
      end_at INTEGER NOT NULL,
      speaker_key TEXT,
      PRIMARY KEY (doc_id, start_at)
    )`,
    `CREATE TABLE terms (
      term TEXT NOT NULL,
      doc_id TEXT NOT NULL,
      PRIMARY KEY (term, doc_id)
    )`,
    `CREATE TABLE fingerprint_bands (
      band TEXT NOT NULL,
      doc_id TEXT NOT NULL,
      PRIMARY KEY (band, doc_id)
    )`,
  ];
}
