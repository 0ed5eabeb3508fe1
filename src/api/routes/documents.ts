/** POST /documents (extract and store; token required), GET /documents/:id, POST /extract. */
import { Hono } from 'hono';
import type { DocumentRecord } from '../../core/doc.js';
import { isDyadError } from '../../core/errors.js';
import { requireToken } from '../auth.js';
import { type DocumentBody, parseDocumentBody } from '../body.js';
import type { ApiDeps } from '../deps.js';
import { HttpProblem, problem } from '../problem.js';

async function readBody(request: Request): Promise<DocumentBody> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new HttpProblem(415, 'send the document as application/json');
  }
  let value: unknown;
  try {
    value = await request.json();
  } catch {
    throw new HttpProblem(400, 'the body is not valid JSON');
  }
  return parseDocumentBody(value);
}

async function extract(deps: ApiDeps, body: DocumentBody): Promise<DocumentRecord> {
  try {
    return await (await deps.extractor()).extract(body.text, {
      lang: body.lang,
      published: body.published,
      source: body.url ?? 'api',
      title: body.title,
    });
  } catch (error) {
    if (isDyadError(error)) throw new HttpProblem(422, error.describe(), `urn:dyad:${error.code}`);
    throw error;
  }
}

export function documentRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.post('/documents', requireToken(deps.token), async (c) => {
    const record = await extract(deps, await readBody(c.req.raw));
    const result = await deps.store.putDocument(record);
    c.header('location', `/documents/${encodeURIComponent(result.id)}`);
    const stored = result.status === 'new' ? record : ((await deps.store.getDocument(result.id)) ?? record);
    return c.json({ ...stored, stored: result }, result.status === 'new' ? 201 : 200);
  });
  app.post('/extract', async (c) => c.json(await extract(deps, await readBody(c.req.raw))));
  app.get('/documents/:id', async (c) => {
    const record = await deps.store.getDocument(c.req.param('id'));
    return record ? c.json(record) : problem(c, 404, `no stored document ${c.req.param('id')}`);
  });
  return app;
}
