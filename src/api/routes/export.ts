/**
 * GET /events/export: every event matching the filters as one CSV or JSONL download, streamed
 * page by page (the same formats as `dyad export`).
 */
import { Hono } from 'hono';
import { exporter } from '../../export/index.js';
import type { ApiDeps } from '../deps.js';
import { HttpProblem } from '../problem.js';
import { eventFilters } from './params.js';

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
} as const;

export function exportRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get('/events/export', (c) => {
    const query = c.req.query();
    const format = query.format ?? 'csv';
    if (format !== 'csv' && format !== 'jsonl') throw new HttpProblem(400, 'format must be csv or jsonl');
    const filters = eventFilters(query);
    const { header, row } = exporter(format, deps.version);
    const events = deps.store.iterateEvents(filters)[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    let started = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!started) {
          started = true;
          if (header) controller.enqueue(encoder.encode(header));
        }
        const next = await events.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(row(next.value)));
      },
      async cancel() {
        await events.return?.();
      },
    });
    return c.body(body, 200, {
      'content-type': FORMATS[format].type,
      'content-disposition': `attachment; filename="dyad-events.${FORMATS[format].extension}"`,
    });
  });
  return app;
}
