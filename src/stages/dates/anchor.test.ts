import { describe, expect, it } from 'vitest';
import type { DateRecord } from '../../core/doc.js';
import { dateForSpan, datesInSpan } from './anchor.js';

// "В понедельник министры встретились, а 24 октября подписали договор. Вчера посол уехал."
const DATES: DateRecord[] = [
  { start: 0, end: 13, text: 'В понедельник', value: '2025-10-27' },
  { start: 37, end: 47, text: '24 октября', value: '2025-10-24' },
  { start: 69, end: 74, text: 'Вчера', value: '2025-10-28' },
];
const SENTENCE = { start: 0, end: 68 };

describe('dateForSpan', () => {
  it.each([
    ['the date just before the trigger', { start: 14, end: 22 }, '2025-10-27'],
    ['the nearer date after the trigger', { start: 48, end: 57 }, '2025-10-24'],
    ['an overlapping date', { start: 40, end: 47 }, '2025-10-24'],
  ])('%s', (_name, trigger, expected) => {
    expect(dateForSpan(DATES, SENTENCE, trigger)).toBe(expected);
  });

  it('ignores dates outside the sentence', () => {
    expect(dateForSpan(DATES, { start: 69, end: 90 }, { start: 75, end: 80 })).toBe('2025-10-28');
    expect(dateForSpan(DATES, { start: 14, end: 30 }, { start: 20, end: 25 })).toBeNull();
    expect(datesInSpan(DATES, SENTENCE).map((d) => d.text)).toEqual(['В понедельник', '24 октября']);
  });

  it('prefers the date before the trigger on a tie', () => {
    const tie: DateRecord[] = [
      { start: 0, end: 5, text: 'Вчера', value: '2025-10-28' },
      { start: 15, end: 20, text: 'x', value: '2025-10-01' },
    ];
    expect(dateForSpan(tie, { start: 0, end: 20 }, { start: 10, end: 10 })).toBe('2025-10-28');
  });
});
