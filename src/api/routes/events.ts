/** GET /events (filters, cursor pagination), GET /entities, GET /dyads/:a/:b. */
import { Hono } from 'hono';
import type { EntityLabel } from '../../core/doc.js';
import type { ApiDeps } from '../deps.js';
import { HttpProblem } from '../problem.js';
import { eventFilters as filters, pageLimit as limit } from './params.js';

const LABELS: readonly string[] = ['PER', 'ORG', 'LOC'];

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
