/**
 * `dyad worker`'s extraction threads: documents in, the store's prepared rows out. The worker's
 * main thread stays free for its conversation with PostgreSQL: when extraction ran there, every reply from
 * PostgreSQL waited behind the article being analysed, transactions stayed open (and held their
 * cluster locks) that much longer, and a second worker spent its time waiting for the first.
 * With more than one thread, one process also uses more than one core.
 */
import { Worker } from 'node:worker_threads';
import { DyadError, type DyadErrorCode } from '../core/errors.js';
import type { ExtractOptions } from '../extract/index.js';
import type { PreparedDocument } from '../store/types.js';
import type { ThreadData, ThreadReply, ThreadRequest } from './extraction-thread.js';

export interface ExtractionThreads {
  /** The document's record, prepared for Store.putPrepared. */
  extract(text: string, options?: ExtractOptions): Promise<PreparedDocument>;
  /** Stops the threads; documents still being extracted are rejected. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (prepared: PreparedDocument) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, Pending>;
}

export async function startExtractionThreads(
  options: { threads?: number; kbFiles?: string[] } = {},
): Promise<ExtractionThreads> {
  const count = Math.max(1, options.threads ?? 1);
  const url = new URL('./extraction-thread.js', import.meta.url);
  let nextId = 0;
  const threads: Thread[] = Array.from({ length: count }, () => {
    const worker = new Worker(url, { workerData: { kbFiles: options.kbFiles ?? [] } satisfies ThreadData });
    const pending = new Map<number, Pending>();
    const fail = (error: Error) => {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    };
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    worker.on('message', (reply: ThreadReply | 'ready') => {
      if (reply === 'ready') return;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('prepared' in reply) waiting.resolve(reply.prepared as PreparedDocument);
      else if (reply.error.code) {
        waiting.reject(
          new DyadError(reply.error.code as DyadErrorCode, reply.error.message, reply.error.hint),
        );
      } else {
        const error = new Error(reply.error.message);
        if (reply.error.stack) error.stack = reply.error.stack;
        waiting.reject(error);
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`an extraction thread stopped (exit code ${code})`)));
    return { worker, ready, pending };
  });
  await Promise.all(threads.map((thread) => thread.ready));
  return {
    extract(text, extractOptions = {}) {
      // The least busy thread: documents differ in length, so turns alone would queue unevenly.
      let thread = threads[0] as Thread;
      for (const candidate of threads) if (candidate.pending.size < thread.pending.size) thread = candidate;
      const id = nextId++;
      return new Promise<PreparedDocument>((resolve, reject) => {
        thread.pending.set(id, { resolve, reject });
        thread.worker.postMessage({ id, text, options: extractOptions } satisfies ThreadRequest);
      });
    },
    async close() {
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}
