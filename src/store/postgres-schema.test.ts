/** What the PostgreSQL migrations leave behind that the shared store suite cannot see. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../../test/helpers/postgres.js';
import { openPostgresStore } from './postgres.js';
import type { Store } from './types.js';

let server: TestPostgres;
let store: Store;

beforeAll(async () => {
  server = await startTestPostgres();
  store = await openPostgresStore(server.url, { schema: server.schema });
}, 60_000);

afterAll(async () => {
  await store?.close();
  await server?.stop();
});

describe('PostgreSQL schema', () => {
  it('compresses document text and records with lz4 where the server has it', async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const lz4 = await client.query(
        "SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)",
      );
      const { rows } = await client.query<{ attname: string; attcompression: string }>(
        `SELECT attname, attcompression FROM pg_attribute
         WHERE attrelid = $1::regclass AND attname IN ('text', 'record') ORDER BY attname`,
        [`${server.schema}.documents`],
      );
      const expected = lz4.rowCount ? 'l' : '';
      expect(rows).toEqual([
        { attname: 'record', attcompression: expected },
        { attname: 'text', attcompression: expected },
      ]);
    } finally {
      await client.end();
    }
  });
});
