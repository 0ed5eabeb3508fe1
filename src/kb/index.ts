/**
 * Loads the actor knowledge base: the tables in data/kb/ (every *.tsv, in name order), then the
 * user's files in the order given; a later row with the same id and kind overrides an earlier one.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../core/errors.js';
import { createKnowledgeBase } from './create.js';
import { mergeRows } from './merge.js';
import { type KbTables, parseKbTables } from './tables.js';
import { attachTerms } from './terms.js';
import type { KbEntry, KnowledgeBase } from './types.js';

export { createKnowledgeBase, entryName } from './create.js';
export { findPerson, lookupPerson } from './persons.js';
export { canonicalRole, holderOf, inOffice, rolesOn } from './roles.js';
export type { KbEntry, KbRole, KbSurface, KbTrieNode, KnowledgeBase } from './types.js';

const DATA_DIR = new URL('../../data/kb/', import.meta.url);

async function readKbFile(path: string, shown: string): Promise<KbTables> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new DyadError(
      'E_KB',
      `cannot read knowledge-base file ${shown}: ${(error as Error).message}`,
      'check the path given with --kb',
    );
  }
  return parseKbTables(shown, content);
}

export async function loadKnowledgeBase(extraFiles: string[] = []): Promise<KnowledgeBase> {
  const dir = fileURLToPath(DATA_DIR);
  const builtIn = (await readdir(dir)).filter((name) => name.endsWith('.tsv')).sort();
  const parts = await Promise.all([
    ...builtIn.map((name) => readKbFile(`${dir}${name}`, `data/kb/${name}`)),
    ...extraFiles.map((file) => readKbFile(file, file)),
  ]);
  // The per-language tries are built on first use (about 40 ms each), keeping start-up short.
  const entries = mergeRows(parts.flatMap((part) => part.rows));
  attachTerms(
    new Map(entries.map((entry): [string, KbEntry] => [entry.id, entry])),
    parts.flatMap((part) => part.terms),
  );
  return createKnowledgeBase(entries);
}
