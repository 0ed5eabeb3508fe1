/** The `--db PATH` option shared by the store commands, and opening the store it names. */

import { existsSync } from 'node:fs';
import { DyadError, isDyadError } from '../core/errors.js';
import { defaultSqlitePath, describeTarget, openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { usageError } from './args.js';
import { isCalendarDate } from './extract.js';

export const DB_OPTION = { db: { type: 'string' } } as const;

/** `existing`: for commands that only read, a missing SQLite file is an error, not a new store. */
export async function openStoreFor(db: string | undefined, existing = false): Promise<Store> {
  const env = process.env;
  const path = db ?? (env.DATABASE_URL ? null : defaultSqlitePath(env));
  if (existing && path !== null && !existsSync(path)) {
    throw new DyadError(
      'E_INPUT_NOT_FOUND',
      `no store at ${path}`,
      "store documents first with 'dyad ingest'",
    );
  }
  try {
    return await openStore({ db });
  } catch (error) {
    if (isDyadError(error)) throw error;
    throw new DyadError(
      'E_INPUT_UNREADABLE',
      `cannot open the store ${describeTarget({ db })}: ${(error as Error).message}`,
      'check --db PATH or DATABASE_URL',
    );
  }
}

export function checkDate(option: string, value: string | undefined, command: string): string | undefined {
  if (value !== undefined && !isCalendarDate(value)) {
    throw usageError(`--${option} must be a date as YYYY-MM-DD (got '${value}')`, command);
  }
  return value;
}
