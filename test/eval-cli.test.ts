/**
 * `dyad eval` as users run it: node bin/dyad.js in a child process. Needs the compiled dist/
 * (`npm test` builds before running vitest).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/records.js';

const BIN = join(ROOT, 'bin/dyad.js');
let dir: string;

function dyad(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TEXT =
  'Токио. 14 ноября. Правительство Японии в пятницу ввело новые санкции против России. ' +
  'Ограничения коснулись 40 компаний и банков.\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-eval-cli-'));
  writeFileSync(join(dir, 'a1.txt'), TEXT);
  const gold = {
    id: 'a1',
    events: [
      {
        type: 'SANCTION',
        source: { country: 'JPN' },
        target: { country: 'RUS' },
        date: '2025-11-14',
        evidence: 'Правительство Японии в пятницу ввело новые санкции против России.',
        negated: false,
      },
    ],
  };
  writeFileSync(join(dir, 'gold.jsonl'), `${JSON.stringify(gold)}\n`);
  writeFileSync(join(dir, 'index.jsonl'), '{"id":"a1","lang":"ru","url":null,"published":"2025-11-14"}\n');
  writeFileSync(
    join(dir, 'book_1.txt'),
    'Канцлер Германии Олаф Шольц встретился с президентом Франции Эмманюэлем Макроном.\n',
  );
  writeFileSync(
    join(dir, 'book_1.facts'),
    '1-0 Meeting\nParticipant obj1 Шольц Олаф\nParticipant obj2 Макрон Эмманюэль\n',
  );
  writeFileSync(
    join(dir, 'book_1.coref'),
    '1 10\nfirstname Олаф\nlastname Шольц\n\n2 11\nfirstname Эмманюэль\nlastname Макрон\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dyad eval', () => {
  it('scores events as stable JSON', () => {
    const { code, stdout } = dyad([
      'eval',
      'events',
      '--gold',
      'gold.jsonl',
      '--texts',
      '.',
      '--format',
      'json',
      '--errors',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual([
      'articles',
      'gold',
      'predicted',
      'overall',
      'strict',
      'byLang',
      'strictByLang',
      'byType',
      'errorKinds',
      'errors',
    ]);
    expect(report.articles).toBe(1);
    expect(report.gold).toBe(1);
    expect(report.overall.tp + report.overall.fn).toBe(1);
  });

  it('prints tables for people', () => {
    const { code, stdout } = dyad(['eval', 'events', '--gold', 'gold.jsonl', '--texts', '.']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 articles, 1 gold events/);
    expect(stdout).toMatch(/^by type$/m);
    expect(stdout).toMatch(/^strict \(dates\)\s+\d\.\d{3}/m);
  });

  it('scores factRuEval meetings', () => {
    const { code, stdout } = dyad(['eval', 'meetings', '--factru', '.', '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ documents: 1, meetings: 1 });
    expect(report.score.tp + report.score.fn).toBe(1);
  });

  it.each([
    [['eval'], 2, /Usage: dyad eval events/],
    [['eval', 'people'], 2, /unknown eval subcommand 'people'/],
    [['eval', 'events', '--texts', '.'], 2, /needs --gold FILE and --texts DIR/],
    [
      ['eval', 'events', '--gold', 'gold.jsonl', '--texts', '.', '--format', 'xml'],
      2,
      /--format must be table or json/,
    ],
    [['eval', 'events', '--gold', 'none.jsonl', '--texts', '.'], 1, /cannot read none\.jsonl/],
    [['eval', 'meetings'], 2, /needs --factru DIR/],
  ])('%j exits %i', (args, status, message) => {
    const { code, stdout, stderr } = dyad(args);
    expect(code).toBe(status);
    expect(stdout + stderr).toMatch(message);
  });

  it('has help', () => {
    const { code, stdout } = dyad(['help', 'eval']);
    expect(code).toBe(0);
    expect(stdout).toContain('--factru DIR');
  });
});
