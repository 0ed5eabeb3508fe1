/**
 * The HTTP API as a Hono app: routes per resource, a body size limit, and every error as
 * problem+json. Built without a socket, so tests call `app.request()` directly.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { isDyadError } from '../core/errors.js';
import type { ApiDeps } from './deps.js';
import { openApiDocument } from './openapi.js';
import { HttpProblem, problem } from './problem.js';
import { actorRoutes } from './routes/actors.js';
import { documentRoutes } from './routes/documents.js';
import { eventRoutes } from './routes/events.js';
import { exportRoutes } from './routes/export.js';
import { networkRoutes } from './routes/network.js';
import { UI_PATH, uiRoutes, wantsUi } from './routes/ui.js';

/** An article is kilobytes; a megabyte leaves room for long reports without inviting abuse. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function createApp(deps: ApiDeps): Hono {
  const app = new Hono();
  app.use(
    '*',
    bodyLimit({
      maxSize: deps.bodyLimit,
      onError: (c) => problem(c, 413, `the body is larger than ${deps.bodyLimit} bytes`),
    }),
  );
  const openapi = openApiDocument(deps.version);
  app.get('/openapi.json', (c) => c.json(openapi));
  app.get('/', (c) =>
    wantsUi(c, deps.webRoot)
      ? c.redirect(UI_PATH)
      : c.json({ name: 'dyad', version: deps.version, openapi: '/openapi.json', ui: UI_PATH }),
  );
  app.route('/', documentRoutes(deps));
  app.route('/', exportRoutes(deps));
  app.route('/', eventRoutes(deps));
  app.route('/', actorRoutes(deps));
  app.route('/', networkRoutes(deps));
  app.route('/', uiRoutes(deps.webRoot));
  app.notFound((c) => problem(c, 404, `no route ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problem(c, error.status, error.detail, error.slug);
    if (isDyadError(error)) return problem(c, 400, error.describe(), `urn:dyad:${error.code}`);
    process.stderr.write(
      `dyad serve: internal error on ${c.req.method} ${c.req.path}: ${error.stack ?? error}\n`,
    );
    return problem(c, 500, 'internal error; the server log has the details');
  });
  return app;
}
