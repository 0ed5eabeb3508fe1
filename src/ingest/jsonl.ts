/**
 * JSON Lines of `{text, url?, published?, title?, lang?}`, read line by line so a file of any
 * size takes constant memory; a bad line is one failure and the rest go on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DyadError } from '../core/errors.js';
import { fail, type ReadItem, toDay, toLang } from './source-document.js';

export function parseJsonLine(line: string, place: string): ReadItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail(place, new DyadError('E_INPUT_UNREADABLE', `invalid JSON (${(error as Error).message})`));
  }
  const item = value as Record<string, unknown> | null;
  const text = typeof item?.text === 'string' ? item.text.trim() : '';
  const url = typeof item?.url === 'string' && item.url ? item.url : null;
  if (!text) return fail(url ?? place, new DyadError('E_INPUT_EMPTY', 'the line has no "text"'));
  return {
    ok: true,
    doc: {
      text,
      source: url ?? place,
      title: typeof item?.title === 'string' ? item.title : null,
      published: toDay(item?.published),
      lang: toLang(item?.lang),
    },
  };
}

export async function* readJsonLines(
  input: NodeJS.ReadableStream | string,
  source: string,
): AsyncGenerator<ReadItem> {
  const stream = typeof input === 'string' ? createReadStream(input, { encoding: 'utf8' }) : input;
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    yield parseJsonLine(line.replace(/^\uFEFF/, ''), `${source}:${n}`);
  }
}
