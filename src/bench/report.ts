/** The benchmark's results: the JSON shape printed with --json, and the table for people. */
import { formatSize } from '../ingest/index.js';
import type { Machine } from './machine.js';
import type { InProcessStartup } from './startup.js';
import type { Rates as RateFigures, Throughput } from './throughput.js';

type Rates = Throughput & RateFigures;

export interface BenchReport {
  machine: Machine;
  corpus: { dir: string; articles: number; bytes: number };
  startup: InProcessStartup & { cli: { versionMs: number; extractOneFileMs: number } };
  singleThread: Rates;
  workers: Rates & { threads: number };
  peakRssMB: { singleThread: number; withWorkers: number };
}

const ms = (value: number) => `${Math.round(value)} ms`;
const rate = (r: Rates) =>
  `${Math.round(r.articlesPerSecond).toLocaleString('en')} articles/s, ${r.megabytesPerSecond.toFixed(2)} MB/s  (${r.docs.toLocaleString('en')} in ${r.seconds.toFixed(1)} s; median second ${r.medianArticlesPerSecond})`;

export function formatReport(report: BenchReport): string {
  const { machine, corpus, startup } = report;
  const rows: [string, string][] = [
    ['start-up: import the extractor', ms(startup.importMs)],
    ['start-up: createExtractor()', ms(startup.createMs)],
    ['start-up: first document', ms(startup.firstDocumentMs)],
    ['CLI: dyad --version (median of 5)', ms(startup.cli.versionMs)],
    ['CLI: dyad extract one file (median of 5)', ms(startup.cli.extractOneFileMs)],
    ['throughput, 1 thread', rate(report.singleThread)],
    [
      `throughput, ${report.workers.threads} worker thread${report.workers.threads === 1 ? '' : 's'}`,
      rate(report.workers),
    ],
    ['peak RSS, 1 thread', `${report.peakRssMB.singleThread} MB`],
    ['peak RSS, with workers', `${report.peakRssMB.withWorkers} MB`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const average = corpus.articles ? formatSize(corpus.bytes / corpus.articles) : '-';
  return [
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGB} GB RAM, Node ${machine.node}, ${machine.platform}, ${machine.date}`,
    `corpus:  ${corpus.dir}: ${corpus.articles} articles, ${formatSize(corpus.bytes)} (average ${average})`,
    '',
    ...rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`),
    '',
  ].join('\n');
}
