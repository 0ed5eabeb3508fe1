/** The texts of a factRuEval folder: every `<id>.facts` with its `<id>.txt`, in numeric order. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';

export interface FactruFiles {
  id: string;
  /** The file `<id>.<ext>`, or '' when there is none. */
  read(ext: string): string;
}

export function factruFiles(dir: string): FactruFiles[] {
  if (!existsSync(dir)) throw new DyadError('E_INPUT_NOT_FOUND', `no such folder: ${dir}`, 'check --factru');
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.facts'))
    .map((f) => f.slice(0, -'.facts'.length))
    .filter((id) => existsSync(join(dir, `${id}.txt`)))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (ids.length === 0) {
    throw new DyadError(
      'E_INPUT_NOT_FOUND',
      `no .facts files with texts in ${dir}`,
      'point --factru at a factRuEval folder',
    );
  }
  return ids.map((id) => ({
    id,
    read: (ext: string) => {
      const file = join(dir, `${id}.${ext}`);
      return existsSync(file) ? readFileSync(file, 'utf8') : '';
    },
  }));
}
