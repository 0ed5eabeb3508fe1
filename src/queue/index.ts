/**
 * The document queue on PostgreSQL (pg-boss): `dyad ingest --queue` inserts read documents,
 * `dyad worker` processes take them a batch at a time. Jobs are completed only after their
 * documents are committed; a worker that dies holds its jobs until they expire and are retried,
 * and the store's idempotent write turns the retry of an already stored document into a no-op.
 * So nothing is lost and nothing is stored twice.
 */
import PgBoss from 'pg-boss';
import type { SourceDocument } from '../ingest/source-document.js';
import type { IngestDefaults } from '../ingest/store-document.js';
import { connecting } from '../store/connection-errors.js';

export const QUEUE_NAME = 'dyad-documents';
const IDLE_MS = 300;

export interface QueuedDocument {
  doc: SourceDocument;
  defaults: IngestDefaults;
}

export interface QueueOptions {
  url: string;
  /** pg-boss's own schema (default pgboss). */
  schema?: string;
  /** How long a job may stay active before it counts as abandoned and is retried. */
  expireInSeconds?: number;
  /** How often abandoned jobs are looked for. */
  maintenanceIntervalSeconds?: number;
}

export interface DocumentQueue {
  enqueue(documents: readonly QueuedDocument[]): Promise<void>;
  /**
   * Starts `concurrency` pollers; each takes up to `batchSize` jobs at once and hands them to
   * `handler` together, completing them all when it resolves and failing them all (to be
   * retried) when it throws.
   */
  work(
    handler: (jobs: QueuedDocument[]) => Promise<void>,
    options: { concurrency: number; batchSize: number },
  ): Promise<void>;
  /** Jobs waiting (not yet taken or waiting for a retry). */
  waiting(): Promise<number>;
  active(): Promise<number>;
  stop(): Promise<void>;
}

export function queueOptionsFromEnv(url: string, env: NodeJS.ProcessEnv = process.env): QueueOptions {
  const number = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return value && Number.isFinite(n) && n >= 1 ? n : fallback;
  };
  return {
    url,
    schema: env.DYAD_PG_SCHEMA ? `${env.DYAD_PG_SCHEMA}_queue` : 'pgboss',
    expireInSeconds: number(env.DYAD_JOB_EXPIRE_SECONDS, 15 * 60),
    maintenanceIntervalSeconds: number(env.DYAD_QUEUE_MAINTENANCE_SECONDS, 30),
  };
}

export async function openQueue(options: QueueOptions): Promise<DocumentQueue> {
  const expireInSeconds = options.expireInSeconds ?? 15 * 60;
  const boss = new PgBoss({
    connectionString: options.url,
    schema: options.schema ?? 'pgboss',
    max: 4,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
  });
  boss.on('error', (error: Error) => process.stderr.write(`dyad: queue: ${error.message}\n`));
  await connecting(options.url, () => boss.start());
  if (!(await boss.getQueue(QUEUE_NAME))) {
    // Two processes may create it at once; the loser's error means it exists.
    await boss
      .createQueue(QUEUE_NAME, { name: QUEUE_NAME, retryLimit: 20, retryDelay: 1, expireInSeconds })
      .catch(async (error: Error) => {
        if (!(await boss.getQueue(QUEUE_NAME))) throw error;
      });
  }
  let stopping = false;
  const loops: Promise<void>[] = [];
  // Our own loop rather than boss.work(): that one pauses a polling interval after every job,
  // which caps a worker at a few documents a second. Here the next job is fetched at once and
  // the pause is only taken when the queue is empty.
  // Batches, because every round trip to the queue and every commit costs PostgreSQL time that
  // two workers on one server would otherwise spend waiting for each other.
  const poll = async (handler: (jobs: QueuedDocument[]) => Promise<void>, batchSize: number) => {
    while (!stopping) {
      const jobs = await boss.fetch<QueuedDocument>(QUEUE_NAME, { batchSize });
      if (jobs.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
        continue;
      }
      const ids = jobs.map((job) => job.id);
      try {
        await handler(jobs.map((job) => job.data));
        await boss.complete(QUEUE_NAME, ids);
      } catch (error) {
        // Failed jobs are retried (retryLimit); a process that dies leaves them to expire instead.
        const message = (error as Error).message;
        await Promise.all(ids.map((id) => boss.fail(QUEUE_NAME, id, { message }).catch(() => undefined)));
      }
    }
  };
  return {
    async enqueue(documents) {
      const size = 500;
      for (let i = 0; i < documents.length; i += size) {
        await boss.insert(
          documents.slice(i, i + size).map((data) => ({
            name: QUEUE_NAME,
            data,
            retryLimit: 20,
            retryDelay: 1,
            expireInSeconds,
          })),
        );
      }
    },
    work(handler, { concurrency, batchSize }) {
      for (let i = 0; i < concurrency; i++) loops.push(poll(handler, batchSize));
      return Promise.resolve();
    },
    waiting: () => boss.getQueueSize(QUEUE_NAME),
    async active() {
      const before = await boss.getQueueSize(QUEUE_NAME, { before: 'completed' });
      return before - (await boss.getQueueSize(QUEUE_NAME));
    },
    async stop() {
      stopping = true;
      await Promise.all(loops);
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
