/**
 * Writing to stdout with back-pressure (a slow consumer must not make dyad buffer a whole corpus)
 * and a quiet end when the reader goes away (`dyad extract news/ | head`).
 */
import type { Writable } from 'node:stream';

export class ClosedOutputError extends Error {}

export interface Output {
  write(chunk: string): Promise<void>;
  readonly isTTY: boolean;
}

export function createOutput(stream: Writable & { isTTY?: boolean } = process.stdout): Output {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return {
    isTTY: stream.isTTY === true,
    async write(chunk) {
      if (closed) throw new ClosedOutputError('output closed');
      if (!stream.write(chunk)) {
        await new Promise<void>((resolve) => {
          const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('close', done);
        });
      }
    },
  };
}
