import { readFileSync } from 'node:fs';
import { createExtractor } from '../extract/index.js';

// PLACEHOLDER: replaced by the real CLI (commands, options, progress, errors).
export async function main(argv: string[]): Promise<number> {
  const [command, file] = argv;
  if (command !== 'extract' || !file) {
    console.error('usage: dyad extract FILE');
    return 2;
  }
  const extractor = await createExtractor();
  const record = await extractor.extract(readFileSync(file, 'utf8'), { source: file });
  console.log(JSON.stringify(record, null, 2));
  return 0;
}
