/**
 * `dyad ingest --queue` (read and enqueue; extraction happens in workers) and `dyad worker`.
 * Both need PostgreSQL: the queue lives in the same database as the store.
 */
import { parseArgs } from 'node:util';
import { DyadError } from '../core/errors.js';
import { documentId } from '../extract/record.js';
import { collectInputs, INGEST_EXTENSIONS, readDocuments } from '../ingest/index.js';
import { extractOptionsFor, type IngestDefaults } from '../ingest/store-document.js';
import { type ExtractionThreads, startExtractionThreads } from '../queue/extraction-threads.js';
import { openQueue, type QueuedDocument, queueOptionsFromEnv } from '../queue/index.js';
import { openStore, redactUrl } from '../store/index.js';
import type { PreparedDocument } from '../store/types.js';
import { usageError, withUsageErrors } from './args.js';
import { waitForSignal } from './serve.js';
import { WORKER_HELP } from './store-help.js';

function databaseUrl(command: string, db?: string): string {
  const url = process.env.DATABASE_URL;
  if (db !== undefined)
    throw usageError(`${command} queues documents in PostgreSQL; use DATABASE_URL, not --db`, command);
  if (!url) {
    throw new DyadError(
      'E_USAGE',
      'the queue needs PostgreSQL',
      'set DATABASE_URL=postgres://user@host/db (the same for ingest --queue and every worker)',
    );
  }
  return url;
}

const BATCH = 200;

export async function enqueueCommand(
  paths: string[],
  defaults: IngestDefaults,
  db?: string,
): Promise<number> {
  const url = databaseUrl('ingest', db);
  const queue = await openQueue(queueOptionsFromEnv(url));
  let queued = 0;
  let failed = 0;
  let batch: QueuedDocument[] = [];
  try {
    for (const entry of await collectInputs(paths, INGEST_EXTENSIONS)) {
      for await (const item of readDocuments(entry)) {
        if (!item.ok) {
          failed++;
          process.stderr.write(`dyad: failed: ${item.source}: ${item.error.message}\n`);
          continue;
        }
        batch.push({ doc: item.doc, defaults });
        if (batch.length >= BATCH) {
          await queue.enqueue(batch);
          queued += batch.length;
          batch = [];
        }
      }
    }
    await queue.enqueue(batch);
    queued += batch.length;
  } finally {
    await queue.stop();
  }
  process.stderr.write(
    `dyad: queued ${queued} documents, failed ${failed}; run 'dyad worker' to process them\n`,
  );
  return failed > 0 ? 1 : 0;
}

export async function workerCommand(args: string[]): Promise<number> {
  const { values } = withUsageErrors('worker', () =>
    parseArgs({
      args,
      options: {
        threads: { type: 'string' },
        concurrency: { type: 'string' },
        batch: { type: 'string' },
        once: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }),
  );
  if (values.help) {
    process.stdout.write(WORKER_HELP);
    return 0;
  }
  const threads = Number(values.threads ?? 1);
  if (!Number.isInteger(threads) || threads < 1) {
    throw usageError(`--threads must be a positive integer (got '${values.threads}')`, 'worker');
  }
  // One batch more than there are threads: while one is being stored, the threads have work.
  const concurrency = Number(values.concurrency ?? threads + 1);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw usageError(`--concurrency must be a positive integer (got '${values.concurrency}')`, 'worker');
  }
  const batchSize = Number(values.batch ?? 8);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw usageError(`--batch must be a positive integer (got '${values.batch}')`, 'worker');
  }
  const url = databaseUrl('worker');
  const started = performance.now();
  // The threads load their dictionaries while the store and the queue connect.
  const starting = startExtractionThreads({ threads });
  let extraction: ExtractionThreads;
  let store: Awaited<ReturnType<typeof openStore>>;
  let queue: Awaited<ReturnType<typeof openQueue>>;
  try {
    store = await openStore({ env: process.env });
    queue = await openQueue(queueOptionsFromEnv(url));
    extraction = await starting;
  } catch (error) {
    // Live threads would keep the process from exiting with the error.
    await starting.then((threads) => threads.close()).catch(() => undefined);
    throw error;
  }
  const extract = (job: QueuedDocument) =>
    extraction.extract(job.doc.text, extractOptionsFor(job.doc, job.defaults));
  let inFlight = 0;
  let stored = 0;
  // Where a worker's time goes, summed over its pollers: tells a slow extractor from a busy database.
  const phaseMs = { extract: 0, store: 0 };
  await queue.work(
    async (jobs) => {
      inFlight++;
      try {
        const ids = jobs.map((job) => documentId(job.doc.text));
        let mark = performance.now();
        const known = await store.knownDocuments(ids);
        phaseMs.store += performance.now() - mark;
        mark = performance.now();
        // The whole batch goes to the threads at once; the main thread waits without working.
        const settled = await Promise.allSettled(
          jobs.map((job, i) => (known.has(ids[i] ?? '') ? Promise.resolve(null) : extract(job))),
        );
        const prepared: PreparedDocument[] = [];
        for (const [i, outcome] of settled.entries()) {
          if (outcome.status === 'fulfilled') {
            if (outcome.value) prepared.push(outcome.value);
          } else if (outcome.reason instanceof DyadError) {
            // A document the extractor refuses (wrong language) would fail forever: log it, drop it.
            process.stderr.write(`dyad: failed: ${jobs[i]?.doc.source}: ${outcome.reason.describe()}\n`);
          } else throw outcome.reason;
        }
        phaseMs.extract += performance.now() - mark;
        mark = performance.now();
        if (prepared.length > 0) {
          for (const result of await store.putPrepared(prepared)) if (result.status === 'new') stored++;
        }
        phaseMs.store += performance.now() - mark;
      } finally {
        inFlight--;
      }
    },
    { concurrency, batchSize },
  );
  process.stderr.write(`dyad: worker taking documents from ${redactUrl(url)}\n`);
  if (values.once) {
    // Jobs held by a dead worker stay active until they expire and come back: wait for those too.
    while ((await queue.waiting()) > 0 || (await queue.active()) > 0 || inFlight > 0) {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  } else {
    await waitForSignal();
  }
  await queue.stop();
  await store.close();
  await extraction.close();
  const seconds = (performance.now() - started) / 1000;
  const usage = process.cpuUsage();
  const cpu = (usage.user + usage.system) / 1e6;
  process.stderr.write(
    `dyad: worker stored ${stored} new documents in ${seconds.toFixed(1)} s (cpu ${cpu.toFixed(1)} s; ` +
      `extracting ${(phaseMs.extract / 1000).toFixed(1)} s, storing ${(phaseMs.store / 1000).toFixed(1)} s)\n`,
  );
  return 0;
}
