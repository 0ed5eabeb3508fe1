import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAVROV, makeRecord, sampleRecords, WANG } from '../../test/helpers/store-records.js';
import { DyadError } from '../core/errors.js';
import type { Extractor } from '../extract/index.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/types.js';
import { createApp } from './app.js';
import { listen } from './serve.js';

const TOKEN = 'test-token-4f1c';

// A stand-in extractor: the API's behaviour, not the stages', is under test here.
const extractor: Extractor = {
  pipeline: {} as Extractor['pipeline'],
  async extract(text, options = {}) {
    if (text.includes('Guten Tag')) {
      throw new DyadError('E_LANG_UNSUPPORTED', 'the text is not in Russian, Ukrainian or English');
    }
    const record = makeRecord({
      text,
      source: options.source ?? '-',
      published: options.published ?? null,
      title: options.title ?? null,
      entities: [LAVROV, WANG],
      events: [{ type: 'CONSULT', source: 0, target: 1, trigger: 'переговоры' }],
    });
    return record;
  },
};

let dir: string;
let store: Store;
const build = (token: string | undefined, bodyLimit = 64 * 1024) =>
  createApp({
    store,
    extractor: async () => extractor,
    kb: () => Promise.reject(new Error('the knowledge base is not used by these routes')),
    webRoot: null,
    token,
    bodyLimit,
    version: '0.0.0-test',
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-api-'));
  store = await openSqliteStore(join(dir, 'api.db'));
  for (const record of sampleRecords()) await store.putDocument(record);
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ARTICLE = {
  text: 'Лавров провел переговоры с Ван И в Пекине. Министры обсудили визит председателя КНР.',
  url: 'https://news.example/beijing',
  published: '2025-12-10',
};

function post(body: unknown, headers: Record<string, string> = {}) {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

describe('HTTP API', () => {
  it('describes itself at /openapi.json', async () => {
    const response = await build(TOKEN).request('/openapi.json');
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/documents',
        '/extract',
        '/documents/{id}',
        '/events',
        '/entities',
        '/dyads/{a}/{b}',
        '/events/export',
        '/actors/{actor}',
        '/network',
      ]),
    );
  });

  it.each([
    ['no token header', {}, 401],
    ['a wrong token', { authorization: 'Bearer nope' }, 401],
    ['a token of another scheme', { authorization: `Basic ${TOKEN}` }, 401],
  ])('refuses writes with %s', async (_name, headers, status) => {
    const response = await build(TOKEN).request('/documents', post(ARTICLE, headers));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { status: number }).status).toBe(status);
  });

  it('refuses writes when no DYAD_TOKEN is set and says how to set one', async () => {
    const response = await build(undefined).request('/documents', post(ARTICLE));
    expect(response.status).toBe(403);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/DYAD_TOKEN=/);
  });

  it('stores a document once and serves it back', async () => {
    const app = build(TOKEN);
    const auth = { authorization: `Bearer ${TOKEN}` };
    const first = await app.request('/documents', post(ARTICLE, auth));
    expect(first.status).toBe(201);
    const record = (await first.json()) as {
      doc: { id: string; source: string };
      stored: { status: string };
    };
    expect(record.doc.source).toBe(ARTICLE.url);
    const again = await app.request('/documents', post(ARTICLE, auth));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { stored: { status: string } }).stored.status).toBe('duplicate');
    const fetched = await app.request(`/documents/${encodeURIComponent(record.doc.id)}`);
    expect(((await fetched.json()) as { doc: { id: string } }).doc.id).toBe(record.doc.id);
    expect((await app.request('/documents/sha256:none')).status).toBe(404);
  });

  it('extracts without storing and without a token', async () => {
    const text = 'Лавров провел переговоры с Ван И по телефону. Разговор длился час.';
    const response = await build(undefined).request('/extract', post({ text }));
    expect(response.status).toBe(200);
    const record = (await response.json()) as { doc: { id: string }; events: unknown[] };
    expect(record.events).toHaveLength(1);
    expect(await store.hasDocument(record.doc.id)).toBe(false);
  });

  it.each([
    ['not JSON', '{"text": ', {}, 400],
    ['no text', { url: 'x' }, {}, 422],
    ['a bad date', { text: 'Лавров провел переговоры.', published: '10.12.2025' }, {}, 422],
    ['an unsupported language', { text: 'Guten Tag, sagte der Minister.' }, {}, 422],
    ['a form body', 'text=x', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['a body over the limit', { text: 'Лавров. '.repeat(20_000) }, {}, 413],
  ])('answers %s with problem+json', async (_name, body, headers, status) => {
    const response = await build(TOKEN).request('/extract', post(body, headers));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('pages through events with a cursor and filters them', async () => {
    const app = build(TOKEN);
    const first = (await (await app.request('/events?limit=1')).json()) as {
      events: { id: string }[];
      next: string;
    };
    expect(first.events).toHaveLength(1);
    expect(first.next).toEqual(expect.any(String));
    const second = (await (await app.request(`/events?limit=1&cursor=${first.next}`)).json()) as {
      events: { id: string }[];
    };
    expect(second.events[0]?.id).not.toBe(first.events[0]?.id);
    const filtered = (await (
      await app.request('/events?country=DEU&q=%D0%BC%D1%96%D0%BD%D1%96%D1%81%D1%82%D1%80%D0%B8')
    ).json()) as {
      events: { source: { name: string } }[];
      next: null;
    };
    expect(filtered).toMatchObject({ events: [{ source: { name: 'Андрій Сибіга' } }], next: null });
    expect((await app.request('/events?since=yesterday')).status).toBe(400);
    expect((await app.request('/events?cursor=garbage')).status).toBe(400);
  });

  it('lists entities and a dyad with Goldstein sums', async () => {
    const app = build(TOKEN);
    const { entities } = (await (await app.request('/entities?label=PER&q=%D0%B2%D0%B0%D0%BD')).json()) as {
      entities: { key: string }[];
    };
    expect(entities.map((e) => e.key)).toContain('kb:Q23694');
    const dyad = (await (await app.request('/dyads/Q8487/Q23694?until=2025-11-30')).json()) as {
      series: { date: string; events: number; goldstein: number }[];
    };
    expect(dyad.series).toEqual([{ date: '2025-11-20', events: 1, goldstein: 1 }]);
  });

  it('serves over a real socket on 127.0.0.1', async () => {
    const server = await listen(build(TOKEN), '127.0.0.1', 0);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/events?limit=2`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { events: unknown[] }).events).toHaveLength(2);
      const missing = await fetch(`${server.url}/nowhere`);
      expect(missing.headers.get('content-type')).toBe('application/problem+json');
    } finally {
      await server.close();
    }
  });
});
