/** `dyad demo`: the extractor on the shipped samples, as a table of events per article. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { DocumentRecord } from '../core/doc.js';
import { createExtractor } from '../extract/index.js';
import { readInputFile } from '../ingest/index.js';
import { usageError, withUsageErrors } from './args.js';
import { formatTable } from './format-table.js';
import { DEMO_HELP } from './help.js';
import { createReporter } from './report.js';
import { loadSampleIndex, SAMPLES_DIR } from './samples.js';
import { styleFor } from './style.js';

export async function demoCommand(args: string[]): Promise<number> {
  const { values } = withUsageErrors('demo', () =>
    parseArgs({
      args,
      options: {
        help: { type: 'boolean', short: 'h' },
        serve: { type: 'boolean' },
        host: { type: 'string' },
        port: { type: 'string' },
      },
      allowPositionals: false,
      strict: true,
    }),
  );
  if (values.help) {
    process.stdout.write(DEMO_HELP);
    return 0;
  }
  const samples = await loadSampleIndex();
  const style = styleFor(process.stdout.isTTY === true);
  const reporter = createReporter();
  const started = performance.now();
  const extractor = await createExtractor();
  let events = 0;
  let articles = 0;
  const records: DocumentRecord[] = [];
  for (const sample of samples) {
    const path = join(SAMPLES_DIR, sample.file);
    // Show a short path: users see where the sample lives without the install prefix.
    const source = relative(process.cwd(), path).startsWith('..')
      ? `samples/${sample.file}`
      : relative(process.cwd(), path);
    try {
      const input = await readInputFile(path);
      const record = await extractor.extract(input.text, {
        lang: sample.lang,
        published: sample.published,
        title: sample.title,
        source,
      });
      process.stdout.write(formatTable(record, style));
      records.push(record);
      events += record.events.length;
      articles++;
    } catch (error) {
      reporter.skipped(source, error);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  process.stdout.write(style.bold(`${events} events in ${articles} articles (${seconds} s)\n`));
  if (events === 0) {
    process.stderr.write('dyad: the demo found no events; the event stage may not be built yet\n');
    return 1;
  }
  const status = reporter.counts.skipped + reporter.counts.failed > 0 ? 1 : 0;
  const served = await storeAndServe(records, values);
  return served ?? status;
}

/**
 * The records into a fresh SQLite store in a temporary folder (printed, so `dyad events --db`
 * can query it); with --serve, the API over it until Ctrl-C. Without --serve the demo ends by
 * itself: the README's first command must terminate.
 */
async function storeAndServe(
  records: DocumentRecord[],
  options: { serve?: boolean | undefined; host?: string | undefined; port?: string | undefined },
): Promise<number | undefined> {
  const { openSqliteStore } = await import('../store/sqlite.js');
  const path = join(mkdtempSync(join(tmpdir(), 'dyad-demo-')), 'dyad.db');
  const store = await openSqliteStore(path);
  for (const record of records) await store.putDocument(record);
  process.stderr.write(`dyad: stored in ${path}; try: dyad events --db ${path}\n`);
  if (!options.serve) {
    await store.close();
    return undefined;
  }
  const port = Number(options.port ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    await store.close();
    throw usageError(`--port must be a port number (got '${options.port}')`, 'demo');
  }
  const { startApi, waitForSignal } = await import('./serve.js');
  const server = await startApi(store, options.host ?? '127.0.0.1', port);
  process.stdout.write(
    `Web UI: ${server.url}/ui/  API: ${server.url}/events (OpenAPI: ${server.url}/openapi.json); Ctrl-C stops\n`,
  );
  await waitForSignal();
  await server.close();
  await store.close();
  return 0;
}
