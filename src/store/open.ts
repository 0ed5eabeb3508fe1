/**
 * Which store a command uses: `--db PATH` names a SQLite file; otherwise DATABASE_URL selects
 * PostgreSQL; otherwise the SQLite file in the user's data folder.
 */
import { defaultSqlitePath, openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export interface OpenOptions {
  db?: string | undefined;
  env?: NodeJS.ProcessEnv;
}

export function describeTarget(options: OpenOptions): string {
  const env = options.env ?? process.env;
  if (options.db) return options.db;
  if (env.DATABASE_URL) return redactUrl(env.DATABASE_URL);
  return defaultSqlitePath(env);
}

export async function openStore(options: OpenOptions = {}): Promise<Store> {
  const env = options.env ?? process.env;
  if (options.db) return openSqliteStore(options.db);
  if (env.DATABASE_URL) {
    const { openPostgresStore } = await import('./postgres.js');
    return openPostgresStore(env.DATABASE_URL, env.DYAD_PG_SCHEMA ? { schema: env.DYAD_PG_SCHEMA } : {});
  }
  return openSqliteStore(defaultSqlitePath(env));
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
