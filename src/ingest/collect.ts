/**
 * Expands the paths on the command line into the list of inputs, in a stable order: arguments
 * as given, folder contents sorted by code point (not locale, so every machine agrees). Paths
 * that cannot be used become entries with an error, so the caller reports them in place and
 * goes on with the rest.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { fileSystemError, STDIN_SOURCE } from './read-input.js';

export type InputEntry =
  | { kind: 'file'; source: string }
  | { kind: 'stdin'; source: typeof STDIN_SOURCE }
  | { kind: 'error'; source: string; error: Error };

/** File kinds read when found inside a folder; a file named explicitly is read whatever its name. */
export const FOLDER_EXTENSIONS: readonly string[] = ['.txt'];

export async function collectInputs(
  paths: readonly string[],
  extensions: readonly string[] = FOLDER_EXTENSIONS,
): Promise<InputEntry[]> {
  const wanted = (name: string) => {
    const lower = name.toLowerCase();
    return extensions.some((extension) => lower.endsWith(extension));
  };
  const entries: InputEntry[] = [];
  for (const path of paths) {
    if (path === STDIN_SOURCE) {
      entries.push({ kind: 'stdin', source: STDIN_SOURCE });
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, entries, new Set(), wanted);
      else entries.push({ kind: 'file', source: path });
    } catch (error) {
      entries.push({ kind: 'error', source: path, error: fileSystemError(error) });
    }
  }
  return entries;
}

function byCodePoint(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

type Wanted = (name: string) => boolean;

async function walk(folder: string, entries: InputEntry[], seen: Set<string>, wanted: Wanted): Promise<void> {
  let items: Dirent[];
  try {
    // A symlinked folder seen before would loop forever.
    const real = await realpath(folder);
    if (seen.has(real)) return;
    seen.add(real);
    items = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    entries.push({ kind: 'error', source: folder, error: fileSystemError(error) });
    return;
  }
  for (const item of items.sort(byCodePoint)) {
    // Hidden files and folders (.git, editor swap files) are never articles.
    if (item.name.startsWith('.')) continue;
    const path = join(folder, item.name);
    if (item.isDirectory()) {
      await walk(path, entries, seen, wanted);
    } else if (item.isSymbolicLink()) {
      await followLink(path, item.name, entries, seen, wanted);
    } else if (item.isFile() && wanted(item.name)) {
      entries.push({ kind: 'file', source: path });
    }
  }
}

async function followLink(
  path: string,
  name: string,
  entries: InputEntry[],
  seen: Set<string>,
  wanted: Wanted,
): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) await walk(path, entries, seen, wanted);
    else if (wanted(name)) entries.push({ kind: 'file', source: path });
  } catch (error) {
    // Only report links that look like inputs; a dangling link to anything else is not ours.
    if (wanted(name)) entries.push({ kind: 'error', source: path, error: linkError(error) });
  }
}

function linkError(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? new DyadError('E_INPUT_UNREADABLE', 'it is a broken symbolic link')
    : fileSystemError(error);
}
