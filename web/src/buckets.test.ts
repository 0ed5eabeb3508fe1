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
  it('sums cooperation and conflict apart per day', () => {
    expect(bucketize(events, 'day').slice(0, 2)).toEqual([
      { label: '2025-11-17', events: 1, cooperation: 1, conflict: 0 },
      { label: '2025-11-20', events: 1, cooperation: 0, conflict: -5 },
    ]);
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
