import { describe, expect, it } from 'vitest';
import { bucketize } from './buckets.js';

const events = [
  { date: '2025-11-17', goldstein: 1 }, // Monday
  { date: '2025-11-20', goldstein: -5 },
  { date: '2025-11-23', goldstein: 3.4 }, // Sunday, same ISO week
  { date: '2025-11-24', goldstein: -2 }, // next Monday
  { date: '2025-12', goldstein: 1 }, // known to the month only
];

describe('bucketize', () => {
  it('sums cooperation and conflict apart per day, with the quiet days in between', () => {
    const days = bucketize(events, 'day');
    expect(days.slice(0, 4)).toEqual([
      { label: '2025-11-17', events: 1, cooperation: 1, conflict: 0 },
      { label: '2025-11-18', events: 0, cooperation: 0, conflict: 0 },
      { label: '2025-11-19', events: 0, cooperation: 0, conflict: 0 },
      { label: '2025-11-20', events: 1, cooperation: 0, conflict: -5 },
    ]);
    expect(days.map((d) => d.label).slice(-3)).toEqual(['2025-11-23', '2025-11-24', '2025-12']);
  });

  it('keeps only the buckets with events over a span too long to fill', () => {
    const far = bucketize(
      [
        { date: '2020-01-01', goldstein: 1 },
        { date: '2025-01-01', goldstein: 1 },
      ],
      'day',
    );
    expect(far.map((d) => d.label)).toEqual(['2020-01-01', '2025-01-01']);
    expect(
      bucketize(
        [
          { date: '2025-01-06', goldstein: 1 },
          { date: '2025-03-03', goldstein: -1 },
        ],
        'month',
      ),
    ).toHaveLength(3);
  });

  it('puts Monday to Sunday in one ISO week', () => {
    expect(bucketize(events, 'week')).toEqual([
      { label: 'week of 2025-11-17', events: 3, cooperation: 4.4, conflict: -5 },
      { label: 'week of 2025-11-24', events: 1, cooperation: 0, conflict: -2 },
      { label: '2025-12', events: 1, cooperation: 1, conflict: 0 },
    ]);
  });

  it('sums per month, a month-only date with its month', () => {
    expect(bucketize(events, 'month')).toEqual([
      { label: '2025-11', events: 4, cooperation: 4.4, conflict: -7 },
      { label: '2025-12', events: 1, cooperation: 1, conflict: 0 },
    ]);
  });
});
