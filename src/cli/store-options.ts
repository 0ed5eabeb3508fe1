/** The `--db PATH` option shared by the store commands, and opening the store it names. */
import { DyadError, isDyadError } from '../core/errors.js';
import { describeTarget, openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { usageError } from './args.js';
import { isCalendarDate } from './extract.js';

export const DB_OPTION = { db: { type: 'string' } } as const;

export async function openStoreFor(db: string | undefined): Promise<Store> {
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
