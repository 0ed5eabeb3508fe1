import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from './collect.js';
import { readInputFile, readStdin } from './read-input.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  mkdirSync(join(dir, 'news', 'b-folder'), { recursive: true });
  mkdirSync(join(dir, 'news', '.git'));
  for (const name of ['Z.txt', 'a.txt', 'b-folder/c.TXT', 'ё.txt', 'notes.md', '.hidden.txt', '.git/x.txt']) {
    writeFileSync(join(dir, 'news', name), 'Лавров заявил.');
  }
  symlinkSync(join(dir, 'news'), join(dir, 'news', 'b-folder', 'loop'));
  writeFileSync(join(dir, 'big.txt'), '');
  truncateSync(join(dir, 'big.txt'), 10 * 1024 * 1024 + 1);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('collectInputs', () => {
  it('walks folders in code-point order, skips hidden and non-.txt files, survives link loops', async () => {
    const entries = await collectInputs([
      join(dir, 'news'),
      join(dir, 'news', 'notes.md'),
      '-',
      join(dir, 'nope'),
    ]);
    expect(entries.map((e) => `${e.kind} ${e.source.replace(dir, '')}`)).toEqual([
      'file /news/Z.txt',
      'file /news/a.txt',
      'file /news/b-folder/c.TXT',
      'file /news/ё.txt',
      'file /news/notes.md',
      'stdin -',
      'error /nope',
    ]);
    expect(entries.at(-1)).toMatchObject({ error: { code: 'E_INPUT_NOT_FOUND' } });
  });
});

describe('readInputFile and readStdin', () => {
  it.each([
    ['a file over 10 MB', 'big.txt', 'E_INPUT_TOO_LARGE'],
    ['a folder', 'news', 'E_INPUT_UNREADABLE'],
    ['a missing file', 'nope.txt', 'E_INPUT_NOT_FOUND'],
  ])('refuses %s', async (_name, file, code) => {
    await expect(readInputFile(join(dir, file))).rejects.toMatchObject({ code });
  });

  it('reads standard input in chunks and refuses an empty one', async () => {
    const chunks = [Buffer.from('Киев. '), Buffer.from('Зеленский')];
    await expect(
      readStdin(
        (async function* () {
          yield* chunks;
        })() as never,
      ),
    ).resolves.toMatchObject({
      source: '-',
      text: 'Киев. Зеленский',
    });
    await expect(readStdin((async function* () {})() as never)).rejects.toMatchObject({
      code: 'E_INPUT_EMPTY',
    });
  });
});
