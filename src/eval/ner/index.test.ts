import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { factruFolder } from '../../../test/helpers/factru-fixture.js';
import { countErrorKinds, listErrors } from './errors.js';
import { dropOverlapping, type LabelledSpan, readFactru } from './factru.js';
import { emptyScore, prf, scoreDoc, tokenLabels } from './score.js';

const FIXTURE = factruFolder(fileURLToPath(new URL('./fixture/', import.meta.url)));
const [doc] = readFactru(FIXTURE);
if (!doc) throw new Error('fixture missing');

function at(word: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = doc?.text.indexOf(word, start + 1) ?? -1;
  return { start, end: start + word.length };
}

describe('factRuEval gold spans', () => {
  it('follows the protocol: whole persons, org_name of Org, loc_name of Location and LocOrg', () => {
    const gold = doc.gold.map((s) => [s.label, doc.text.slice(s.start, s.end)]);
    expect(gold).toEqual([
      ['ORG', 'МИД'],
      ['LOC', 'России'],
      ['PER', 'Сергей Лавров'],
      ['LOC', 'Москве'],
      ['ORG', 'Северный поток'],
      ['PER', 'Лавров'],
      ['ORG', 'Кремль'],
    ]);
  });

  it('reads the corpus tokens with their offsets', () => {
    expect(doc.tokens).toHaveLength(25);
    expect(doc.tokens[1]).toEqual(at('МИД'));
  });

  it.each([
    [
      [
        { start: 0, end: 10, label: 'PER' },
        { start: 5, end: 8, label: 'LOC' },
      ],
      [[0, 10]],
    ],
    [
      [
        { start: 5, end: 8, label: 'LOC' },
        { start: 0, end: 4, label: 'ORG' },
      ],
      [
        [0, 4],
        [5, 8],
      ],
    ],
    [
      [
        { start: 0, end: 4, label: 'ORG' },
        { start: 0, end: 9, label: 'PER' },
      ],
      [[0, 9]],
    ],
  ] as [LabelledSpan[], number[][]][])('drops overlapping spans %#', (spans, kept) => {
    expect(dropOverlapping(spans).map((s) => [s.start, s.end])).toEqual(kept);
  });
});

describe('token-level scoring', () => {
  const predicted: LabelledSpan[] = [
    { ...at('Сергей Лавров'), label: 'PER' },
    { ...at('Москве'), label: 'LOC' },
    { ...at('Кремль'), label: 'LOC' },
    { ...at('поток'), label: 'ORG' },
  ];

  it('counts tokens per type', () => {
    const score = scoreDoc(doc.tokens, doc.gold, predicted, emptyScore());
    expect(score.PER).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(score.LOC).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.ORG).toEqual({ tp: 1, fp: 0, fn: 3 });
    expect(prf(score.PER).f1).toBeCloseTo(0.8);
  });

  it('marks every token a span overlaps, even partly', () => {
    const labels = tokenLabels(doc.tokens, [
      { start: at('Москве').start + 2, end: at('Москве').end + 3, label: 'LOC' },
    ]);
    expect(labels.filter((l) => l === 'LOC')).toHaveLength(2);
  });

  it('lists false negatives, false positives and confusions with context', () => {
    const errors = listErrors(doc, doc.gold, predicted);
    const kinds = errors.map((e) => [e.gold, e.predicted, e.text]);
    expect(kinds).toEqual([
      ['ORG', null, 'МИД'],
      ['LOC', null, 'России'],
      ['ORG', null, 'Северный'],
      ['PER', null, 'Лавров'],
      ['ORG', 'LOC', 'Кремль'],
    ]);
    expect(errors[0]?.context).toContain('Глава [МИД] России');
  });

  it('sorts span errors by kind: boundary, type, missed, spurious', () => {
    const kinds = countErrorKinds(doc.gold, [...predicted, { ...at('Глава'), label: 'PER' }]);
    expect(kinds.PER).toEqual({ exact: 1, boundary: 0, type: 0, missed: 1, spurious: 1 });
    expect(kinds.LOC).toEqual({ exact: 1, boundary: 0, type: 0, missed: 1, spurious: 0 });
    expect(kinds.ORG).toEqual({ exact: 0, boundary: 1, type: 1, missed: 1, spurious: 0 });
  });
});
