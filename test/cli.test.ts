/**
 * The command line as users run it: `node bin/dyad.js` in a child process on temporary files.
 * Needs the compiled dist/ (`npm test` builds before running vitest).
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../src/core/doc.js';
import { createValidator, ROOT } from './helpers/records.js';

const BIN = join(ROOT, 'bin/dyad.js');
const validate = createValidator();
let dir: string;

function dyad(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...options.env },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE_1 =
  'Москва. 14 ноября. Министр иностранных дел России Сергей Лавров в пятницу провел переговоры с главой МИД Турции. ' +
  '«Мы обсудили ситуацию на Ближнем Востоке», – заявил Лавров журналистам.\n';
const ARTICLE_2 =
  'Киев. 3 ноября. Президент Украины Владимир Зеленский в понедельник призвал партнеров ускорить поставки систем ПВО.\n';
const GERMAN =
  'Berlin. Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Der Kanzler sagte, ' +
  'die Entscheidung sei notwendig, und kündigte weitere Gespräche mit den Partnern in der Europäischen Union an.\n';
const CP1251 = Buffer.from([
  0xcf, 0xf0, 0xe5, 0xe7, 0xe8, 0xe4, 0xe5, 0xed, 0xf2, 0x20, 0xef, 0xf0, 0xee, 0xe2, 0xe5, 0xeb, 0x20, 0xef,
  0xe5, 0xf0, 0xe5, 0xe3, 0xee, 0xe2, 0xee, 0xf0, 0xfb, 0x20, 0xe2, 0x20, 0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe5,
  0x2e,
]);

const isRoot = process.getuid?.() === 0;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/main.js')))
    throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
  writeFileSync(join(dir, 'one.txt'), ARTICLE_1);
  writeFileSync(join(dir, 'bom.txt'), `\ufeff${ARTICLE_2}`);
  const news = join(dir, 'news');
  mkdirSync(join(news, 'nested'), { recursive: true });
  writeFileSync(join(news, 'b-good.txt'), ARTICLE_2);
  writeFileSync(join(news, 'a-good.txt'), ARTICLE_1);
  writeFileSync(join(news, 'nested', 'c-cp1251.txt'), CP1251);
  writeFileSync(join(news, 'empty.txt'), '');
  writeFileSync(
    join(news, 'image.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  writeFileSync(
    join(news, 'latin1.txt'),
    Buffer.concat([
      Buffer.from('Der M'),
      Buffer.from([0xfc]),
      Buffer.from('ller sagte, die Stra'),
      Buffer.from([0xdf]),
      Buffer.from('e sei zu.'),
    ]),
  );
  writeFileSync(join(news, 'notes.md'), 'not an article: ignored in folders');
  writeFileSync(join(news, '.hidden.txt'), ARTICLE_1);
  writeFileSync(join(news, 'chinese.txt'), '外交部发言人周一表示，中方支持通过对话解决危机。\n');
  writeFileSync(join(news, 'huge.txt'), '');
  truncateSync(join(news, 'huge.txt'), 11 * 1024 * 1024);
  // As root every file is readable, so an unreadable entry is made with a link that leads nowhere.
  if (isRoot) symlinkSync(join(news, 'gone.txt'), join(news, 'locked.txt'));
  else {
    writeFileSync(join(news, 'locked.txt'), ARTICLE_1);
    chmodSync(join(news, 'locked.txt'), 0o000);
  }
  writeFileSync(join(dir, 'german.txt'), GERMAN);
  writeFileSync(join(dir, 'fifty.txt'), '');
  truncateSync(join(dir, 'fifty.txt'), 50 * 1024 * 1024);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const parseLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as DocumentRecord);

describe('help, version and usage errors', () => {
  it('prints help and the version', () => {
    expect(dyad(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('dyad extract PATH...'),
    });
    expect(dyad(['help', 'extract'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('--format json|jsonl|table'),
    });
    expect(dyad(['extract', '--help']).stdout).toBe(dyad(['help', 'extract']).stdout);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(dyad(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it.each([
    [
      ['extract', 'one.txt', '--frobnicate'],
      /^dyad: unknown option '--frobnicate' for extract \(see 'dyad help extract'\)\n$/,
    ],
    [['frobnicate'], /^dyad: unknown command 'frobnicate' \(see 'dyad --help'\)\n$/],
    [['--frobnicate'], /^dyad: unknown option '--frobnicate'/],
    [['extract'], /needs at least one PATH/],
    [['extract', 'one.txt', '--lang', 'de'], /--lang must be auto, ru, uk, en \(got 'de'\)/],
    [['extract', 'one.txt', '--format', 'xml'], /--format must be json, jsonl, table/],
    [['extract', 'one.txt', '--published', '2025-02-30'], /--published must be a date as YYYY-MM-DD/],
    [['extract', 'one.txt', '--lang'], /option --lang needs a value/],
    [['extract', 'one.txt', '--kb', 'missing.json'], /--kb file not found: missing.json/],
    [['demo', 'extra'], /demo takes no arguments/],
  ])('%j exits 2 with one line', (args, message) => {
    const result = dyad(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });
});

describe('extract', () => {
  it('prints one pretty JSON record for one file, valid against the schema', () => {
    const result = dyad(['extract', 'one.txt', '--published', '2025-11-14']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^\{\n {2}"doc": \{/);
    const record = JSON.parse(result.stdout) as DocumentRecord;
    expect(record.doc).toMatchObject({
      source: 'one.txt',
      lang: 'ru',
      published: '2025-11-14',
      text: ARTICLE_1,
    });
    expect(validate(record)).toEqual([]);
  });

  it('drops a byte-order mark and nothing else', () => {
    const record = JSON.parse(dyad(['extract', 'bom.txt']).stdout) as DocumentRecord;
    expect(record.doc.text).toBe(ARTICLE_2);
  });

  it('prints JSON lines in argument order, and a JSON array when asked', () => {
    const lines = dyad(['extract', 'one.txt', 'bom.txt']);
    expect(lines.code).toBe(0);
    expect(parseLines(lines.stdout).map((r) => r.doc.source)).toEqual(['one.txt', 'bom.txt']);
    const array = JSON.parse(
      dyad(['extract', 'one.txt', 'bom.txt', '--format', 'json']).stdout,
    ) as DocumentRecord[];
    expect(array.map((r) => r.doc.source)).toEqual(['one.txt', 'bom.txt']);
  });

  it('reads standard input from -', () => {
    const result = dyad(['extract', '-', '--lang', 'ru', '--format', 'jsonl'], { input: ARTICLE_2 });
    expect(result.code).toBe(0);
    expect(parseLines(result.stdout)[0]?.doc).toMatchObject({ source: '-', lang: 'ru', text: ARTICLE_2 });
    expect(dyad(['extract', '-'], { input: '' })).toMatchObject({
      code: 1,
      stderr: 'dyad: skipped -: standard input is empty\n',
    });
  });

  it('prints a table for people, without colour when not on a terminal', () => {
    const result = dyad(['extract', 'one.txt', '--format', 'table', '--published', '2025-11-14']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^one\.txt {2}· {2}ru {2}· {2}2025-11-14\n/);
    expect(result.stdout).toMatch(
      /\d+ events? · \d+ entit(y|ies) · \d+ mentions? · \d+ quotes? · \d+ dates?/,
    );
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('goes through a folder in sorted order, skipping bad files with one line each', () => {
    const result = dyad(['extract', 'news', 'missing.txt']);
    expect(result.code).toBe(1);
    const records = parseLines(result.stdout);
    expect(records.map((r) => r.doc.source)).toEqual([
      'news/a-good.txt',
      'news/b-good.txt',
      'news/nested/c-cp1251.txt',
    ]);
    expect(records[2]?.doc.text).toBe('Президент провел переговоры в Москве.');
    for (const record of records) expect(validate(record)).toEqual([]);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toEqual([
      'dyad: skipped news/chinese.txt: the text is not in Russian, Ukrainian or English (dyad reads ru, uk and en; pass --lang to force one)',
      'dyad: skipped news/empty.txt: the file is empty',
      'dyad: skipped news/huge.txt: the file is larger than 10 MB (11 MB); split it into articles',
      'dyad: skipped news/image.txt: the file is binary (it contains NUL bytes), not text',
      'dyad: skipped news/latin1.txt: the file is not valid UTF-8 (bad byte at offset 5) (convert it to UTF-8, e.g. with iconv)',
      isRoot
        ? 'dyad: skipped news/locked.txt: it is a broken symbolic link'
        : 'dyad: skipped news/locked.txt: permission denied',
      'dyad: warning: news/nested/c-cp1251.txt: not valid UTF-8; read as windows-1251 (Cyrillic); convert it to UTF-8 to be sure',
      'dyad: skipped missing.txt: no such file or folder',
      'dyad: 7 of 10 inputs skipped',
    ]);
  });

  it('refuses a 50 MB file without reading it', () => {
    const result = dyad(['extract', 'fifty.txt']);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toBe(
      'dyad: skipped fifty.txt: the file is larger than 10 MB (50 MB); split it into articles\n',
    );
  });

  it('skips a text in a language it does not read (German)', () => {
    const result = dyad(['extract', 'german.txt']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^dyad: skipped german\.txt: the text is not in Russian, Ukrainian or English/,
    );
  });
});

describe('demo', () => {
  it('prints the events of every sample as a table', () => {
    const result = dyad(['demo']);
    expect(result.stdout).toContain('samples/ru/01-zelensky-takaichi-call.txt');
    expect(result.stdout).toMatch(/\d+ events in 6 articles/);
    expect(result.stderr).not.toMatch(/skipped|internal error|\n\s+at /);
  });
});
