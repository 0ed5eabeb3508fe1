/** `dyad demo`: the extractor on the shipped samples, as a table of events per article. */
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createExtractor } from '../extract/index.js';
import { readInputFile } from '../ingest/index.js';
import { withUsageErrors } from './args.js';
import { formatTable } from './format-table.js';
import { DEMO_HELP } from './help.js';
import { createReporter } from './report.js';
import { loadSampleIndex, SAMPLES_DIR } from './samples.js';
import { styleFor } from './style.js';

export async function demoCommand(args: string[]): Promise<number> {
  const { values } = withUsageErrors('demo', () =>
    parseArgs({
      args,
      options: { help: { type: 'boolean', short: 'h' } },
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
  return reporter.counts.skipped + reporter.counts.failed > 0 ? 1 : 0;
}
