import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../core/doc.js';
import { DyadError } from '../core/errors.js';
import type { AnalyzedDoc, Layers } from '../core/layers.js';
import { findNames } from '../stages/gazetteer/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { entryName, type KnowledgeBase, loadKnowledgeBase } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-kb-'));
function userFile(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function names(kb: KnowledgeBase, text: string, lang: Lang): string[] {
  const layers: Partial<Layers> = {};
  const doc: AnalyzedDoc = { text, lang, published: null, layers };
  Object.assign(layers, segmentStage.run(doc, { kb }));
  layers.morphology = (layers.tokens ?? []).map(() => []);
  return findNames(doc, kb).map((m) => m.entry);
}

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

describe('built-in knowledge base', () => {
  it('holds every ISO 3166-1 country and territory', () => {
    const countries = [...kb.entries()].filter((e) => e.kind === 'country' || e.kind === 'territory');
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(countries.every((e) => e.country === e.id)).toBe(true);
  });

  it.each([
    ['JPN', 'Q17', 'Япония', 'Японія', 'Japan'],
    ['UKR', 'Q212', 'Украина', 'Україна', 'Ukraine'],
    ['RUS', 'Q159', 'Россия', 'Росія', 'Russia'],
    ['USA', 'Q30', 'США', 'США', 'United States'],
  ])('%s has its Wikidata id and canonical names', (id, wikidata, ru, uk, en) => {
    expect(kb.get(id)?.wikidata).toBe(wikidata);
    expect([entryName(kb, id, 'ru'), entryName(kb, id, 'uk'), entryName(kb, id, 'en')]).toEqual([ru, uk, en]);
  });

  it('labels organisations ORG and gives them no country', () => {
    expect(kb.get('org:NATO')).toMatchObject({ label: 'ORG', country: null, names: { ru: 'НАТО' } });
    expect(kb.get('city:Kharkiv')).toMatchObject({ label: 'LOC', country: 'UKR' });
    expect(entryName(kb, 'no-such-entry', 'en')).toBeNull();
  });
});

describe('user files', () => {
  it.each([
    ['bad-columns.tsv', ['# comment', 'JPN\tcountry\t-\tQ17\tJapan'], 2, /7 tab-separated columns/],
    ['bad-kind.tsv', ['', 'xx:1\tplanet\t-\t-\tMars\tМарс\tМарс'], 2, /unknown kind/],
    ['bad-country.tsv', ['city:Lyon\tcity\tfr\t-\tLyon\tЛион\tЛіон'], 1, /alpha-3/],
    ['bad-flag.tsv', ['city:Lyon\tcity\tFRA\t-\tLyon[loud]\tЛион\tЛіон'], 1, /unknown flag "loud"/],
    ['bad-wikidata.tsv', ['city:Lyon\tcity\tFRA\t456\tLyon\tЛион\tЛіон'], 1, /Q-id/],
    [
      'orphan-form.tsv',
      ['ATL\tadjective\t-\t-\tAtlantean\tатлантский\tатлантський'],
      1,
      /unknown entry "ATL"/,
    ],
  ])('%s is rejected with E_KB naming file and line', async (name, lines, line, message) => {
    const path = userFile(name, lines);
    const error = await loadKnowledgeBase([path]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DyadError);
    expect((error as DyadError).code).toBe('E_KB');
    expect((error as DyadError).message).toContain(`${path}:${line}:`);
    expect((error as DyadError).message).toMatch(message);
  });

  it('reports a missing file as E_KB', async () => {
    await expect(loadKnowledgeBase([join(dir, 'absent.tsv')])).rejects.toMatchObject({ code: 'E_KB' });
  });

  it('overrides the cells a row fills and keeps the ones it leaves empty', async () => {
    const path = userFile('override.tsv', [
      'id\tkind\tcountry\twikidata\ten\tru\tuk',
      'JPN\tcountry\t\t\t\tЯпония|Ниппон\t',
      'JPN\tcapital\t-\t-\tTokyo\tТокио|Эдо\tТокіо',
      'org:QUAD2\torganisation\t-\t-\tPacific Four\tТихоокеанская четверка\tТихоокеанська четвірка',
    ]);
    const custom = await loadKnowledgeBase([path]);
    expect(custom.get('JPN')).toMatchObject({ wikidata: 'Q17', names: { en: 'Japan', ru: 'Япония' } });
    expect(names(custom, 'Ниппон и Эдо договорились с Тихоокеанской четверкой.', 'ru')).toEqual([
      'JPN',
      'JPN',
      'org:QUAD2',
    ]);
    expect(names(kb, 'Ниппон и Эдо договорились.', 'ru')).toEqual([]);
  });
});
