/**
 * `npm run bench [-- DIR] [--json] [--seconds N] [--threads N]`: throughput, start-up time and
 * peak memory of the extractor over a folder of articles (default: samples/ru).
 * The extractor is imported lazily so that the first measurement sees a cold start.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus } from './corpus.js';
import { describeMachine, peakRssMB } from './machine.js';
import { runParallel } from './parallel.js';
import { type BenchReport, formatReport } from './report.js';
import { measureCli, measureInProcess } from './startup.js';
import { rates, runFor, warmUpSeconds } from './throughput.js';

const DEFAULT_DIR = fileURLToPath(new URL('../../samples/ru/', import.meta.url));

function shortPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near && !near.startsWith('..') ? near : path;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean' },
      seconds: { type: 'string', default: '3' },
      threads: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write('usage: npm run bench -- [DIR] [--json] [--seconds N] [--threads N]\n');
    return 0;
  }
  const seconds = Number(values.seconds);
  const machine = describeMachine();
  const threads = values.threads ? Number(values.threads) : machine.cores;
  if (!(seconds > 0) || !(threads >= 1)) throw new Error('--seconds and --threads must be positive numbers');
  const dir = positionals[0] ?? DEFAULT_DIR;
  const corpus = await loadCorpus(dir);
  const first = corpus.texts[0];
  if (first === undefined) {
    process.stderr.write(`bench: no readable .txt files in ${dir}\n`);
    return 1;
  }
  const progress = (step: string) => values.json || process.stderr.write(`bench: ${step}…\n`);

  progress('start-up in process');
  // The measured extractor is the one benchmarked: one set of dictionaries, as in the CLI.
  const { extractor, ...startup } = await measureInProcess(first);
  progress('start-up of the CLI');
  const cli = {
    versionMs: measureCli(['--version']),
    extractOneFileMs: measureCli(['extract', corpus.files[0] ?? '', '--format', 'jsonl']),
  };
  await runFor(extractor, corpus.texts, warmUpSeconds(seconds));
  progress(`one thread, ${seconds} s`);
  const single = await runFor(extractor, corpus.texts, seconds);
  const rssSingleMB = peakRssMB();
  progress(`${threads} worker threads, ${seconds} s`);
  const parallel = await runParallel(corpus.texts, seconds, threads);

  const report: BenchReport = {
    machine,
    corpus: { dir: shortPath(dir), articles: corpus.texts.length, bytes: corpus.bytes },
    startup: { ...startup, cli },
    singleThread: { ...single, ...rates(single) },
    workers: { threads, ...parallel, ...rates(parallel) },
    peakRssMB: { singleThread: rssSingleMB, withWorkers: peakRssMB() },
  };
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
