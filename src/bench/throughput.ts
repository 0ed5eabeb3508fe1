/**
 * Throughput of one extractor on one thread: the corpus is repeated until the time is up, so a
 * small corpus still gives a stable figure. Shared by the main thread and the workers.
 */
import type { Extractor } from '../extract/index.js';

export interface Throughput {
  docs: number;
  bytes: number;
  seconds: number;
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
  while (performance.now() < deadline) {
    const index = docs % texts.length;
    await extractor.extract(texts[index] ?? '', { source: 'bench' });
    docs++;
    bytes += sizes[index] ?? 0;
  }
  return { docs, bytes, seconds: (performance.now() - started) / 1000 };
}

export function rates(result: Throughput): { articlesPerSecond: number; megabytesPerSecond: number } {
  return {
    articlesPerSecond: result.docs / result.seconds,
    megabytesPerSecond: result.bytes / (1024 * 1024) / result.seconds,
  };
}

/** Long enough for the JIT to settle on the hot paths, short next to the measurement. */
export function warmUpSeconds(seconds: number): number {
  return Math.min(1, seconds / 3);
}
