/**
 * PostgreSQL compresses a document's text and record (tens of kilobytes of JSON) when it stores
 * them; its default, pglz, cost about a quarter of the time of the documents INSERT in a worker
 * run, lz4 a fraction of that for the same size. Only where the server was built with lz4
 * (PostgreSQL 14 or later); elsewhere nothing changes. Rows already stored keep their compression.
 */
import type { Dialect } from './index.js';

export function lz4Documents(dialect: Dialect): string[] {
  if (dialect === 'sqlite') return [];
  return [
    `DO $$
     BEGIN
       IF EXISTS (SELECT 1 FROM pg_settings
                  WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) THEN
         ALTER TABLE documents ALTER COLUMN text SET COMPRESSION lz4,
                               ALTER COLUMN record SET COMPRESSION lz4;
       END IF;
     END $$`,
  ];
}
