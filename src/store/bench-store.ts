/**
 * Store benchmark (`node dist/store/bench-store.js [--events N] [--seconds S]`): writes synthetic
 * records into a fresh SQLite store through putDocument (events/s), then measures GET /events
 * latency over loopback (p50/p99) with wrk when installed, else an in-process generator,
 * unfiltered and with filters. Generation stops at N events or S seconds, whichever comes first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../api/app.js';
import { listen } from '../api/serve.js';
import { measureLoad } from '../bench/http-load.js';
import { INGEST_BATCH } from '../cli/ingest.js';
import type { DocumentRecord, EntityRecord, EventRecord, EventType } from '../core/doc.js';
import { documentId } from '../extract/record.js';
import { openSqliteStore } from './sqlite.js';
import { prepareTerms } from './terms.js';
import type { Store } from './types.js';

const QUERIES = [
  ['GET /events?limit=50', '/events?limit=50'],
  ['GET /events?actor=Q100003&limit=50', '/events?actor=Q100003&limit=50'],
  ['GET /events?country=UKR&type=SANCTION&limit=50', '/events?country=UKR&type=SANCTION&limit=50'],
] as const;

const TYPES: EventType[] = [
  'CONSULT',
  'AGREE',
  'SUPPORT',
  'ACCUSE',
  'SANCTION',
  'ASSAULT',
  'AID',
  'REQUEST',
  'THREATEN',
];
const COUNTRIES = ['RUS', 'UKR', 'USA', 'DEU', 'FRA', 'GBR', 'CHN', 'JPN', 'TUR', 'POL', 'IND', 'BRA'];
const WORDS =
  'министр провел переговоры заявил санкции поставки ракет удар встреча визит соглашение помощь'.split(' ');

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function syntheticRecord(n: number, eventsPerDoc: number): DocumentRecord {
  const words = Array.from({ length: 400 }, () => pick(WORDS));
  const text = `Выпуск ${n}. ${words.join(' ')}.`;
  const entities: EntityRecord[] = Array.from({ length: 6 }, (_, i) => {
    const id = Math.floor(random() * 2000);
    return {
      id: `e${i + 1}`,
      label: 'PER',
      name: `Person ${id}`,
      lemma: `Person ${id}`,
      country: COUNTRIES[id % COUNTRIES.length] ?? null,
      roles: [],
      kb: id % 3 === 0 ? `Q${100_000 + id}` : null,
    };
  });
  const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(random() * 5 * 365) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const actor = (e: EntityRecord) => ({ entity: e.id, name: e.name, country: e.country, role: null });
  const events: EventRecord[] = Array.from({ length: eventsPerDoc }, (_, i) => {
    const source = pick(entities);
    const target = pick(entities);
    return {
      id: `v${i + 1}`,
      type: pick(TYPES),
      mode: null,
      cameo: '040',
      goldstein: 1,
      source: actor(source),
      target: target === source ? null : actor(target),
      date: day,
      modality: 'asserted',
      negated: false,
      trigger: { start: 0, end: 6, text: text.slice(0, 6) },
      evidence: { start: 0, end: 40, text: text.slice(0, 40) },
      confidence: 0.8,
      rule: 'bench',
    };
  });
  return {
    doc: {
      id: documentId(text),
      source: `https://bench.example/${n}`,
      lang: 'ru',
      published: day,
      title: null,
      text,
    },
    sentences: [],
    mentions: [],
    entities,
    events,
    quotes: [],
    dates: [],
  };
}

const { values } = parseArgs({
  options: {
    events: { type: 'string' },
    seconds: { type: 'string' },
    keep: { type: 'string' },
    processes: { type: 'string' },
  },
});
const target = Number(values.events ?? 1_000_000);
const budget = Number(values.seconds ?? 120);
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-store-'));
const store = await openSqliteStore(values.keep ?? join(dir, 'bench.db'));
try {
  const started = performance.now();
  let events = 0;
  let docs = 0;
  while (events < target && performance.now() - started < budget * 1000) {
    const batch = Array.from({ length: INGEST_BATCH }, () => syntheticRecord(docs++, 50));
    for (const result of await store.putDocuments(batch)) events += result.events;
  }
  const seconds = (performance.now() - started) / 1000;
  const counts = await store.counts();
  console.log(
    `store: SQLite, ${docs} documents (3 KB each), ${events} events written in ${seconds.toFixed(1)} s`,
  );
  console.log(
    `ingest into SQLite (putDocument, extraction excluded): ${Math.round(events / seconds)} events/s`,
  );
  console.log(`rows: ${counts.events} events, ${counts.entities} entities`);
  // DYAD_BENCH_NO_HTTP: the write rate alone (the store is still removed afterwards).
  if (!process.env.DYAD_BENCH_NO_HTTP) {
    if (values.processes) {
      await store.close();
      await measureServe(values.keep ?? join(dir, 'bench.db'), Number(values.processes));
    } else await measureHttp(store);
  }
} finally {
  await store.close().catch(() => undefined); // closed already when `dyad serve` read it
  rmSync(dir, { recursive: true, force: true });
}

/** GET /events latency over loopback, the server set up as `dyad serve` sets it up. */
async function measureHttp(store: Store): Promise<void> {
  const app = createApp({
    store,
    extractor: () => Promise.reject(new Error('not used')),
    kb: () => Promise.reject(new Error('not used')),
    webRoot: null,
    token: undefined,
    bodyLimit: 1 << 20,
    version: 'bench',
  });
  await prepareTerms(); // as `dyad serve` does before it listens
  const server = await listen(app, '127.0.0.1', 0);
  await measureQueries(server.url);
  await server.close();
}

async function measureQueries(url: string, note = ''): Promise<void> {
  for (const [label, query] of QUERIES) {
    await measureLoad(`${url}${query}`, 1, 4); // warm-up
    const result = await measureLoad(`${url}${query}`, 5, 8);
    console.log(
      `${label}: p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.rps} req/s (${result.tool}, 8 connections, 5 s${note})`,
    );
  }
}

/** `--processes N`: the same queries against `dyad serve --processes N` over the written file. */
async function measureServe(path: string, processes: number): Promise<void> {
  const { spawn } = await import('node:child_process');
  const bin = new URL('../../bin/dyad.js', import.meta.url).pathname;
  const child = spawn(
    process.execPath,
    [bin, 'serve', '--db', path, '--port', '0', '--processes', String(processes)],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /the API at (http:\/\/[^ ]+) /.exec(stderr);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`dyad serve exited: ${stderr}`)));
  });
  try {
    await measureQueries(url, `, dyad serve --processes ${processes}`);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }
}
