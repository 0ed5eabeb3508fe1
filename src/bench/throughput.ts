/**
 * Throughput of one extractor on one thread: the corpus is repeated until the time is up, so a
 * small corpus still gives a stable figure. Shared by the main thread and the workers.
 */
import type { Extractor } from '../extract/index.js';

export interface Throughput {
  docs: number;
  bytes: number;
  seconds: number;
  /** Articles finished in each whole second of the run: shows how steady the machine was. */
  perSecond: number[];
}

export async function runFor(
  extractor: Extractor,
  texts: readonly string[],
  seconds: number,
): Promise<Throughput> {
  const sizes = texts.map((text) => Buffer.byteLength(text));
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let docs = 0;
  let bytes = 0;
  const perSecond: number[] = [];
  for (let now = started; now < deadline; now = performance.now()) {
    const index = docs % texts.length;
    await extractor.extract(texts[index] ?? '', { source: 'bench' });
    docs++;
    bytes += sizes[index] ?? 0;
    const second = Math.floor((performance.now() - started) / 1000);
    if (second < Math.floor(seconds)) perSecond[second] = (perSecond[second] ?? 0) + 1;
  }
  return {
    docs,
    bytes,
    seconds: (performance.now() - started) / 1000,
    perSecond: [...perSecond].map((n) => n ?? 0),
  };
}

export interface Rates {
  articlesPerSecond: number;
  megabytesPerSecond: number;
  /** The median of the per-second counts: less moved by a burst of load from other processes. */
  medianArticlesPerSecond: number;
}

export function rates(result: Throughput): Rates {
  const sorted = [...result.perSecond].sort((a, b) => a - b);
  return {
    articlesPerSecond: result.docs / result.seconds,
    megabytesPerSecond: result.bytes / (1024 * 1024) / result.seconds,
    medianArticlesPerSecond: sorted[Math.floor(sorted.length / 2)] ?? result.docs / result.seconds,
  };
}

/** Long enough for the JIT to settle on the hot paths, short next to the measurement. */
export function warmUpSeconds(seconds: number): number {
  return Math.min(1, seconds / 3);
}
