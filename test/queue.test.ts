/**
 * Scale-out on PostgreSQL: documents queued with `dyad ingest --queue`, a worker killed with
 * SIGKILL mid-run, a second worker finishing the queue; every document stored exactly once.
 * Needs the compiled dist/ (`npm test` builds before running vitest).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from './helpers/postgres.js';
import { ROOT } from './helpers/records.js';

const BIN = join(ROOT, 'bin/dyad.js');
const DOCUMENTS = 120;
let server: TestPostgres;
let dir: string;
let env: NodeJS.ProcessEnv;

function start(args: string[]): {
  child: ChildProcess;
  done: Promise<{ code: number | null; stderr: string }>;
} {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stderr })),
  );
  return { child, done };
}

async function count(sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query(`SET search_path TO ${server.schema}`);
    return Number((await client.query(sql)).rows[0]?.n ?? 0);
  } catch {
    return 0; // The tables do not exist until the first worker has migrated the store.
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  server = await startTestPostgres();
  dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
  env = {
    ...process.env,
    DATABASE_URL: server.url,
    DYAD_PG_SCHEMA: server.schema,
    DYAD_JOB_EXPIRE_SECONDS: '2',
    DYAD_QUEUE_MAINTENANCE_SECONDS: '1',
  };
  const capitals = ['Киеве', 'Берлине', 'Токио', 'Париже', 'Варшаве', 'Анкаре'];
  const lines = Array.from({ length: DOCUMENTS }, (_, i) =>
    JSON.stringify({
      text:
        `Министр иностранных дел России Сергей Лавров провел переговоры с главой МИД Турции Хаканом Фиданом в ` +
        `${capitals[i % capitals.length]}. Выпуск номер ${i + 1}: стороны обсудили торговлю и безопасность.`,
      url: `https://news.example/${i + 1}`,
      published: '2025-11-14',
    }),
  );
  writeFileSync(join(dir, 'batch.jsonl'), `${lines.join('\n')}\n`);
}, 60_000);

afterAll(async () => {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${server.schema}_queue CASCADE`).finally(() => client.end());
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('queue and workers', () => {
  it('loses nothing and duplicates nothing when a worker is killed mid-run', async () => {
    const queued = await start(['ingest', '--queue', 'batch.jsonl']).done;
    expect(queued.stderr).toMatch(new RegExp(`queued ${DOCUMENTS} documents`));

    const first = start(['worker', '--concurrency', '2']);
    const deadline = Date.now() + 30_000;
    while ((await count('SELECT COUNT(*) AS n FROM documents')) < 5 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    first.child.kill('SIGKILL');
    await first.done;
    const atKill = await count('SELECT COUNT(*) AS n FROM documents');
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(DOCUMENTS);

    const second = await start(['worker', '--once', '--threads', '2']).done;
    expect(second.code).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM documents')).toBe(DOCUMENTS);
    expect(await count('SELECT COUNT(DISTINCT source) AS n FROM documents')).toBe(DOCUMENTS);
    // Every stored record's events are in the events table: no document was half written.
    const recorded = await count(
      "SELECT SUM(json_array_length((record::json)->'events')) AS n FROM documents",
    );
    expect(await count('SELECT COUNT(*) AS n FROM events')).toBe(recorded);
  }, 90_000);
});
