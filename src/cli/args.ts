/** node:util parseArgs with its errors turned into one-line usage errors that say what to do. */
import { DyadError } from '../core/errors.js';

/** Runs a parseArgs call, turning its errors into usage errors for `command`. */
export function withUsageErrors<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw usageFromParseError(command, error);
  }
}

export function usageError(message: string, command?: string): DyadError {
  const hint = command ? `see 'dyad help ${command}'` : `see 'dyad --help'`;
  return new DyadError('E_USAGE', message, hint);
}

function usageFromParseError(command: string, error: unknown): Error {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const option = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return usageError(`unknown option '${option}' for ${command}`, command);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return usageError(`${command} takes no arguments (got '${option}')`, command);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return usageError(`option ${option.split(' ')[0] ?? option} needs a value`, command);
    default:
      return usageError(message.split('\n')[0] ?? message, command);
  }
}
