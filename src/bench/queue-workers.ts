/**
 * Queue scaling benchmark (`node dist/bench/queue-workers.js [--articles N] [--workers 1,2]
 * [--runs R] [--corpus DIR] [--worker-cpu CORES] [--enqueue-only]`, needs DATABASE_URL): for each worker count, a fresh PostgreSQL
 * database is filled with N queued articles (the corpus's texts repeated, each copy made distinct
 * by a last line, so none is a duplicate, and each round through the corpus published a day
 * later, so a day's articles merge events among themselves as a real news day's do), then that many `dyad worker --once` processes are
 * started together and timed until the last one exits. Start-up is included, as a user waits
 * for it too. With --worker-cpu each worker is held to that share of a core, as if it ran on a
 * machine of its own (on a 2-core machine shared with PostgreSQL, uncapped workers mostly measure
 * the competition for the two cores). Prints a table for people and, with --json, one JSON object.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openQueue, type QueuedDocument } from '../queue/index.js';
import { loadCorpus } from './corpus.js';

const BIN = fileURLToPath(new URL('../../bin/dyad.js', import.meta.url));
const DEFAULT_CORPUS = fileURLToPath(new URL('../../test/gold', import.meta.url));
const BENCH_DB = 'dyad_bench_workers';

interface WorkerRun {
  workers: number;
  seconds: number;
  articlesPerSecond: number;
  /**
   * Articles per second between the 10th and the 90th percentile of completions: the rate once
   * the workers run, without their start-up or the last batches' tail. Long-running workers
   * spend nearly all their time in this state.
   */
  steadyPerSecond: number;
  /** CPU seconds the worker processes report using, all together. */
  workerCpuSeconds: number;
  /** CPU seconds of the PostgreSQL server's processes meanwhile, when it runs on this machine. */
  postgresCpuSeconds: number;
}

/** Linux's USER_HZ, the unit of /proc/PID/stat times (100 on every common build). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time of the local PostgreSQL server so far: its live processes' own times plus what the
 * postmaster collected from exited backends. NaN when no server process is visible.
 */
function postgresCpuSeconds(): number {
  let ticks = 0;
  let found = false;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    if (!/^postgres/.test(name)) continue;
    found = true;
    // Fields after the name: state is 3rd; utime 14, stime 15, cutime 16, cstime 17 (1-based).
    const fields = stat.slice(close + 2).split(' ');
    const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
    ticks += (utime ?? 0) + (stime ?? 0) + (cutime ?? 0) + (cstime ?? 0);
  }
  return found ? ticks / TICKS_PER_SECOND : Number.NaN;
}

