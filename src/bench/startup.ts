/** Start-up costs: in this process (import, build, first document) and as a fresh CLI process. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Extractor } from '../extract/index.js';

const BIN = fileURLToPath(new URL('../../bin/dyad.js', import.meta.url));

export interface InProcessStartup {
  /** Importing the extractor module graph. */
  importMs: number;
  /** createExtractor(): dictionaries, knowledge base, pipeline. */
  createMs: number;
  /** The first document, including anything loaded lazily on first use. */
  firstDocumentMs: number;
}

export async function measureInProcess(text: string): Promise<InProcessStartup & { extractor: Extractor }> {
  const t0 = performance.now();
  const { createExtractor } = await import('../extract/index.js');
  const t1 = performance.now();
  const extractor = await createExtractor();
  const t2 = performance.now();
  await extractor.extract(text, { source: 'bench' });
  const t3 = performance.now();
  return { importMs: t1 - t0, createMs: t2 - t1, firstDocumentMs: t3 - t2, extractor };
}

/** Median wall time of `node bin/dyad.js ARGS`, which is what a user waits for. */
export function measureCli(args: string[], runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(performance.now() - started);
    if (result.status !== 0)
      throw new Error(`dyad ${args.join(' ')} failed: ${result.stderr.toString().trim()}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}
