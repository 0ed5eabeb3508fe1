/** GET /events (filters, cursor pagination), GET /entities, GET /dyads/:a/:b. */
import { Hono } from 'hono';
import type { EntityLabel } from '../../core/doc.js';
import type { EventFilters } from '../../store/types.js';
import type { ApiDeps } from '../deps.js';
import { HttpProblem } from '../problem.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LABELS: readonly string[] = ['PER', 'ORG', 'LOC'];

function filters(query: Record<string, string>): EventFilters {
  for (const key of ['since', 'until']) {
    const value = query[key];
    if (value !== undefined && !DAY.test(value))
      throw new HttpProblem(400, `${key} must be a date as YYYY-MM-DD`);
  }
  return {
    actor: query.actor,
    country: query.country,
    type: query.type,
    since: query.since,
    until: query.until,
    q: query.q,
  };
}

function limit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new HttpProblem(400, 'limit must be an integer from 1 to 1000');
  return n;
}

export function eventRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get('/events', async (c) => {
    const query = c.req.query();
    const page = await deps.store.queryEvents(filters(query), query.cursor ?? null, limit(query.limit, 50));
    return c.json(page);
  });
  app.get('/entities', async (c) => {
    const query = c.req.query();
    if (query.label !== undefined && !LABELS.includes(query.label)) {
      throw new HttpProblem(400, 'label must be PER, ORG or LOC');
    }
    const entities = await deps.store.entities({
      q: query.q,
      label: query.label as EntityLabel | undefined,
      country: query.country,
      limit: limit(query.limit, 100),
    });
    return c.json({ entities });
  });
  app.get('/dyads/:a/:b', async (c) => {
    const query = c.req.query();
    return c.json(await deps.store.dyad(c.req.param('a'), c.req.param('b'), filters(query)));
  });
  return app;
}
