/**
 * `dyad ingest PATH|- ...`: texts, HTML pages, feeds, Telegram exports and JSON Lines into the
 * store. Bad inputs are reported one line each and the rest is stored; the summary counts what
 * was read, new, already stored and failed.
 */
import { parseArgs } from 'node:util';
import type { DocumentRecord } from '../core/doc.js';
import { LANGS, type Lang } from '../core/doc.js';
import { isDyadError } from '../core/errors.js';
import { createExtractor, type Extractor } from '../extract/index.js';
import { collectInputs, INGEST_EXTENSIONS, readDocuments } from '../ingest/index.js';
import { extractNew, IngestTally } from '../ingest/store-document.js';
import { describeTarget } from '../store/index.js';
import { usageError, withUsageErrors } from './args.js';
import { INGEST_HELP } from './store-help.js';
import { checkDate, DB_OPTION, openStoreFor } from './store-options.js';

/** Documents per transaction when ingesting into the store (the store bench writes the same). */
export const INGEST_BATCH = 32;

const OPTIONS = {
  ...DB_OPTION,
  published: { type: 'string' },
  lang: { type: 'string' },
  kb: { type: 'string', multiple: true },
  queue: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = withUsageErrors('ingest', () =>
    parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }),
  );
  if (values.help) {
    process.stdout.write(INGEST_HELP);
    return 0;
  }
  if (positionals.length === 0) {
    throw usageError('ingest needs at least one PATH (a file, a folder, or - for standard input)', 'ingest');
  }
  const lang = (values.lang ?? 'auto') as Lang | 'auto';
  if (lang !== 'auto' && !LANGS.includes(lang)) {
    throw usageError(`--lang must be auto, ${LANGS.join(', ')} (got '${lang}')`, 'ingest');
  }
  const defaults = { lang, published: checkDate('published', values.published, 'ingest') ?? null };
  if (values.queue) {
    const { enqueueCommand } = await import('./queue-commands.js');
    return enqueueCommand(positionals, defaults, values.db);
  }
  const entries = await collectInputs(positionals, INGEST_EXTENSIONS);
  const store = await openStoreFor(values.db);
  let extractor: Promise<Extractor> | undefined;
  const getExtractor = () => {
    extractor ??= createExtractor({ kbFiles: values.kb ?? [] });
    return extractor;
  };
  const tally = new IngestTally();
  // Records are written in batches, one transaction each: a commit per article would cost more
  // than storing it.
  let pending: DocumentRecord[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    try {
      for (const result of await store.putDocuments(batch)) tally.add(result);
    } catch {
      // One bad record must not take the batch with it: retry one by one to find it.
      for (const record of batch) {
        try {
          tally.add(await store.putDocument(record));
        } catch (error) {
          tally.fail(reason(error));
          say(`failed: ${record.doc.source}: ${describe(error)}`);
        }
      }
    }
  };
  const progress = ingestProgress(entries.length, tally);
  const say = (line: string) => {
    progress.clear();
    process.stderr.write(`dyad: ${line}\n`);
  };
  try {
    for (const [index, entry] of entries.entries()) {
      for await (const item of readDocuments(entry)) {
        tally.read++;
        progress.update(index, entry.source);
        if (!item.ok) {
          tally.fail(reason(item.error));
          say(`failed: ${item.source}: ${describe(item.error)}`);
          continue;
        }
        if (item.doc.warning) say(`warning: ${item.doc.source}: ${item.doc.warning}`);
        try {
          const record = await extractNew(item.doc, getExtractor, store, defaults);
          if (!record) tally.duplicate++;
          else pending.push(record);
          if (pending.length >= INGEST_BATCH) await flush();
        } catch (error) {
          tally.fail(reason(error));
          say(`failed: ${item.doc.source}: ${describe(error)}`);
        }
      }
    }
    await flush();
  } finally {
    progress.finish();
    await store.close();
  }
  process.stderr.write(`dyad: ${tally.summary()}; store: ${describeTarget({ db: values.db })}\n`);
  return tally.failed > 0 ? 1 : 0;
}

function describe(error: unknown): string {
  if (isDyadError(error)) return error.describe();
  return `internal error: ${error instanceof Error ? error.message : String(error)} (please report it)`;
}

/** The reason without details that differ per input (offsets, line numbers), for grouping. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\(.*\)$/, '');
}

const REDRAW_MS = 100;

/**
 * One updating line on a terminal (inputs done, documents read, new, duplicate, failed), even
 * for a single feed or export holding thousands of articles; nothing when stderr is not a TTY.
 */
function ingestProgress(total: number, tally: IngestTally, stream: NodeJS.WriteStream = process.stderr) {
  let shown = false;
  let last = 0;
  const clear = () => {
    if (shown) stream.write('\r\u001b[K');
    shown = false;
  };
  return {
    clear,
    finish: clear,
    update(index: number, source: string) {
      if (!stream.isTTY || Date.now() - last < REDRAW_MS) return;
      last = Date.now();
      const counts = `${tally.read} read, ${tally.added} new, ${tally.duplicate} duplicate, ${tally.failed} failed`;
      const line = `[${index + 1}/${total}] ${counts}  ${source}`;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      stream.write(`\r\u001b[K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
      shown = true;
    },
  };
}
