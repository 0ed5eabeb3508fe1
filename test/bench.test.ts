/** The benchmark runs end to end and its --json output has the documented shape. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './helpers/records.js';

it('npm run bench -- --json reports throughput, start-up and memory', () => {
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'dist/bench/run.js'),
      join(ROOT, 'samples/ru'),
      '--json',
      '--seconds',
      '0.3',
      '--threads',
      '1',
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const report = JSON.parse(result.stdout);
  expect(report.corpus.articles).toBe(4);
  expect(report.machine).toMatchObject({ cores: expect.any(Number), node: process.version });
  for (const run of [report.singleThread, report.workers]) {
    expect(run.docs).toBeGreaterThan(0);
    expect(run.articlesPerSecond).toBeCloseTo(run.docs / run.seconds, 5);
    expect(run.megabytesPerSecond).toBeGreaterThan(0);
  }
  expect(report.workers.threads).toBe(1);
  expect(report.startup.cli.versionMs).toBeGreaterThan(0);
  expect(report.peakRssMB.withWorkers).toBeGreaterThanOrEqual(report.peakRssMB.singleThread);
}, 60_000);
