/** `dyad eval events ...` and `dyad eval meetings ...`: score the extractor against gold data. */
import { parseArgs } from 'node:util';
import { createExtractor } from '../extract/index.js';
import { usageError, withUsageErrors } from './args.js';
import { EVAL_HELP } from './help.js';

const EVENTS_OPTIONS = {
  gold: { type: 'string' },
  texts: { type: 'string' },
  index: { type: 'string' },
  format: { type: 'string' },
  errors: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const MEETINGS_OPTIONS = {
  factru: { type: 'string' },
  format: { type: 'string' },
  errors: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type ReportFormat = 'table' | 'json';

function checkFormat(value: string | undefined): ReportFormat {
  const format = value ?? 'table';
  if (format !== 'table' && format !== 'json') {
    throw usageError(`--format must be table or json (got '${format}')`, 'eval');
  }
  return format;
}

async function eventsCommand(args: string[]): Promise<number> {
  const { values } = withUsageErrors('eval', () =>
    parseArgs({ args, options: EVENTS_OPTIONS, strict: true }),
  );
  if (values.help) {
    process.stdout.write(EVAL_HELP);
    return 0;
  }
  if (!values.gold || !values.texts)
    throw usageError('eval events needs --gold FILE and --texts DIR', 'eval');
  const format = checkFormat(values.format);
  const { evaluateEvents, eventsJson, formatEventsTable } = await import('../eval/index.js');
  const report = await evaluateEvents(
    { gold: values.gold, texts: values.texts, index: values.index },
    await createExtractor(),
  );
  const errors = values.errors ?? false;
  process.stdout.write(format === 'json' ? eventsJson(report, errors) : formatEventsTable(report, errors));
  return 0;
}

async function meetingsCommand(args: string[]): Promise<number> {
  const { values } = withUsageErrors('eval', () =>
    parseArgs({ args, options: MEETINGS_OPTIONS, strict: true }),
  );
  if (values.help) {
    process.stdout.write(EVAL_HELP);
    return 0;
  }
  if (!values.factru) throw usageError('eval meetings needs --factru DIR', 'eval');
  const format = checkFormat(values.format);
  const { evaluateMeetings, formatMeetingsTable, meetingsJson, readFactruDir } = await import(
    '../eval/index.js'
  );
  const docs = readFactruDir(values.factru);
  const report = await evaluateMeetings(docs, await createExtractor());
  const errors = values.errors ?? false;
  process.stdout.write(
    format === 'json' ? meetingsJson(report, errors) : formatMeetingsTable(report, errors),
  );
  return 0;
}

export async function evalCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    process.stdout.write(EVAL_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub === 'events') return eventsCommand(rest);
  if (sub === 'meetings') return meetingsCommand(rest);
  if (sub === 'ner') return (await import('./eval-ner.js')).evalNerCommand(rest);
  if (sub === 'roles') return (await import('./eval-roles.js')).evalRolesCommand(rest);
  throw usageError(`unknown eval subcommand '${sub}'; use events or meetings`, 'eval');
}
