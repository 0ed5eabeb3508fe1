/** `dyad extract PATH...`: files, folders and stdin in, one record per input out. */
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../core/doc.js';
import { createExtractor, type Extractor } from '../extract/index.js';
import { collectInputs, type InputEntry, type InputText, readInputFile, readStdin } from '../ingest/index.js';
import { usageError, withUsageErrors } from './args.js';
import { EXTRACT_HELP } from './help.js';
import { ClosedOutputError, createOutput } from './output.js';
import { createProgress } from './progress.js';
import { createRecordWriter, FORMATS, type Format } from './record-writer.js';
import { createReporter } from './report.js';
import { styleFor } from './style.js';

const OPTIONS = {
  lang: { type: 'string' },
  published: { type: 'string' },
  format: { type: 'string' },
  kb: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

interface ExtractSettings {
  paths: string[];
  lang: Lang | 'auto';
  published: string | null;
  format: Format | null;
  kbFiles: string[];
}

export async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = withUsageErrors('extract', () =>
    parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }),
  );
  if (values.help) {
    process.stdout.write(EXTRACT_HELP);
    return 0;
  }
  const settings = await checkSettings({
    paths: positionals,
    lang: (values.lang ?? 'auto') as Lang | 'auto',
    published: values.published ?? null,
    format: (values.format ?? null) as Format | null,
    kbFiles: values.kb ?? [],
  });
  const entries = await collectInputs(settings.paths);
  const single =
    settings.paths.length === 1 && entries.length === 1 && entries[0]?.source === settings.paths[0];
  const format = settings.format ?? (single ? 'json' : 'jsonl');
  const out = createOutput();
  const writer = createRecordWriter(format, out, styleFor(out.isTTY), single);
  const reporter = createReporter();
  const progress = createProgress(entries.length);
  reporter.beforeMessage = progress.clear;
  // Built on first use: a run whose inputs are all refused should not wait for dictionaries.
  let extractor: Promise<Extractor> | undefined;
  const getExtractor = () => {
    extractor ??= createExtractor({ kbFiles: settings.kbFiles });
    return extractor;
  };

  try {
    for (const [index, entry] of entries.entries()) {
      progress.update(index, entry.source);
      try {
        const input = await readEntry(entry);
        if (input.warning) reporter.warning(entry.source, input.warning);
        const record = await (await getExtractor()).extract(input.text, {
          lang: settings.lang,
          published: settings.published,
          source: entry.source,
        });
        await writer.write(record);
      } catch (error) {
        if (error instanceof ClosedOutputError) throw error;
        reporter.skipped(entry.source, error);
      }
    }
    progress.finish();
    await writer.close();
  } catch (error) {
    // The reader of our output went away (`| head`): stop quietly, as Unix tools do.
    if (error instanceof ClosedOutputError) return 0;
    throw error;
  }
  const { skipped, failed } = reporter.counts;
  if (skipped + failed > 0 && entries.length > 1) {
    process.stderr.write(`dyad: ${skipped + failed} of ${entries.length} inputs skipped\n`);
  }
  return failed > 0 ? 70 : skipped > 0 ? 1 : 0;
}

function readEntry(entry: InputEntry): Promise<InputText> {
  switch (entry.kind) {
    case 'stdin':
      if (process.stdin.isTTY) process.stderr.write('dyad: reading standard input; end it with Ctrl-D\n');
      return readStdin();
    case 'file':
      return readInputFile(entry.source);
    case 'error':
      return Promise.reject(entry.error);
  }
}

async function checkSettings(settings: ExtractSettings): Promise<ExtractSettings> {
  if (settings.paths.length === 0) {
    throw usageError(
      'extract needs at least one PATH (a file, a folder, or - for standard input)',
      'extract',
    );
  }
  if (settings.paths.filter((path) => path === '-').length > 1) {
    throw usageError("standard input ('-') can be read only once", 'extract');
  }
  if (settings.lang !== 'auto' && !LANGS.includes(settings.lang)) {
    throw usageError(`--lang must be auto, ${LANGS.join(', ')} (got '${settings.lang}')`, 'extract');
  }
  if (settings.format !== null && !FORMATS.includes(settings.format)) {
    throw usageError(`--format must be ${FORMATS.join(', ')} (got '${settings.format}')`, 'extract');
  }
  if (settings.published !== null && !isCalendarDate(settings.published)) {
    throw usageError(`--published must be a date as YYYY-MM-DD (got '${settings.published}')`, 'extract');
  }
  for (const file of settings.kbFiles) {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw usageError(`--kb file not found: ${file}`, 'extract');
  }
  return settings;
}

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
