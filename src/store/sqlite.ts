/**
 * SQLite through better-sqlite3: a single file, WAL journal, prepared statements cached per SQL
 * text. better-sqlite3 is synchronous, so a transaction is BEGIN ... COMMIT on the one connection,
 * and transactions are queued so two callers never interleave inside one.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db, Row, SqlValue, Tx } from './db.js';
import { openRepository } from './repository.js';
import type { Store } from './types.js';

/** `$XDG_DATA_HOME/dyad/dyad.db`, else `~/.local/share/dyad/dyad.db`. */
export function defaultSqlitePath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'dyad', 'dyad.db');
}

export async function openSqliteStore(path: string = defaultSqlitePath()): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return openRepository(new SqliteDb(new Database(path)));
}

const INSERT_CHUNK = 200;

class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly sqlite: Database.Database) {
    sqlite.pragma('journal_mode = WAL');
    // WAL with NORMAL sync loses at most the last transactions on power loss, never corrupts.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('cache_size = -65536');
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.sqlite.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async all<T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params) as T[];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const statement = this.prepare(sql);
    if (!statement.reader) return statement.run(...params).changes;
    statement.all(...params);
    return 0;
  }

  async insertMany(
    table: string,
    columns: readonly string[],
    rows: readonly SqlValue[][],
    tail = '',
  ): Promise<void> {
    const one = `(${columns.map(() => '?').join(', ')})`;
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => one).join(', ')} ${tail}`;
      this.prepare(sql).run(...chunk.flat());
    }
  }

  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const run = async () => {
      this.sqlite.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.tx);
        this.sqlite.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.sqlite.inTransaction) this.sqlite.exec('ROLLBACK');
        throw error;
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private readonly tx: Tx = {
    dialect: 'sqlite',
    all: (sql, params) => this.all(sql, params),
    run: (sql, params) => this.run(sql, params),
    insertMany: (table, columns, rows, tail) => this.insertMany(table, columns, rows, tail),
    // One connection, transactions queued: nothing else can write meanwhile.
    lock: async () => {},
  };

  async close(): Promise<void> {
    await this.queue;
    this.sqlite.close();
  }
}
