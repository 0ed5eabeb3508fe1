/** The sample articles shipped in samples/, listed in samples/index.json with their metadata. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../core/doc.js';
import { DyadError } from '../core/errors.js';

export interface SampleInfo {
  /** Path relative to the samples folder, e.g. "ru/01-phone-call.txt". */
  file: string;
  lang: Lang;
  published: string;
  title: string;
}

// Same depth from src/cli and dist/cli, so this resolves in tests and in the installed package.
export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

export async function loadSampleIndex(dir: string = SAMPLES_DIR): Promise<SampleInfo[]> {
  try {
    const index = JSON.parse(await readFile(`${dir}index.json`, 'utf8')) as { samples: SampleInfo[] };
    return index.samples;
  } catch (error) {
    throw new DyadError(
      'E_INPUT_NOT_FOUND',
      `cannot read the sample index ${dir}index.json (${(error as Error).message})`,
      'reinstall dyad; the package ships samples/',
    );
  }
}
