import { describe, expect, it } from 'vitest';
import { type DateMeaning, parsePublished, resolve } from './calendar.js';

type Case = [
  name: string,
  meaning: DateMeaning,
  published: string | null,
  future: boolean,
  expected: string | null,
];

const CASES: Case[] = [
  ['yesterday across a year', { kind: 'shift', unit: 'day', n: -1 }, '2025-01-01', false, '2024-12-31'],
  ['leap day', { kind: 'shift', unit: 'day', n: 1 }, '2024-02-28', false, '2024-02-29'],
  ['last month in January', { kind: 'period', unit: 'month', n: -1 }, '2025-01-15', false, '2024-12'],
  ['last week across a year', { kind: 'period', unit: 'week', n: -1 }, '2025-01-02', false, '2024-12-23'],
  ['this week on a Sunday', { kind: 'period', unit: 'week', n: 0 }, '2025-11-02', false, '2025-10-27'],
  ['a week ago is a day', { kind: 'shift', unit: 'week', n: -1 }, '2025-10-29', false, '2025-10-22'],
  [
    'December read in early January',
    { kind: 'month', month: 12, yearShift: null },
    '2025-01-03',
    false,
    '2024-12',
  ],
  ['next month, no cue', { kind: 'month', month: 11, yearShift: null }, '2025-10-29', false, '2025-11'],
  [
    'December ahead with a future cue',
    { kind: 'month', month: 12, yearShift: null },
    '2025-10-29',
    true,
    '2025-12',
  ],
  [
    'day-month up to 7 days ahead stays',
    { kind: 'dayMonth', month: 11, day: 3, yearShift: null },
    '2025-10-29',
    false,
    '2025-11-03',
  ],
  [
    'day-month further ahead is last year',
    { kind: 'dayMonth', month: 11, day: 20, yearShift: null },
    '2025-10-29',
    false,
    '2024-11-20',
  ],
  [
    'day-month past with a future cue is next year',
    { kind: 'dayMonth', month: 6, day: 28, yearShift: null },
    '2025-10-29',
    true,
    '2026-06-28',
  ],
  [
    '29 February in a common year',
    { kind: 'dayMonth', month: 2, day: 29, yearShift: null },
    '2025-10-29',
    false,
    null,
  ],
  [
    'Monday on a Monday is that day',
    { kind: 'weekday', weekday: 1, direction: 'recent' },
    '2025-10-27',
    false,
    '2025-10-27',
  ],
  [
    'last Monday on a Monday is a week back',
    { kind: 'weekday', weekday: 1, direction: 'past' },
    '2025-10-27',
    false,
    '2025-10-20',
  ],
  [
    'Friday ahead with a cue',
    { kind: 'weekday', weekday: 5, direction: 'recent' },
    '2025-10-29',
    true,
    '2025-10-31',
  ],
  [
    'next Wednesday on a Wednesday',
    { kind: 'weekday', weekday: 3, direction: 'next' },
    '2025-10-29',
    false,
    '2025-11-05',
  ],
  ['this Sunday', { kind: 'weekday', weekday: 7, direction: 'this' }, '2025-10-29', false, '2025-11-02'],
  [
    'absolute needs no publication date',
    { kind: 'absolute', year: 2025, month: 10, day: 4 },
    null,
    false,
    '2025-10-04',
  ],
  ['relative needs one', { kind: 'shift', unit: 'day', n: -1 }, null, false, null],
];

describe('resolve', () => {
  it.each(CASES)('%s', (_name, meaning, published, future, expected) => {
    expect(resolve(meaning, parsePublished(published), future)).toBe(expected);
  });
});
