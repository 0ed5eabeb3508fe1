/** GET /network: actors as nodes, the events between each pair as an edge, under the event filters. */
import { Hono } from 'hono';
import type { ApiDeps } from '../deps.js';
import { eventFilters, pageLimit } from './params.js';

export function networkRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get('/network', async (c) => {
    const query = c.req.query();
    return c.json(await deps.store.network(eventFilters(query), pageLimit(query.limit, 150, 1000)));
  });
  return app;
}
