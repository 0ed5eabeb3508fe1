/** Messages on stderr: one line per problem, naming the input and the reason; no stack traces. */
import { isDyadError } from '../core/errors.js';

export interface Reporter {
  skipped(source: string, error: unknown): void;
  warning(source: string, message: string): void;
  /** Called before each message, e.g. to clear a progress line. */
  beforeMessage?: () => void;
  readonly counts: { skipped: number; failed: number };
}

export function createReporter(stream: NodeJS.WritableStream = process.stderr): Reporter {
  const counts = { skipped: 0, failed: 0 };
  const reporter: Reporter = {
    counts,
    skipped(source, error) {
      reporter.beforeMessage?.();
      if (isDyadError(error)) {
        counts.skipped++;
        stream.write(`dyad: skipped ${source}: ${error.describe()}\n`);
        return;
      }
      // Not the user's fault: say so, keep going, and show the stack only when asked.
      counts.failed++;
      const detail =
        process.env.DYAD_DEBUG && error instanceof Error ? (error.stack ?? error.message) : String(error);
      stream.write(
        `dyad: failed on ${source}: internal error: ${detail} (please report it; DYAD_DEBUG=1 shows details)\n`,
      );
    },
    warning(source, message) {
      reporter.beforeMessage?.();
      stream.write(`dyad: warning: ${source}: ${message}\n`);
    },
  };
  return reporter;
}
