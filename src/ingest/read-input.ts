/**
 * Reads one input (a file path or standard input) into text. Every failure a user can cause is
 * a DyadError whose message names the reason in plain words; the caller adds the file name.
 */
import { open } from 'node:fs/promises';
import { DyadError } from '../core/errors.js';
import { type Decoded, decodeText } from './decode.js';
import { formatSize, MAX_INPUT_BYTES } from './limits.js';

export interface InputText extends Decoded {
  /** The path as the user gave it (or as found in a folder), '-' for standard input. */
  source: string;
}

export const STDIN_SOURCE = '-';

export async function readInputFile(path: string): Promise<InputText> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileSystemError(error);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new DyadError('E_INPUT_UNREADABLE', 'it is a folder');
    if (info.size > MAX_INPUT_BYTES) throw tooLarge(info.size);
    const bytes = await handle.readFile();
    // Special files (pipes, /dev/stdin) report size 0, so check again after reading.
    if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(bytes.length);
    return { source: path, ...decodeText(bytes) };
  } catch (error) {
    throw fileSystemError(error);
  } finally {
    await handle.close();
  }
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<InputText> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge(size, true);
    chunks.push(buffer);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw new DyadError('E_INPUT_EMPTY', 'standard input is empty');
  return { source: STDIN_SOURCE, ...decodeText(bytes) };
}

function tooLarge(size: number, stdin = false): DyadError {
  const what = stdin ? 'standard input is' : 'the file is';
  const shown = `${stdin ? 'over ' : ''}${formatSize(size)}`;
  return new DyadError(
    'E_INPUT_TOO_LARGE',
    `${what} larger than ${formatSize(MAX_INPUT_BYTES)} (${shown}); split it into articles`,
  );
}

/** Translates Node's errno errors into the reasons users recognise. */
export function fileSystemError(error: unknown): Error {
  if (error instanceof DyadError || !(error instanceof Error)) return error as Error;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return new DyadError('E_INPUT_NOT_FOUND', 'no such file or folder');
    case 'EACCES':
    case 'EPERM':
      return new DyadError('E_INPUT_UNREADABLE', 'permission denied');
    case 'EISDIR':
      return new DyadError('E_INPUT_UNREADABLE', 'it is a folder');
    case 'ELOOP':
      return new DyadError('E_INPUT_UNREADABLE', 'too many levels of symbolic links');
    case 'EIO':
      return new DyadError('E_INPUT_UNREADABLE', 'input/output error while reading');
    default:
      return code ? new DyadError('E_INPUT_UNREADABLE', `cannot read it (${code})`) : error;
  }
}