function databaseAt(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function freshDatabase(url: string): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_DB}`);
  } finally {
    await admin.end();
  }
  return databaseAt(url, BENCH_DB);
}

async function enqueue(url: string, texts: string[], articles: number): Promise<void> {
  const queue = await openQueue({ url });
  try {
    const jobs: QueuedDocument[] = [];
    const firstDay = Date.UTC(2025, 0, 1);
    for (let i = 0; i < articles; i++) {
      const text = texts[i % texts.length] ?? '';
      const day = new Date(firstDay + Math.floor(i / texts.length) * 86_400_000).toISOString().slice(0, 10);
      jobs.push({
        doc: {
          text: `${text}\n\nКопия ${i + 1}.`,
          source: `bench-${i}`,
          title: null,
          published: day,
          lang: null,
        },
        defaults: { lang: 'auto', published: null },
      });
    }
    await queue.enqueue(jobs);
  } finally {
    await queue.stop();
  }
}

const CPU_CGROUP = '/sys/fs/cgroup/cpu';
/** cpu.shares of a capped worker's group: 100 times a normal process's weight. */
const CAPPED_SHARES = 102_400;
const CAP_PERIOD_US = 10_000;

/**
 * Caps a process at `cores` of CPU with a cgroup (v1 cpu controller, needs root): stands in for
 * a worker on a machine of its own, so that on a small machine the workers and the database do
 * not simply compete for the same cores. Returns a function that removes the group.
 */
function capCpu(pid: number, cores: number, name: string): () => void {
  const dir = `${CPU_CGROUP}/${name}`;
  try {
    mkdirSync(dir);
    // A short period: with the default 100 ms, a worker that spent its quota early in a period
    // sat out the rest of it, and every reply from PostgreSQL arriving then waited up to 50 ms,
    // which a machine of half the speed would not do.
    writeFileSync(`${dir}/cpu.cfs_period_us`, String(CAP_PERIOD_US));
    writeFileSync(`${dir}/cpu.cfs_quota_us`, String(Math.round(CAP_PERIOD_US * cores)));
    // A machine of its own would not share its cores: a large weight makes the quota the only
    // limit, whatever else runs on this one meanwhile.
    writeFileSync(`${dir}/cpu.shares`, String(CAPPED_SHARES));
    writeFileSync(`${dir}/cgroup.procs`, String(pid));
  } catch (error) {
    throw new Error(
      `--worker-cpu needs a writable cgroup v1 cpu controller at ${CPU_CGROUP} (run as root): ${(error as Error).message}`,
    );
  }
  return () => rmdirSync(dir);
}

/** Runs `dyad worker --once`; resolves with the CPU seconds it reports. */
function runWorker(url: string, index: number, cores: number | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'worker', '--once'], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let release = () => {};
    if (cores !== null && child.pid !== undefined) {
      try {
        release = capCpu(child.pid, cores, `dyad-bench-${process.pid}-${index}`);
      } catch (error) {
        child.kill();
        reject(error);
        return;
      }
    }
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      release();
      if (code !== 0) return reject(new Error(`dyad worker exited with ${code}: ${stderr.trim()}`));
      const cpu = /cpu ([\d.]+) s/.exec(stderr);
      resolve(cpu ? Number(cpu[1]) : Number.NaN);
    });
  });
}

async function measure(
  url: string,
  texts: string[],
  articles: number,
  workers: number,
  cores: number | null,
): Promise<WorkerRun> {
  const db = await freshDatabase(url);
  await enqueue(db, texts, articles);
  const postgresBefore = postgresCpuSeconds();
  const started = performance.now();
  const progress = watchCompletions(db, started);
  const cpu = await Promise.all(Array.from({ length: workers }, (_, i) => runWorker(db, i, cores)));
  const seconds = (performance.now() - started) / 1000;
  const completions = await progress.stop();
  return {
    workers,
    seconds,
    articlesPerSecond: articles / seconds,
    steadyPerSecond: steadyRate(completions, articles),
    workerCpuSeconds: cpu.reduce((sum, value) => sum + value, 0),
    postgresCpuSeconds: postgresCpuSeconds() - postgresBefore,
  };
}

/** (seconds since start, jobs completed) samples, taken every POLL_MS until stopped. */
function watchCompletions(url: string, started: number): { stop(): Promise<[number, number][]> } {
  const samples: [number, number][] = [];
  const client = new pg.Client({ connectionString: url });
  let running = true;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client
        .query("SELECT COUNT(*) AS n FROM pgboss.job WHERE state = 'completed'")
        .catch(() => ({ rows: [{ n: 0 }] }));
      samples.push([(performance.now() - started) / 1000, Number(rows[0]?.n ?? 0)]);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    await client.end();
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return samples;
    },
  };
}

const POLL_MS = 250;

function steadyRate(samples: [number, number][], total: number): number {
  const first = samples.find(([, done]) => done >= total * 0.1);
  const last = samples.find(([, done]) => done >= total * 0.9);
  if (!first || !last || last[0] <= first[0]) return Number.NaN;
  return (last[1] - first[1]) / (last[0] - first[0]);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '800' },
      workers: { type: 'string', default: '1,2' },
      runs: { type: 'string', default: '2' },
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      json: { type: 'boolean', default: false },
      'enqueue-only': { type: 'boolean', default: false },
      'worker-cpu': { type: 'string' },
    },
  });
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write(
      'queue-workers: set DATABASE_URL to a PostgreSQL server where a database may be created\n',
    );
    process.exitCode = 2;
    return;
  }
  const articles = Number(values.articles);
  const counts = values.workers.split(',').map(Number);
  const runs = Number(values.runs);
  const cores = values['worker-cpu'] === undefined ? null : Number(values['worker-cpu']);
  if (cores !== null && !(cores > 0)) throw new Error(`--worker-cpu must be a positive number of cores`);
  const corpus = await loadCorpus(values.corpus);
  if (corpus.texts.length === 0) throw new Error(`no .txt articles under ${values.corpus}`);
  if (values['enqueue-only']) {
    // For profiling one worker by hand: `DATABASE_URL=<printed> node --cpu-prof bin/dyad.js worker --once`.
    const db = await freshDatabase(url);
    await enqueue(db, corpus.texts, articles);
    process.stdout.write(`${db}\n`);
    return;
  }
  const results: WorkerRun[] = [];
  for (let run = 0; run < runs; run++) {
    for (const workers of counts) {
      const result = await measure(url, corpus.texts, articles, workers, cores);
      results.push(result);
      process.stderr.write(
        `${workers} worker(s): ${result.seconds.toFixed(2)} s, ${result.articlesPerSecond.toFixed(1)} articles/s ` +
          `(steady ${result.steadyPerSecond.toFixed(1)}), ` +
          `cpu: workers ${result.workerCpuSeconds.toFixed(1)} s, PostgreSQL ${result.postgresCpuSeconds.toFixed(1)} s\n`,
      );
    }
  }
  const best = new Map<number, WorkerRun>();
  for (const result of results) {
    const seen = best.get(result.workers);
    if (!seen || result.seconds < seen.seconds) best.set(result.workers, result);
  }
  const base = best.get(counts[0] ?? 1);
  const rows = [...best.values()].map((result) => ({
    ...result,
    speedup: base ? base.seconds / result.seconds : Number.NaN,
    steadySpeedup: base ? result.steadyPerSecond / base.steadyPerSecond : Number.NaN,
  }));
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ articles, corpus: corpus.dir, workerCpu: cores, runs: rows })}\n`,
    );
    return;
  }
  const cap = cores === null ? '' : `; each worker capped at ${cores} of a core`;
  process.stdout.write(
    `${articles} articles from ${corpus.texts.length} texts; best of ${runs} runs${cap}\n`,
  );
  const header = [
    'workers',
    'seconds',
    'articles/s',
    'speed-up',
    'steady/s',
    'steady speed-up',
    'worker cpu s',
    'PostgreSQL cpu s',
  ];
  process.stdout.write(`${header.join('  ')}\n`);
  for (const row of rows) {
    const cells = [
      String(row.workers),
      row.seconds.toFixed(2),
      row.articlesPerSecond.toFixed(1),
      row.speedup.toFixed(2),
      row.steadyPerSecond.toFixed(1),
      row.steadySpeedup.toFixed(2),
      row.workerCpuSeconds.toFixed(1),
      row.postgresCpuSeconds.toFixed(1),
    ];
    process.stdout.write(`${cells.map((cell, i) => cell.padStart(header[i]?.length ?? 0)).join('  ')}\n`);
  }
}

await main();
