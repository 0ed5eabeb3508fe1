/** Migrations applied to a store written by an earlier version keep and complete its rows. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../sqlite.js';
import { MIGRATIONS } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A SQLite file as a version that knew migrations up to `version` left it. */
function storeAtVersion(path: string, version: number): Database.Database {
  const db = new Database(path);
  db.exec(
    'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  for (const migration of MIGRATIONS.filter((m) => m.version <= version)) {
    for (const statement of migration.statements('sqlite')) db.exec(statement);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(
      migration.version,
      migration.name,
      'then',
    );
  }
  return db;
}

describe('migration 004, last words of entity names', () => {
  it('fills them in for entities stored before it, so a surname finds them', async () => {
    const path = join(dir, 'v3.db');
    const old = storeAtVersion(path, 3);
    const insert = old.prepare(
      `INSERT INTO entities (key, label, name, lemma, lemma_lower, name_lower, country, kb, documents)
       VALUES (?, 'PER', ?, ?, ?, ?, ?, NULL, ?)`,
    );
    insert.run(
      'PER:володимир зеленський',
      'Володимир Зеленський',
      'Володимир Зеленський',
      'володимир зеленський',
      'володимир зеленський',
      'UKR',
      3,
    );
    insert.run('PER:кая каллас', 'Кая Каллас', 'Кая Каллас', 'кая каллас', 'кая каллас', 'EST', 1);
    insert.run('ORG:нато', 'НАТО', 'НАТО', 'нато', 'нато', null, 5);
    old.close();

    const store = await openSqliteStore(path);
    try {
      expect(await store.entity('Зеленський')).toMatchObject({
        key: 'PER:володимир зеленський',
        documents: 3,
      });
      expect(await store.entity('Каллас')).toMatchObject({ key: 'PER:кая каллас' });
      expect(await store.entity('НАТО')).toMatchObject({ key: 'ORG:нато' });
      expect(await store.entity('Володимир')).toBeNull();
    } finally {
      await store.close();
    }
    const migrated = new Database(path, { readonly: true });
    expect(migrated.prepare('SELECT key, lemma_last, name_last FROM entities ORDER BY key').all()).toEqual([
      { key: 'ORG:нато', lemma_last: 'нато', name_last: 'нато' },
      { key: 'PER:володимир зеленський', lemma_last: 'зеленський', name_last: 'зеленський' },
      { key: 'PER:кая каллас', lemma_last: 'каллас', name_last: 'каллас' },
    ]);
    migrated.close();
  });
});
