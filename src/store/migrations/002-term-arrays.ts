/**
 * PostgreSQL keeps a document's search terms as one array with a GIN index instead of a row per
 * term: about 500 rows and index entries per article were a third of the server's work per stored
 * document, and the array is written with the document itself. SQLite keeps its terms table (it
 * has no such index).
 */
import type { Dialect } from './index.js';

export function termArrays(dialect: Dialect): string[] {
  if (dialect === 'sqlite') return [];
  return [
    "ALTER TABLE documents ADD COLUMN terms TEXT[] NOT NULL DEFAULT '{}'",
    `UPDATE documents SET terms = t.terms
     FROM (SELECT doc_id, array_agg(term ORDER BY term) AS terms FROM terms GROUP BY doc_id) AS t
     WHERE t.doc_id = documents.id`,
    'CREATE INDEX documents_terms ON documents USING gin (terms)',
    'DROP TABLE terms',
  ];
}
