/** Throughput with one extractor per worker thread, all started at the same moment. */
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { Throughput } from './throughput.js';
import type { WorkerInput } from './worker.js';

export async function runParallel(texts: string[], seconds: number, threads: number): Promise<Throughput> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from(
    { length: threads },
    () => new Worker(workerUrl, { workerData: { texts, seconds } satisfies WorkerInput }),
  );
  try {
    await Promise.all(workers.map((worker) => once(worker, 'message')));
    const started = performance.now();
    const results = await Promise.all(
      workers.map((worker) => {
        const done = once(worker, 'message') as Promise<[Throughput]>;
        worker.postMessage('go');
        return done.then(([result]) => result);
      }),
    );
    return {
      docs: results.reduce((sum, r) => sum + r.docs, 0),
      bytes: results.reduce((sum, r) => sum + r.bytes, 0),
      seconds: (performance.now() - started) / 1000,
      // Workers start together, so their seconds line up and can be summed.
      perSecond: sumByIndex(results.map((r) => r.perSecond)),
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function sumByIndex(series: number[][]): number[] {
  const sums: number[] = [];
  for (const values of series) {
    for (const [i, n] of values.entries()) sums[i] = (sums[i] ?? 0) + n;
  }
  return sums;
}
