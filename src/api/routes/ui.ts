/**
 * The web UI: the files Vite built into dist/web, served under /ui/ (a browser asking for / is
 * sent there; API clients still get JSON at /). Only files inside that folder are served: the
 * static handler refuses dot segments, encoded separators and backslashes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { problem } from '../problem.js';

/** dist/web of this package: three levels up from both src/api/routes and dist/api/routes. */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL('../../../dist/web/', import.meta.url));
}

export const UI_PATH = '/ui/';

/** No inline script, nothing from another origin: article text can never become code. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function uiIsBuilt(webRoot: string | null): webRoot is string {
  return webRoot !== null && existsSync(join(webRoot, 'index.html'));
}

/** A browser (which asks for HTML) at / goes to the UI when there is one. */
export function wantsUi(c: Context, webRoot: string | null): boolean {
  return (c.req.header('accept') ?? '').includes('text/html') && uiIsBuilt(webRoot);
}

export function uiRoutes(webRoot: string | null): Hono {
  const app = new Hono();
  app.get('/ui', (c) => c.redirect(UI_PATH, 301));
  app.use('/ui/*', async (c, next) => {
    if (!uiIsBuilt(webRoot)) {
      return problem(c, 404, 'the web UI is not built: run `npm run build` in the dyad folder, then restart');
    }
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    // Vite puts a content hash in every asset's name, so assets never change; index.html may.
    c.res.headers.set(
      'cache-control',
      c.req.path.startsWith('/ui/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  });
  // Made on first use: the handler complains on stderr about a root that is not built yet.
  let files: MiddlewareHandler | undefined;
  app.get('/ui/*', (c, next) => {
    files ??= serveStatic({
      root: webRoot ?? '',
      rewriteRequestPath: (path) => path.slice(UI_PATH.length - 1),
    });
    return files(c, next);
  });
  return app;
}
