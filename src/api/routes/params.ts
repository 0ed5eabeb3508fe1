/** Query parameters shared by the routes: event filters and page sizes, checked once. */
import type { EventFilters } from '../../store/types.js';
import { HttpProblem } from '../problem.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SIDES: readonly string[] = ['source', 'target'];

export function eventFilters(query: Record<string, string>): EventFilters {
  for (const key of ['since', 'until']) {
    const value = query[key];
    if (value !== undefined && value !== '' && !DAY.test(value))
      throw new HttpProblem(400, `${key} must be a date as YYYY-MM-DD`);
  }
  if (query.side !== undefined && !SIDES.includes(query.side)) {
    throw new HttpProblem(400, 'side must be source or target (the side of the actor filter)');
  }
  // An empty field of a form means "no filter", not "match the empty string".
  const value = (key: string) => (query[key] === '' ? undefined : query[key]);
  return {
    actor: value('actor'),
    country: value('country'),
    type: value('type'),
    since: value('since'),
    until: value('until'),
    q: value('q'),
    side: value('side') as EventFilters['side'],
  };
}

export function pageLimit(value: string | undefined, fallback: number, max = 1000): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new HttpProblem(400, `limit must be an integer from 1 to ${max}`);
  return n;
}
