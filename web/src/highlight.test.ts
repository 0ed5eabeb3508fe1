import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from './api.js';
import { marksOf, segment } from './highlight.js';

const TEXT = 'Лавров провел переговоры с Ван И в Пекине. «Мы договорились», — сказал Лавров 3 декабря.';
const at = (part: string, from = 0) => {
  const start = TEXT.indexOf(part, from);
  return { start, end: start + part.length, text: part };
};

const record = {
  doc: { id: 'x', source: '-', lang: 'ru', published: null, title: null, text: TEXT },
  sentences: [],
  mentions: [
    { ...at('Лавров'), label: 'PER', entity: 'e1' },
    { ...at('Ван И'), label: 'PER', entity: 'e2' },
    { ...at('Пекине'), label: 'LOC', entity: 'e3' },
    { ...at('Лавров', 10), label: 'PER', entity: 'e1' },
  ],
  entities: [],
  events: [
    {
      id: 'v1',
      trigger: at('переговоры'),
      evidence: at('Лавров провел переговоры с Ван И в Пекине.'),
      mentions: [{ trigger: at('договорились'), evidence: at('«Мы договорились»') }],
    },
  ],
  quotes: [{ ...at('«Мы договорились»'), speaker: 'e1', cue: at('сказал') }],
  dates: [{ ...at('3 декабря'), value: '2025-12-03' }],
} as unknown as DocumentRecord;

describe('segment', () => {
  const marks = marksOf(record);

  it('cuts the text at every boundary without losing or repeating a character', () => {
    const segments = segment(TEXT.length, marks, null);
    const pieces = segments.flatMap((s) => s.pieces);
    expect(pieces.map((p) => TEXT.slice(p.start, p.end)).join('')).toBe(TEXT);
    const trigger = pieces.find((p) => TEXT.slice(p.start, p.end) === 'переговоры');
    expect(trigger?.marks.map((m) => m.kind)).toEqual(['trigger']);
  });

  it('lets a piece carry every span over it: a repeated trigger inside a quote', () => {
    const pieces = segment(TEXT.length, marks, null).flatMap((s) => s.pieces);
    const inQuote = pieces.find((p) => TEXT.slice(p.start, p.end) === 'договорились');
    expect(inQuote?.marks.map((m) => m.kind).sort()).toEqual(['quote', 'trigger']);
  });

  it('groups exactly the evidence into one segment, whatever spans cross it', () => {
    const evidence = at('Лавров провел переговоры с Ван И в Пекине.');
    // A quote that starts inside the evidence and ends after it must not widen it.
    const crossing = [
      ...marks,
      { kind: 'quote' as const, start: evidence.end - 7, end: evidence.end + 5, index: 9 },
    ];
    const segments = segment(TEXT.length, crossing, evidence);
    const chosen = segments.filter((s) => s.evidence);
    expect(chosen).toHaveLength(1);
    const pieces = chosen[0]?.pieces ?? [];
    expect(TEXT.slice(pieces[0]?.start, pieces.at(-1)?.end)).toBe(evidence.text);
  });
});
