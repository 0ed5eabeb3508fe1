/**
 * The command line: `dyad COMMAND [options]`. Returns the exit status; user errors are printed
 * as one line (what went wrong, what to do) and never as a stack trace.
 */
import { isDyadError } from '../core/errors.js';
import { usageError } from './args.js';
import { COMMAND_HELP, MAIN_HELP, version } from './help.js';

type Command = (args: string[]) => Promise<number>;

// Commands load on demand, so `--version` and `help` do not pay for dictionaries and models.
const COMMANDS: Record<string, Command> = {
  extract: async (args) => (await import('./extract.js')).extractCommand(args),
  demo: async (args) => (await import('./demo.js')).demoCommand(args),
  eval: async (args) => (await import('./eval.js')).evalCommand(args),
  actors: async (args) => (await import('./actors.js')).actorsCommand(args),
  ingest: async (args) => (await import('./ingest.js')).ingestCommand(args),
  events: async (args) => (await import('./events.js')).eventsCommand(args),
  export: async (args) => (await import('./events.js')).exportCommand(args),
  serve: async (args) => (await import('./serve.js')).serveCommand(args),
  worker: async (args) => (await import('./queue-commands.js')).workerCommand(args),
  help: helpCommand,
};

export async function main(argv: string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    if (!isDyadError(error)) throw error;
    process.stderr.write(`dyad: ${error.describe()}\n`);
    return error.code === 'E_USAGE' ? 2 : 1;
  }
}

async function dispatch(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(MAIN_HELP);
    return 2;
  }
  if (first === '--help' || first === '-h') {
    process.stdout.write(MAIN_HELP);
    return 0;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (first.startsWith('-')) throw usageError(`unknown option '${first}'`);
  const command = COMMANDS[first];
  if (!command) throw usageError(`unknown command '${first}'`);
  return command(rest);
}

async function helpCommand(args: string[]): Promise<number> {
  const [topic] = args;
  if (topic === undefined) {
    process.stdout.write(MAIN_HELP);
    return 0;
  }
  const text = COMMAND_HELP[topic];
  if (!text) throw usageError(`no help for '${topic}'; the commands are ${Object.keys(COMMANDS).join(', ')}`);
  process.stdout.write(text);
  return 0;
}
