/**
 * The store commands as users run them (`node bin/dyad.js` on temporary files): ingest of mixed
 * inputs with a bad one among them, then events and exports from the same store.
 * Needs the compiled dist/ (`npm test` builds before running vitest).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/records.js';

const BIN = join(ROOT, 'bin/dyad.js');
let dir: string;
let db: string;

function dyad(args: string[], input = '', databaseUrl?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '', XDG_DATA_HOME: join(dir, 'xdg') };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE =
  'Москва, 14 ноября. Министр иностранных дел России Сергей Лавров в пятницу провел переговоры с главой МИД Турции ' +
  'Хаканом Фиданом. Стороны обсудили ситуацию на Ближнем Востоке.\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-store-cli-'));
  db = join(dir, 'store.db');
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(
    join(dir, 'feed.jsonl'),
    [
      JSON.stringify({ text: ARTICLE, url: 'https://a.example/1', published: '2025-11-14' }),
      '{"text": "Зеленский',
      JSON.stringify({
        text: 'Президент Украины Владимир Зеленский провел телефонный разговор с премьер-министром Японии Санаэ Такаити.',
        url: 'https://b.example/2',
        published: '2025-10-24',
      }),
    ].join('\n'),
  );
  writeFileSync(join(dir, 'broken.xml'), 'this is not a feed');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dyad ingest, events, export', () => {
  it('stores good inputs, reports bad ones in one line each, and counts duplicates', () => {
    const run = dyad([
      'ingest',
      'a.txt',
      'feed.jsonl',
      'broken.xml',
      '--db',
      db,
      '--published',
      '2025-11-14',
    ]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.filter((line) => line.startsWith('dyad: failed:'))).toHaveLength(2);
    expect(run.stderr).toMatch(/feed\.jsonl:2: invalid JSON/);
    expect(run.stderr).toMatch(/broken\.xml: not a valid XML feed/);
    expect(lines.at(-1)).toMatch(/^dyad: read 5, new 2, duplicate 1, failed 2 /);
  });

  it('lists events as JSON Lines and filters them', () => {
    const all = dyad(['events', '--db', db, '--format', 'jsonl']);
    expect(all.code).toBe(0);
    const events = all.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; id: string });
    expect(events.length).toBeGreaterThan(0);
    const none = dyad(['events', '--db', db, '--format', 'jsonl', '--since', '2030-01-01']);
    expect(none.stdout).toBe('');
    expect(dyad(['events', '--db', db, '--since', 'May']).code).toBe(2);
  });

  it.each([
    [
      'gdelt',
      (out: string) =>
        out
          .trim()
          .split('\n')
          .every((line) => line.split('\t').length === 61),
    ],
    ['csv', (out: string) => out.startsWith('id,date,type,')],
    [
      'plover',
      (out: string) =>
        out
          .trim()
          .split('\n')
          .every((line) => 'event' in JSON.parse(line)),
    ],
  ])('exports %s', (format, check) => {
    const run = dyad(['export', '--format', format, '--db', db]);
    expect(run.code).toBe(0);
    expect(check(run.stdout)).toBe(true);
  });

  it('says so when the store named does not exist, and creates nothing', () => {
    const run = dyad(['events', '--db', join(dir, 'none', 'x.db')]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toMatch(/no store at .*x\.db \(store documents first with 'dyad ingest'\)/);
    expect(existsSync(join(dir, 'none'))).toBe(false);
  });

  it('says when PostgreSQL cannot be reached, and what to check, without a stack trace', () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const url = 'postgres://analyst:secret@127.0.0.1:1/events';
    for (const args of [['events'], ['worker', '--once']]) {
      const run = dyad(args, '', url);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(
        /cannot reach PostgreSQL at postgres:\/\/analyst:\*\*\*@127\.0\.0\.1:1\/events/,
      );
      expect(run.stderr).toMatch(/check that the server is running/);
      expect(run.stderr).not.toMatch(/secret|internal error|\n\s+at /);
    }
  });

  it('refuses an unknown export format', () => {
    expect(dyad(['export', '--format', 'xml', '--db', db])).toMatchObject({ code: 2 });
  });
});

describe('dyad demo', () => {
  it('stores the samples and, with --serve, serves them until stopped', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [BIN, 'demo', '--serve', '--port', '0'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        stdout += String(chunk);
        const match = /API: (http:\/\/127\.0\.0\.1:\d+)\/events/.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', () => reject(new Error(`demo exited early: ${stdout.slice(-300)}`)));
    });
    const page = (await (await fetch(`${url}/events?limit=3`)).json()) as { events: unknown[]; next: string };
    expect(page.events).toHaveLength(3);
    expect(page.next).toEqual(expect.any(String));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});

describe('dyad serve --processes', () => {
  it('answers from several processes on one port and stops them all', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--processes', '2'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '', DYAD_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk) => {
        stderr += String(chunk);
        const match = /the API at (http:\/\/127\.0\.0\.1:\d+) .* in 2 processes/.exec(stderr);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', () => reject(new Error(`serve exited early: ${stderr.slice(-300)}`)));
    });
    const pages = await Promise.all(
      Array.from(
        { length: 6 },
        async () => (await (await fetch(`${url}/events?limit=1`)).json()) as { events: unknown[] },
      ),
    );
    for (const page of pages) expect(page.events).toHaveLength(1);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    // Nothing listens any more: the server processes stopped with the primary.
    await expect(fetch(`${url}/events`)).rejects.toThrow();
  });
});
