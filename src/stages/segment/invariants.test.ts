import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../core/doc.js';
import { segment } from './index.js';

function assertConsistent(text: string, lang: Lang): void {
  const { sentences, tokens } = segment(text, lang);
  let prevEnd = 0;
  for (const s of sentences) {
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeGreaterThan(s.start);
    const slice = text.slice(s.start, s.end);
    expect(slice.trim()).toBe(slice);
    prevEnd = s.end;
  }
  let tokenEnd = 0;
  for (const t of tokens) {
    expect(t.text).toBe(text.slice(t.start, t.end));
    expect(t.start).toBeGreaterThanOrEqual(tokenEnd);
    // only "10 000"-style numbers hold a space
    if (t.kind !== 'number') expect(t.text).not.toMatch(/\s/);
    const sentence = sentences[t.sentence];
    expect(sentence).toBeDefined();
    if (sentence === undefined) return;
    expect(t.start).toBeGreaterThanOrEqual(sentence.start);
    expect(t.end).toBeLessThanOrEqual(sentence.end);
    expect(t.spaceBefore).toBe(t.start === 0 || t.start > tokenEnd);
    tokenEnd = t.end;
  }
  // every non-space character is covered by some token
  const visible = (s: string): number => s.replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '').length;
  expect(tokens.reduce((n, t) => n + visible(t.text), 0)).toBe(visible(text));
}

const ARTICLES: [Lang, string][] = [
  [
    'ru',
    'Глава МИД РФ С.В. Лавров 5 марта провел переговоры с госсекретарем США.\n\n' +
      '«Мы обсудили ситуацию на Ближнем Востоке, т. е. в Секторе Газа и т.д.», — сказал он. ' +
      'По данным РИА Новости, США выделят Израилю 14 млрд долл. Об этом сообщает RBC.ru… ' +
      'Подробнее: https://ria.ru/20240305/lavrov.html (на рус. яз.).',
  ],
  [
    'uk',
    'Президент України В. Зеленський 12 січня прибув до м. Лондон.\n' +
      'Прем’єр Великої Британії пообіцяв 2,5 млрд фунтів — на 200 млн більше, ніж у 2023 р. ' +
      '"Ми з вами до перемоги", — заявив він. Деталі — у t.me/uapravda 😀👍🏽!',
  ],
  [
    'en',
    "WASHINGTON (AP) — U.S. Secretary of State Antony J. Blinken met Ukraine's foreign minister " +
      'on Tuesday.\r\nThe two discussed a $61 billion aid package, i.e. weapons, ammunition, etc. ' +
      '"It\'s vital," Mr. Blinken said. Read more at www.state.gov/briefings.',
  ],
];

describe('invariants', () => {
  it.each(ARTICLES)('%s article: slices, order, containment', (lang, text) => assertConsistent(text, lang));

  it('hold for random news-like text', () => {
    const pieces = fc.constantFrom(
      'Путин',
      'г.',
      'т. е.',
      'В.',
      '2022',
      '10 000',
      '-',
      ' – ',
      '«',
      '»',
      '"',
      '.',
      '...',
      '?!',
      ' ',
      '\n',
      'прем’єр',
      "з'",
      'U.S.',
      'Mr.',
      'RBC.ru',
      '%',
      '3,5',
      '😀',
      '\u00a0',
      'a',
      'Б',
      ')',
      '(',
    );
    const texts = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, fc.constantFrom<Lang>('ru', 'uk', 'en'), (text, lang) => {
        assertConsistent(text, lang);
      }),
      { numRuns: 500 },
    );
  });

  it('hold for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => assertConsistent(text, 'ru')),
      { numRuns: 300 },
    );
  });
});
