import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DyadError } from '../core/errors.js';
import { personLemma } from '../names/index.js';
import {
  findPerson,
  holderOf,
  type KbEntry,
  type KnowledgeBase,
  loadKnowledgeBase,
  lookupPerson,
  rolesOn,
} from './index.js';

let kb: KnowledgeBase;

function person(name: string): KbEntry {
  const entry = lookupPerson(kb, name);
  if (!entry) throw new Error(`${name} is not in the knowledge base`);
  return entry;
}
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

const dir = mkdtempSync(join(tmpdir(), 'dyad-terms-'));
function userFile(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('holderOf', () => {
  it.each([
    ['prime minister', 'JPN', '2025-11-01', 'Sanae Takaichi'],
    ['prime minister', 'JPN', '2025-10-01', 'Shigeru Ishiba'],
    ['prime minister', 'JPN', '2025-10-21', 'Sanae Takaichi'],
    ['chancellor', 'DEU', '2024-06-01', 'Olaf Scholz'],
    ['head of government', 'DEU', null, 'Friedrich Merz'],
    ['president', 'USA', '2019-03-01', 'Donald Trump'],
    ['president', 'USA', '2023-03-01', 'Joe Biden'],
    ['secretary of state', 'USA', '2022-01-01', 'Antony Blinken'],
    ['foreign minister', 'GBR', '2025-10-01', 'Yvette Cooper'],
    ['defence minister', 'UKR', '2025-08-01', 'Denys Shmyhal'],
    ['head of state', 'GBR', '2021-01-01', 'Elizabeth II'],
    ['head of state', 'GBR', null, 'Charles III'],
    ['secretary general', 'org:NATO', '2020-01-01', 'Jens Stoltenberg'],
    ['secretary general', 'org:UN', null, 'Antonio Guterres'],
    ['president', 'org:EC', '2016-05-01', 'Jean-Claude Juncker'],
  ])('%s of %s on %s is %s', (role, where, date, name) => {
    expect(holderOf(kb, role, where, date)?.names.en).toBe(name);
  });

  it('knows no one before the tables start or for an office they do not list', () => {
    expect(holderOf(kb, 'prime minister', 'UKR', '2010-01-01')).toBeUndefined();
    expect(holderOf(kb, 'prime minister', 'USA', null)).toBeUndefined();
  });
});

describe('rolesOn', () => {
  it('does not give an office to someone whose term ended before the date', () => {
    const kuleba = person('Дмитрий Кулеба');
    expect(rolesOn(kuleba, '2023-05-01').map((r) => r.role)).toEqual(['foreign minister']);
    expect(rolesOn(kuleba, '2025-03-01')).toEqual([]);
    expect(rolesOn(kuleba, null)).toEqual([]);
  });

  it('gives an incumbent the office on a late date and now', () => {
    const sybiha = person('Андрій Сибіга');
    expect(rolesOn(sybiha, '2025-11-01')).toEqual([
      { role: 'foreign minister', country: 'UKR', from: '2024-09-05' },
    ]);
    expect(rolesOn(sybiha, null).map((r) => r.role)).toEqual(['foreign minister']);
  });

  it('follows a person through offices', () => {
    const shmyhal = person('Denys Shmyhal');
    expect(rolesOn(shmyhal, '2024-01-01').map((r) => r.role)).toEqual(['prime minister']);
    expect(rolesOn(shmyhal, '2025-09-01').map((r) => r.role)).toEqual(['defence minister']);
  });
});

describe('person lookup', () => {
  it.each([
    ['Владимира Зеленского', 'ru', 'Volodymyr Zelensky'],
    ['Зеленскому', 'ru', 'Volodymyr Zelensky'],
    ['Володимира Зеленського', 'uk', 'Volodymyr Zelensky'],
    ['Сергею Лаврову', 'ru', 'Sergey Lavrov'],
    ['Урсулы фон дер Ляйен', 'ru', 'Ursula von der Leyen'],
    ['Си Цзиньпином', 'ru', 'Xi Jinping'],
    ['Кира Стармера', 'ru', 'Keir Starmer'],
    ['Мерца', 'ru', 'Friedrich Merz'],
    ['Keir Starmer', 'en', 'Keir Starmer'],
    ['Takaichi', 'en', 'Sanae Takaichi'],
    // Transcriptions other than the table's: Polivanov's "ти", "си", "дз" and "е" for "э".
    ['Такаити', 'ru', 'Sanae Takaichi'],
    ['Синдзо Абе', 'ru', 'Shinzo Abe'],
    ['Фумио Кишида', 'ru', 'Fumio Kishida'],
    ['Мотеги', 'ru', 'Toshimitsu Motegi'],
    ['Пезешкиана', 'ru', 'Masoud Pezeshkian'],
    ['Ісраель Кац', 'uk', 'Israel Katz'],
  ] as const)('%s (%s) is %s', (text, lang, name) => {
    expect(lookupPerson(kb, text, lang)?.names.en).toBe(name);
  });

  it('finds a person by the lemma personLemma builds, as the entities stage calls it', () => {
    const name = personLemma(['Владимира', 'Зеленского'], 'ru');
    expect(findPerson(kb, name.lemma, null)?.wikidata).toBe('Q3874799');
  });

  it('does not guess between two people with one surname', () => {
    // Li Keqiang and Li Qiang: the family name alone names neither.
    expect(findPerson(kb, 'Ли', 'Ли')).toBeUndefined();
    expect(findPerson(kb, 'Ли Цян', 'Цян')?.names.en).toBe('Li Qiang');
    expect(lookupPerson(kb, 'Джонсон Смит')).toBeUndefined();
  });
});

describe('user terms', () => {
  it('closes a built-in term and adds a person with a term', async () => {
    const path = userFile('terms.tsv', [
      'id\tkind\tcountry\twikidata\ten\tru\tuk',
      'per:Doe\tperson\tJPN\t-\tTaro Doe\tТаро Доу\tТаро Доу',
      'person\trole\twhere\tfrom\tto',
      'per:Takaichi\tprime minister\tJPN\t2025-10-21\t2026-03-01',
      'per:Doe\tprime minister\tJPN\t2026-03-02\t',
    ]);
    const custom = await loadKnowledgeBase([path]);
    expect(holderOf(custom, 'prime minister', 'JPN', '2026-04-01')?.names.en).toBe('Taro Doe');
    expect(holderOf(custom, 'prime minister', 'JPN', '2025-12-01')?.names.en).toBe('Sanae Takaichi');
    expect(holderOf(kb, 'prime minister', 'JPN', '2026-04-01')?.names.en).toBe('Sanae Takaichi');
  });

  it.each([
    [['person\trole\twhere\tfrom\tto', 'per:Nobody\tpresident\tFRA\t2020-01-01\t'], 2, /unknown person/],
    [['person\trole\twhere\tfrom\tto', 'per:Merz\tchancellor\tDE\t2025-05-06\t'], 2, /alpha-3/],
    [['person\trole\twhere\tfrom\tto', 'per:Merz\tchancellor\tDEU\t6.5.2025\t'], 2, /YYYY-MM-DD/],
    [['person\trole\twhere\tfrom\tto', '', 'per:Merz\tchancellor\tDEU\t2025-05-06\t2024-01-01'], 3, /before/],
    [['person\trole\twhere\tfrom\tto', 'per:Merz\tChancellor\tDEU\t2025-05-06\t'], 2, /lower-case/],
  ])('rejects a bad term row with E_KB naming file and line', async (lines, line, message) => {
    const path = userFile(`bad-${line}-${String(message).length}.tsv`, lines);
    const error = await loadKnowledgeBase([path]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DyadError);
    expect((error as DyadError).message).toContain(`${path}:${line}:`);
    expect((error as DyadError).message).toMatch(message);
  });
});
