/**
 * A PostgreSQL server that cannot be reached, refuses the login or lacks the database is the
 * user's to fix: say which, and how, instead of a stack trace.
 */
import { DyadError } from '../core/errors.js';
import { redactUrl } from './open.js';

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
]);

/** The user-facing error for a failed connection, or the error itself when it is something else. */
export function connectionError(error: unknown, url: string): unknown {
  const code = (error as { code?: string } | null)?.code;
  const where = `PostgreSQL at ${redactUrl(url)}`;
  const detail = (error as Error | null)?.message ?? String(error);
  if (code && UNREACHABLE.has(code)) {
    return new DyadError(
      'E_STORE',
      `cannot reach ${where} (${detail})`,
      'check that the server is running and that DATABASE_URL names its host and port',
    );
  }
  if (code === '28P01' || code === '28000') {
    return new DyadError(
      'E_STORE',
      `${where} refused the login (${detail})`,
      'check the user and password in DATABASE_URL',
    );
  }
  if (code === '3D000') {
    return new DyadError(
      'E_STORE',
      `${where}: ${detail}`,
      'create it (createdb NAME) or point DATABASE_URL at an existing database',
    );
  }
  return error;
}

/** Runs `connect`, turning connection failures into user errors. */
export async function connecting<T>(url: string, connect: () => Promise<T>): Promise<T> {
  try {
    return await connect();
  } catch (error) {
    throw connectionError(error, url);
  }
}
