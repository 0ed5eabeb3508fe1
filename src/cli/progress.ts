/**
 * A single updating line on stderr while many inputs are processed, so a long run shows it is
 * alive; nothing at all when stderr is a file or pipe, where such lines would be noise.
 */
export interface Progress {
  update(done: number, source: string): void;
  /** Clears the line so a message can be printed on a clean row. */
  clear(): void;
  finish(): void;
}

/** Below this many inputs a run is over before a progress line would help. */
export const PROGRESS_MIN_INPUTS = 10;
const REDRAW_MS = 100;

const silent: Progress = { update() {}, clear() {}, finish() {} };

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= PROGRESS_MIN_INPUTS) return silent;
  let shown = false;
  let last = 0;
  const clear = () => {
    if (shown) stream.write('\r\u001b[K');
    shown = false;
  };
  return {
    update(done, source) {
      const now = Date.now();
      if (now - last < REDRAW_MS && done < total) return;
      last = now;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      const line = `[${done}/${total}] ${source}`;
      stream.write(`\r\u001b[K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
      shown = true;
    },
    clear,
    finish: clear,
  };
}
