/**
 * `dyad events` and `dyad export`: stored events, filtered, streamed page by page to stdout
 * with back-pressure, so a store of millions of events needs no more memory than one page.
 */
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat, exporter } from '../export/index.js';
import type { EventFilters, StoredEvent } from '../store/types.js';
import { usageError, withUsageErrors } from './args.js';
import { version } from './help.js';
import { ClosedOutputError, createOutput, type Output } from './output.js';
import { EVENTS_HELP, EXPORT_HELP } from './store-help.js';
import { checkDate, DB_OPTION, openStoreFor } from './store-options.js';

const FILTER_OPTIONS = {
  ...DB_OPTION,
  actor: { type: 'string' },
  country: { type: 'string' },
  type: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  q: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type FilterValues = { [K in keyof typeof FILTER_OPTIONS]?: string | boolean };

function filtersFrom(values: FilterValues, command: string): EventFilters {
  const text = (key: keyof FilterValues) =>
    typeof values[key] === 'string' ? (values[key] as string) : undefined;
  return {
    actor: text('actor'),
    country: text('country'),
    type: text('type'),
    since: checkDate('since', text('since'), command),
    until: checkDate('until', text('until'), command),
    q: text('q'),
  };
}

async function stream(
  db: string | undefined,
  filters: EventFilters,
  header: string,
  row: (event: StoredEvent) => string,
  limit = Number.POSITIVE_INFINITY,
  out: Output = createOutput(),
): Promise<number> {
  const store = await openStoreFor(db, true);
  let count = 0;
  try {
    if (header) await out.write(header);
    for await (const event of store.iterateEvents(filters)) {
      if (count >= limit) break;
      await out.write(row(event));
      count++;
    }
  } catch (error) {
    // The reader went away (`| head`): stop quietly.
    if (!(error instanceof ClosedOutputError)) throw error;
  } finally {
    await store.close();
  }
  return count;
}

export function tableRow(event: StoredEvent): string {
  const actor = (a: StoredEvent['source']) =>
    a ? `${a.name ?? '?'}${a.country ? ` (${a.country})` : ''}` : '—';
  const date = (event.date ?? event.document.published ?? '').padEnd(10);
  const counts =
    event.numArticles > 1 ? `  [${event.numArticles} articles, ${event.numSources} sources]` : '';
  return `${date}  ${event.type.padEnd(9)}  ${actor(event.source)} → ${actor(event.target)}${counts}\n`;
}

export async function eventsCommand(args: string[]): Promise<number> {
  const { values } = withUsageErrors('events', () =>
    parseArgs({ args, options: { ...FILTER_OPTIONS, limit: { type: 'string' } }, strict: true }),
  );
  if (values.help) {
    process.stdout.write(EVENTS_HELP);
    return 0;
  }
  const format = values.format ?? (process.stdout.isTTY ? 'table' : 'jsonl');
  if (format !== 'table' && format !== 'jsonl') {
    throw usageError(`--format must be table or jsonl (got '${format}')`, 'events');
  }
  const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit);
  if (!(limit > 0)) throw usageError(`--limit must be a positive number (got '${values.limit}')`, 'events');
  const row = format === 'table' ? tableRow : (event: StoredEvent) => `${JSON.stringify(event)}\n`;
  const count = await stream(values.db, filtersFrom(values, 'events'), '', row, limit);
  if (format === 'table') process.stderr.write(`dyad: ${count} events\n`);
  return 0;
}

export async function exportCommand(args: string[]): Promise<number> {
  const { values } = withUsageErrors('export', () =>
    parseArgs({ args, options: FILTER_OPTIONS, strict: true }),
  );
  if (values.help) {
    process.stdout.write(EXPORT_HELP);
    return 0;
  }
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) {
    throw usageError(`--format must be ${EXPORT_FORMATS.join(', ')} (got '${format ?? ''}')`, 'export');
  }
  const { header, row } = exporter(format, version());
  await stream(values.db, filtersFrom(values, 'export'), header, row);
  return 0;
}
