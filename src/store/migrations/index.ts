/**
 * Schema migrations, shared by both engines: each is a list of statements for a dialect, applied
 * once, in order, inside a transaction, and recorded in schema_migrations. Add a file per change;
 * never edit one that has shipped.
 */
import type { Db } from '../db.js';
import { initial } from './001-initial.js';
import { termArrays } from './002-term-arrays.js';
import { lz4Documents } from './003-lz4-documents.js';
import { entityLastWords } from './004-entity-last-words.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Migration {
  version: number;
  name: string;
  statements: (dialect: Dialect) => string[];
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', statements: initial },
  { version: 2, name: 'term-arrays', statements: termArrays },
  { version: 3, name: 'lz4-documents', statements: lz4Documents },
  { version: 4, name: 'entity-last-words', statements: entityLastWords },
];

export async function migrate(db: Db): Promise<number> {
  // Several workers may start at once against one PostgreSQL: one migrates, the rest wait.
  return db.transaction(async (tx) => {
    await tx.lock(['dyad:migrate']);
    await tx.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const rows = await tx.all<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    let applied = 0;
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements(db.dialect)) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      applied++;
    }
    return applied;
  });
}
