/** The benchmark corpus: every readable .txt under a folder, decoded as `dyad extract` would. */
import { collectInputs, readInputFile } from '../ingest/index.js';

export interface Corpus {
  dir: string;
  texts: string[];
  /** Paths of the texts, same order. */
  files: string[];
  /** UTF-8 size of all texts together. */
  bytes: number;
}

export async function loadCorpus(dir: string): Promise<Corpus> {
  const texts: string[] = [];
  const files: string[] = [];
  for (const entry of await collectInputs([dir])) {
    if (entry.kind !== 'file') continue;
    try {
      texts.push((await readInputFile(entry.source)).text);
      files.push(entry.source);
    } catch {
      // Unusable files are not part of the workload; `dyad extract` would skip them too.
    }
  }
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  return { dir, texts, files, bytes };
}
