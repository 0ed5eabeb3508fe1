/**
 * PostgreSQL through pg: a pool, statements renumbered from `?` to `$n`, multi-row inserts, and
 * advisory locks so concurrent workers agree on which event heads a cluster.
 */
import pg from 'pg';
import { connecting } from './connection-errors.js';
import { type Db, numberPlaceholders, type Row, type SqlValue, type Tx } from './db.js';
import { openRepository } from './repository.js';
import type { Store } from './types.js';

export interface PostgresOptions {
  /** A schema of its own (created when missing), e.g. for tests; default: the user's search_path. */
  schema?: string;
  poolSize?: number;
}

export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  // The first statements (schema, migrations) are where an unreachable server shows.
  return connecting(url, async () => openRepository(await connectPostgres(url, options)));
}

export async function connectPostgres(url: string, options: PostgresOptions = {}): Promise<Db> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(`invalid schema name '${schema}'`);
  }
  if (schema) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return new PostgresDb(pool);
}

const INSERT_CHUNK = 500;
/** PostgreSQL allows 65535 bind parameters per statement. */
const MAX_PARAMS = 60_000;

type Queryable = pg.Pool | pg.PoolClient;

function makeOps(q: Queryable): Omit<Tx, 'lock'> {
  const all = async <T = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> =>
    (await q.query(numberPlaceholders(sql), params as SqlValue[])).rows as T[];
  const run = async (sql: string, params: readonly SqlValue[] = []): Promise<number> =>
    (await q.query(numberPlaceholders(sql), params as SqlValue[])).rowCount ?? 0;
  const insertMany = async (
    table: string,
    columns: readonly string[],
    rows: readonly SqlValue[][],
    tail = '',
  ): Promise<void> => {
    const size = Math.max(1, Math.min(INSERT_CHUNK, Math.floor(MAX_PARAMS / columns.length)));
    for (let i = 0; i < rows.length; i += size) {
      const chunk = rows.slice(i, i + size);
      let n = 0;
      const values = chunk.map(() => `(${columns.map(() => `$${++n}`).join(', ')})`).join(', ');
      await q.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ${tail}`, chunk.flat());
    }
  };
  return { dialect: 'postgres', all, run, insertMany };
}

class PostgresDb implements Db {
  readonly dialect = 'postgres' as const;
  private readonly ops: Omit<Tx, 'lock'>;

  constructor(private readonly pool: pg.Pool) {
    this.ops = makeOps(pool);
  }

  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.ops.all<T>(sql, params);
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.ops.run(sql, params);
  }

  insertMany(table: string, columns: readonly string[], rows: readonly SqlValue[][], tail?: string) {
    return this.ops.insertMany(table, columns, rows, tail);
  }

  async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const tx: Tx = {
        ...makeOps(client),
        lock: async (keys) => {
          // One round trip for all keys; WITH ORDINALITY keeps the caller's order.
          await client.query(
            `SELECT pg_advisory_xact_lock(hashtextextended(key, 0))
             FROM unnest($1::text[]) WITH ORDINALITY AS k(key, n) ORDER BY n`,
            [keys],
          );
        },
      };
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
