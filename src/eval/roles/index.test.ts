import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { factruFolder } from '../../../test/helpers/factru-fixture.js';
import type { DocumentRecord, EntityRecord, RoleRecord } from '../../core/doc.js';
import { textSpan } from '../../core/span.js';
import { type KnowledgeBase, loadKnowledgeBase } from '../../kb/index.js';
import {
  evaluateRoles,
  formatRolesTable,
  predictedRoles,
  type RolesDocument,
  readRolesDir,
} from './index.js';
import { personMatches } from './match.js';

const FIXTURE = factruFolder(fileURLToPath(new URL('./fixture/', import.meta.url)));

let kb: KnowledgeBase;
let docs: RolesDocument[];
beforeAll(async () => {
  kb = await loadKnowledgeBase();
  docs = readRolesDir(FIXTURE);
});

function entity(text: string, lemma: string, roles: [string, string | null, string][]): EntityRecord {
  const roleRecords: RoleRecord[] = roles.map(([role, country, words]) => {
    const start = text.indexOf(words);
    return { role, country, source: 'text', span: textSpan(text, start, start + words.length) };
  });
  return { id: 'e', label: 'PER', name: lemma, lemma, country: null, roles: roleRecords, kb: null };
}

/** A stand-in extractor: the test states the roles dyad would have found. */
function fakeExtractor(entities: (text: string) => EntityRecord[]) {
  return {
    extract: async (text: string) => ({ entities: entities(text) }) as unknown as DocumentRecord,
  };
}

describe('factRuEval Occupation facts', () => {
  it('reads Who, Position spans and Where through coref and spans', () => {
    expect(docs.map((d) => d.id)).toEqual(['book_1']);
    const [first, second, third] = docs[0]?.occupations ?? [];
    expect(first).toMatchObject({ surname: 'Такаичи', where: 'Япония' });
    expect(first?.positions.map((p) => p.text)).toEqual(['Премьер-министр']);
    expect(second).toMatchObject({ surname: 'Петров', where: 'завод' });
    expect(third).toMatchObject({ surname: 'Иванова', where: null });
    expect(third?.positions[0]?.text).toBe('пресс-секретарь');
  });

  it('keeps only text-stated roles of people', () => {
    const text = 'Премьер-министр Японии Санаэ Такаичи.';
    const record = {
      entities: [
        entity(text, 'Санаэ Такаичи', [['prime minister', 'JPN', 'Премьер-министр']]),
        { ...entity(text, 'Япония', []), label: 'LOC' },
        { ...entity(text, 'Си Цзиньпин', []), roles: [{ role: 'president', country: 'CHN', source: 'kb' }] },
      ],
    } as unknown as DocumentRecord;
    expect(predictedRoles(record).map((p) => p.lemma)).toEqual(['Санаэ Такаичи']);
  });
});

describe('evaluateRoles', () => {
  it('scores pairs and triples with one-to-one matching and names the error kinds', async () => {
    const extractor = fakeExtractor((text) => [
      entity(text, 'Санаэ Такаичи', [['prime minister', 'JPN', 'Премьер-министр']]),
      // Right person and position, wrong country: a pair hit, a triple miss.
      entity(text, 'Иван Петров', [['director', 'RUS', 'Директор']]),
      // A role the gold does not hold.
      entity(text, 'Олег Сидоров', [['minister', null, 'министр Олег']]),
    ]);
    const report = await evaluateRoles(docs, extractor, kb);
    expect(report.gold).toBe(3);
    expect(report.predicted).toBe(3);
    expect(report.pair).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.pair.f1).toBeCloseTo(2 / 3);
    expect(report.triple).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(report.errors.map((e) => e.kind).sort()).toEqual(['person not found', 'person not in gold']);
    expect(formatRolesTable(report, false)).toMatch(/\(person, position\)\s+66\.7\s+66\.7\s+66\.7/);
  });

  it('matches another mention of the same post by stem and a country-less place by null', async () => {
    const extractor = fakeExtractor((text) => [
      entity(text, 'Иван Петров', [['director', null, 'Директор']]),
      entity(text, 'Анна Иванова', [['spokesperson', null, 'пресс-секретарь']]),
    ]);
    const report = await evaluateRoles(docs, extractor, kb);
    expect(report.pair).toMatchObject({ tp: 2, fp: 0, fn: 1 });
    expect(report.triple).toMatchObject({ tp: 2 });
    expect(report.pair.precision).toBe(1);
  });

  it('does not match a role to a person with another surname', async () => {
    const extractor = fakeExtractor((text) => [
      entity(text, 'Олег Такаев', [['prime minister', 'JPN', 'Премьер-министр']]),
    ]);
    const report = await evaluateRoles(docs, extractor, kb);
    expect(report.pair.tp).toBe(0);
    expect(report.errors.map((e) => e.kind)).toContain('person not in gold');
  });
});

describe('person matching', () => {
  const gold = { id: '1', who: 'Ле Пен Марин', surname: 'Ле Пен', positions: [], where: null };
  const predicted = (lemma: string) => ({
    words: lemma.toLowerCase().split(' '),
    lemma,
    role: { role: 'leader', country: null, source: 'text' as const, span: textSpan('лидер', 0, 5) },
  });

  it('matches a surname of several words as a run of the lemma words', () => {
    expect(personMatches(gold, predicted('Марин Ле Пен'))).toBe(true);
    expect(personMatches(gold, predicted('Марин Пен'))).toBe(false);
  });

  it('forgives one final letter of a declined foreign surname, not a different name', () => {
    const maehara = { ...gold, surname: 'Маехара' };
    expect(personMatches(maehara, predicted('Сейджи Маехары'))).toBe(true);
    expect(personMatches({ ...gold, surname: 'Брайз' }, predicted('Мэтью Брайза'))).toBe(true);
    expect(personMatches({ ...gold, surname: 'Филатов' }, predicted('Влад Филат'))).toBe(false);
    expect(personMatches({ ...gold, surname: 'Кан' }, predicted('Оливер Кант'))).toBe(false);
  });
});
