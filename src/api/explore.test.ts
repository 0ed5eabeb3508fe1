/**
 * The routes the web UI reads (actors, network, export) and the serving of the built UI itself:
 * content types, the redirect of browsers, and no file outside the UI's folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRecord, sampleRecords } from '../../test/helpers/store-records.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/types.js';
import { createApp } from './app.js';
import { listen } from './serve.js';

let dir: string;
let webRoot: string;
let store: Store;
const kb = loadKnowledgeBase();

const build = (root: string | null = webRoot) =>
  createApp({
    store,
    extractor: () => Promise.reject(new Error('these routes do not extract')),
    kb: () => kb,
    webRoot: root,
    token: undefined,
    bodyLimit: 64 * 1024,
    version: '0.0.0-test',
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-explore-'));
  store = await openSqliteStore(join(dir, 'api.db'));
  for (const record of sampleRecords()) await store.putDocument(record);
  await store.putDocument(
    makeRecord({
      text: 'В Госдуме заявили, что Кремль ответит на новые санкции.',
      published: '2025-12-05',
      entities: [
        { name: 'Госдума', label: 'ORG', kb: null, forms: ['Госдуме'] },
        { name: 'Кремль', label: 'ORG', kb: null, forms: ['Кремль'] },
      ],
    }),
  );
  // A stand-in for Vite's output, and a file beside it that must never be served.
  webRoot = join(dir, 'web');
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(
    join(webRoot, 'index.html'),
    '<!doctype html><title>dyad</title><script src="assets/app.js"></script>',
  );
  writeFileSync(join(webRoot, 'assets', 'app-1a2b.js'), 'console.log("dyad");');
  writeFileSync(join(webRoot, 'assets', 'app-1a2b.css'), 'body { color: black }');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

interface EventList {
  events: { source: { name: string } | null; target: { name: string } | null }[];
  next: string | null;
}

describe('GET /actors/:actor', () => {
  it('joins the knowledge base entry with the stored events, split by side', async () => {
    const response = await build().request('/actors/%D0%9B%D0%B0%D0%B2%D1%80%D0%BE%D0%B2%D0%B0'); // Лаврова
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      actor: { key: string; name: string };
      kb: { id: string; roles: { role: string; where: string; from: string; current: boolean }[] };
      asSource: EventList;
      asTarget: EventList;
    };
    expect(body.actor).toMatchObject({ key: 'kb:Q8487', name: 'Сергей Лавров' });
    expect(body.kb.id).toBe('per:Lavrov');
    expect(body.kb.roles).toContainEqual(
      expect.objectContaining({ role: 'foreign minister', where: 'RUS', from: '2004-03-09', current: true }),
    );
    expect(body.asSource.events.map((e) => e.target?.name)).toEqual(['Ван И']);
    expect(body.asTarget.events).toEqual([]);
  });

  it('shows the events where the actor is the target', async () => {
    const body = (await (await build().request('/actors/kb:Q23694')).json()) as {
      actor: { name: string };
      asSource: EventList;
      asTarget: EventList;
    };
    expect(body.actor.name).toBe('Ван И');
    expect(body.asSource.events).toEqual([]);
    expect(body.asTarget.events.map((e) => e.source?.name)).toEqual(['Сергей Лавров']);
  });

  it('finds an entry for an unlinked entity by its whole name, of the same kind only', async () => {
    const entryOf = async (actor: string) =>
      (
        (await (await build().request(`/actors/${encodeURIComponent(actor)}`)).json()) as {
          kb: { id: string } | null;
        }
      ).kb;
    expect((await entryOf('PER:андрій сибіга'))?.id).toBe('per:Sybiha');
    expect((await entryOf('ORG:госдума'))?.id).toBe('body:RUS-Duma');
    // «Кремль» names Russia (a country) in the knowledge base, not an organisation.
    expect(await entryOf('ORG:кремль')).toBeNull();
  });

  it('describes a country the store never saw, with who holds its offices', async () => {
    const body = (await (await build().request('/actors/JPN')).json()) as {
      actor: null;
      kb: { kind: string; names: { en: string }; officeHolders: { role: string }[] };
      asSource: EventList;
    };
    expect(body.actor).toBeNull();
    expect(body.kb).toMatchObject({ kind: 'country', names: { en: 'Japan' } });
    expect(body.kb.officeHolders.map((h) => h.role)).toContain('prime minister');
    expect(body.asSource.events).toEqual([]);
  });

  it('answers an unknown actor with a 404 that says where names come from', async () => {
    const response = await build().request('/actors/Nobody%20Atall');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/GET \/entities/);
  });
});

describe('GET /events with side', () => {
  it('keeps the events where the actor is on the given side', async () => {
    const app = build();
    const asTarget = (await (await app.request('/events?actor=Q23694&side=target')).json()) as EventList;
    expect(asTarget.events.map((e) => e.source?.name)).toEqual(['Сергей Лавров']);
    const asSource = (await (await app.request('/events?actor=Q23694&side=source')).json()) as EventList;
    expect(asSource.events).toEqual([]);
    expect((await app.request('/events?actor=Q23694&side=both')).status).toBe(400);
  });
});

describe('GET /network', () => {
  it('lists actor pairs with counts, names and cooperation', async () => {
    const response = await build().request('/network?until=2025-11-30');
    const network = (await response.json()) as {
      nodes: { key: string; name: string }[];
      edges: { source: string; target: string; events: number; cooperative: number }[];
    };
    expect(network.edges).toEqual([
      expect.objectContaining({ source: 'kb:Q8487', target: 'kb:Q23694', events: 1, cooperative: 1 }),
    ]);
    expect(network.nodes.map((n) => n.name).sort()).toEqual(['Ван И', 'Сергей Лавров']);
    expect((await build().request('/network?type=SANCTION')).status).toBe(200);
    expect((await build().request('/network?limit=0')).status).toBe(400);
    expect((await build().request('/network?since=last-week')).status).toBe(400);
  });
});

describe('GET /events/export', () => {
  it('downloads the whole filtered selection as CSV', async () => {
    const response = await build().request('/events/export?format=csv&country=DEU');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="dyad-events\.csv"/);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Андрій Сибіга');
  });

  it('downloads JSONL, one stored event per line', async () => {
    const response = await build().request('/events/export?format=jsonl');
    const lines = (await response.text()).trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { type: string }).type)).toEqual(['CONSULT', 'CONSULT']);
    expect((await build().request('/events/export?format=xml')).status).toBe(400);
  });
});

describe('the web UI', () => {
  it('sends a browser at / to /ui/ and keeps JSON for API clients', async () => {
    const browser = await build().request('/', { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(browser.status).toBe(302);
    expect(browser.headers.get('location')).toBe('/ui/');
    const client = await build().request('/', { headers: { accept: 'application/json' } });
    expect(await client.json()).toMatchObject({ name: 'dyad', ui: '/ui/' });
    const unbuilt = await build(join(dir, 'missing')).request('/', { headers: { accept: 'text/html' } });
    expect(unbuilt.headers.get('content-type')).toMatch(/json/);
  });

  it('serves the built files with their content types and a strict policy', async () => {
    const app = build();
    const page = await app.request('/ui/');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await page.text()).toContain('<title>dyad</title>');
    const script = await app.request('/ui/assets/app-1a2b.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toMatch(/immutable/);
    expect((await app.request('/ui/assets/app-1a2b.css')).headers.get('content-type')).toMatch(/^text\/css/);
    expect((await app.request('/ui')).headers.get('location')).toBe('/ui/');
  });

  it('says how to build the UI when it is not built', async () => {
    const response = await build(join(dir, 'missing')).request('/ui/');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/npm run build/);
  });

  it.each([
    ['/ui/../secret.txt', 404],
    ['/ui/%2e%2e/secret.txt', 404],
    ['/ui/assets/..%2f..%2fsecret.txt', 404],
    ['/ui/..%5csecret.txt', 404],
    ['/ui//etc/passwd', 404],
    ['/ui/assets/app-1a2b.js', 200],
  ])('serves nothing outside its folder: %s is %i', async (path, expected) => {
    // Over a real socket: fetch() would normalise the dot segments before they reach the server.
    const server = await listen(build(), '127.0.0.1', 0);
    try {
      const { request } = await import('node:http');
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${server.url}${path}`, { path }, (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(expected);
      expect(body).not.toContain('not for the web');
    } finally {
      await server.close();
    }
  });
});
