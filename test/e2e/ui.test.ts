/**
 * The web UI end to end: a real `dyad serve` over a SQLite store holding the sample articles,
 * driven by Debian's chromium through playwright-core. Expectations come from the store, so the
 * tests check that the pages show what the server holds, whatever the extractor's rules find.
 * Screenshots go to test/e2e/screenshots/ (not committed). Without chromium the tests are skipped
 * with the reason printed.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultWebRoot } from '../../src/api/index.js';
import { loadSampleIndex, SAMPLES_DIR } from '../../src/cli/samples.js';
import { type StartedApi, startApi } from '../../src/cli/serve.js';
import type { DocumentRecord } from '../../src/core/doc.js';
import { createExtractor } from '../../src/extract/index.js';
import { readInputFile } from '../../src/ingest/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store, StoredEvent } from '../../src/store/types.js';

const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

if (!hasChromium) {
  process.stderr.write(
    `\nweb UI end-to-end tests SKIPPED: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set DYAD_CHROMIUM; .ci/run installs it)\n\n`,
  );
}

describe.skipIf(!hasChromium)('web UI in chromium', () => {
  let dir: string;
  let store: Store;
  let server: StartedApi;
  let browser: Browser;
  let page: Page;
  const records: DocumentRecord[] = [];
  /** Console errors of every page: a script error or a refused resource (CSP) is a failure. */
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(defaultWebRoot(), 'index.html'))) {
      throw new Error(`the web UI is not built (no ${defaultWebRoot()}index.html): run npm run build first`);
    }
    dir = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
    store = await openSqliteStore(join(dir, 'dyad.db'));
    const extractor = await createExtractor();
    for (const sample of await loadSampleIndex()) {
      const input = await readInputFile(join(SAMPLES_DIR, sample.file));
      const record = await extractor.extract(input.text, {
        lang: sample.lang,
        published: sample.published,
        title: sample.title,
        source: `samples/${sample.file}`,
      });
      records.push(record);
      await store.putDocument(record);
    }
    server = await startApi(store, '127.0.0.1', 0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Shorter than the test's own timeout, so a missing element fails with playwright's message.
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  /** The newest stored event with both actors: the first row of the start page. */
  async function newestEvent(): Promise<StoredEvent> {
    const { events } = await store.queryEvents({}, null, 50);
    const event = events.find((e) => e.source && e.target && e.sourceKey && e.targetKey);
    if (!event) throw new Error('the samples gave no event with two actors');
    return event;
  }

  it('opens the events table at / with the stored events, and links each to its evidence', async () => {
    await page.goto(`${server.url}/`);
    expect(page.url()).toBe(`${server.url}/ui/`);
    const event = await newestEvent();
    const row = page.locator(`tr[data-event-id="${event.id}"]`);
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain(event.source?.name ?? '');
    expect(text).toContain(event.target?.name ?? '');
    expect(text).toContain(event.cameo);
    expect(text).toContain(`«${event.trigger.text}»`);
    expect(await page.locator('table.events tbody tr').count()).toBe(
      Math.min(50, (await store.queryEvents({}, null, 1000)).events.length),
    );
    await shot('events');

    await row.locator('a.evidence-link').click();
    const evidence = page.locator('article mark.evidence');
    await evidence.waitFor();
    const record = await store.getDocument(event.document.id);
    const local = record?.events.find((e) => e.id === event.localId);
    expect(local).toBeDefined();
    // The highlight covers exactly the evidence: the same characters, no more, no fewer.
    expect(await evidence.count()).toBe(1);
    expect(await evidence.textContent()).toBe(local?.evidence.text);
    // Inside it, the event's trigger is marked as the selected one.
    const selected = await evidence.locator('button.k-trigger.selected').allTextContents();
    expect(selected.join('')).toBe(local?.trigger.text);
    expect(await page.getByTestId('event-details').textContent()).toContain(local?.rule ?? '?');
    // The names' records are reachable without a pointer too: a list beside the text.
    await page.locator('details.names summary').click();
    expect(await page.locator('details.names li').count()).toBe(record?.entities.length);
    await shot('document');
  });

  it('filters the table by type and country', async () => {
    const event = await newestEvent();
    const country = event.source?.country ?? '';
    await page.goto(`${server.url}/ui/#/events`);
    await page.locator('table.events').waitFor();
    await page.getByLabel('Type').selectOption(event.type);
    await page.getByLabel('Country').fill(country);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/type=/);
    const expected = (await store.queryEvents({ type: event.type, country }, null, 50)).events;
    await page.locator('.results[aria-busy="false"]').waitFor();
    const ids = await page
      .locator('table.events tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id')));
    expect(ids).toEqual(expected.map((e) => e.id));
    const csv = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    const body = await (await fetch(`${server.url}${csv}`)).text();
    expect(body.trim().split('\r\n')).toHaveLength(expected.length + 1);
  });

  it('analyses pasted text and renders markup in it as text', async () => {
    const text = [
      'Keir Starmer held talks with Emmanuel Macron in London on Monday, Downing Street said.',
      'The statement quoted the note <script>window.__dyadInjected = 1</script> and a picture tag',
      '<img src="x" onerror="window.__dyadInjected = 2"> that a reader had sent to the newsroom.',
    ].join(' ');
    await page.goto(`${server.url}/ui/#/analyse`);
    await page.getByLabel('Article text').fill(text);
    await page.getByRole('button', { name: 'Analyse' }).click();
    const article = page.locator('article.article-text');
    await article.waitFor();
    expect(await article.textContent()).toBe(text);
    expect(await article.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __dyadInjected?: number }).__dyadInjected)).toBe(
      undefined,
    );
    const record = (await (
      await fetch(`${server.url}/extract`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      })
    ).json()) as DocumentRecord;
    expect(record.events.length).toBeGreaterThan(0);
    // Every name the extractor found is highlighted with its label's colour.
    expect(await article.locator('.k-PER').count()).toBeGreaterThanOrEqual(
      record.mentions.filter((m) => m.label === 'PER').length,
    );
    // Keyboard: focus the last trigger in the text and press Enter; its event is selected.
    const triggerStart = (e: (typeof record.events)[number]) =>
      Math.max(e.trigger.start, ...(e.mentions ?? []).map((m) => m.trigger.start));
    const last = [...record.events].sort((a, b) => triggerStart(b) - triggerStart(a))[0];
    const trigger = article.locator('button.k-trigger').last();
    const pressed = () => trigger.getAttribute('aria-pressed');
    expect(await pressed()).toBe('false');
    await trigger.focus();
    const focused = () => trigger.evaluate((element) => element === element.ownerDocument.activeElement);
    await page.keyboard.press('Enter');
    await expect.poll(pressed).toBe('true');
    // The text is re-wrapped around the evidence; the focus comes back to the trigger, so Enter
    // again unselects it, and once more selects it.
    await expect.poll(focused).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(pressed).toBe('false');
    await expect.poll(focused).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(pressed).toBe('true');
    const details = await page.getByTestId('event-details').textContent();
    expect(details).toContain(last?.cameo ?? '?');
    expect(details).toContain(last?.rule ?? '?');
    await article.locator('.k-PER').first().hover();
    expect(await page.getByTestId('hover-record').first().textContent()).toContain('person');
    await shot('analyse');
  });

  it('draws a dyad timeline and lists its events', async () => {
    const { edges } = await store.network({}, 1);
    const edge = edges[0];
    expect(edge).toBeDefined();
    const dyad = await store.dyad(edge?.source ?? '', edge?.target ?? '');
    await page.goto(
      `${server.url}/ui/#/dyad?a=${encodeURIComponent(edge?.source ?? '')}&b=${encodeURIComponent(edge?.target ?? '')}&by=day`,
    );
    await page.locator('figure.chart svg').waitFor();
    expect(await page.locator('figure.chart rect.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('table.events tbody tr').count()).toBe(dyad.events.length);
    expect(await page.locator('h2').first().textContent()).toContain(dyad.a?.name ?? '?');
    await shot('dyad');
  });

  it('draws the network and lists the events of a chosen edge', async () => {
    await page.goto(`${server.url}/ui/#/network`);
    await page.locator('figure.network svg').waitFor();
    const { edges, nodes } = await store.network({}, 150);
    expect(await page.locator('svg a.node').count()).toBe(nodes.length);
    const top = edges[0];
    const name = (key: string | undefined) => nodes.find((n) => n.key === key)?.name ?? '?';
    const names = [name(top?.source), name(top?.target)];
    const edge = page.locator('g.edge').first();
    expect(names.sort()).toEqual((await edge.getAttribute('data-pair'))?.split('|').sort());
    await edge.focus();
    await page.keyboard.press('Enter');
    const rows = page.locator('.chosen-edge table.events tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe((await store.dyad(top?.source ?? '', top?.target ?? '')).events.length);
    await shot('network');
  });

  it('shows an actor with its knowledge-base offices and its events by side', async () => {
    const [person] = (await store.entities({ label: 'PER', limit: 20 })).filter((e) => e.kb);
    expect(person).toBeDefined();
    await page.goto(`${server.url}/ui/#/actor/${encodeURIComponent(person?.key ?? '')}`);
    await page.getByRole('heading', { level: 1, name: person?.name }).waitFor();
    const asSource = (await store.queryEvents({ actor: person?.key, side: 'source' }, null, 50)).events;
    await page.getByRole('heading', { name: /^As source/ }).waitFor();
    expect(await page.getByRole('heading', { name: /^As source/ }).textContent()).toContain(
      `(${asSource.length}`,
    );
    expect(await page.getByRole('heading', { name: 'Offices (knowledge base)' }).count()).toBe(1);
    await shot('actor');
  });

  it('ran every page without a script error or a refused resource', () => {
    expect(consoleErrors).toEqual([]);
  });
});
