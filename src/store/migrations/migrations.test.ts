/** Upgrading a PostgreSQL store made before migration 002: the search still finds its documents. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../../../test/helpers/postgres.js';
import { makeRecord } from '../../../test/helpers/store-records.js';
import { connectPostgres } from '../postgres.js';
import { openRepository } from '../repository.js';
import { initial } from './001-initial.js';

describe('PostgreSQL migration 002 (term arrays)', () => {
  let server: TestPostgres;

  beforeAll(async () => {
    server = await startTestPostgres();
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
  });

  it('moves the rows of the terms table into the documents and drops the table', async () => {
    const record = makeRecord({
      text: 'Лавров провел переговоры в Москве.',
      source: 'https://tass.example/1',
    });
    const client = new pg.Client({
      connectionString: server.url,
      options: `-c search_path=${server.schema}`,
    });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${server.schema}`);
      for (const statement of initial('postgres')) await client.query(statement);
      await client.query(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      await client.query("INSERT INTO schema_migrations VALUES (1, 'initial', '2025-11-01')");
      await client.query(
        `INSERT INTO documents (id, source, outlet, lang, published, title, text, record, fingerprint, ingested_at)
         VALUES ($1, $2, 'tass.example', 'ru', NULL, NULL, $3, $4, '', '2025-11-01')`,
        [record.doc.id, record.doc.source, record.doc.text, JSON.stringify(record)],
      );
      for (const term of ['москва', 'москве', 'переговоры']) {
        await client.query('INSERT INTO terms (term, doc_id) VALUES ($1, $2)', [term, record.doc.id]);
      }
    } finally {
      await client.end();
    }
    const store = await openRepository(await connectPostgres(server.url, { schema: server.schema }));
    try {
      expect((await store.search('Москвы')).map((hit) => hit.id)).toEqual([record.doc.id]);
      expect(await store.search('Киев')).toEqual([]);
      const probe = new pg.Client({
        connectionString: server.url,
        options: `-c search_path=${server.schema}`,
      });
      await probe.connect();
      const { rows } = await probe.query("SELECT to_regclass('terms') AS terms");
      await probe.end();
      expect(rows[0]?.terms).toBeNull();
    } finally {
      await store.close();
    }
  });
});
