/**
 * Test fixtures in factRuEval's file format are written by hand for this project and kept as
 * `sample_N.*`; the readers expect the corpus's `book_N.*` names, so a test copies them into a
 * temporary folder under those names.
 */
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function factruFolder(fixtureDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-factru-'));
  for (const file of readdirSync(fixtureDir)) {
    copyFileSync(join(fixtureDir, file), join(dir, file.replace(/^sample_/, 'book_')));
  }
  return dir;
}
