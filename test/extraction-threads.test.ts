/**
 * `dyad worker`'s extraction threads give the same records as in-process extraction, already
 * prepared for the store (rows, lemma terms, fingerprint), and keep user errors as user errors.
 * Needs the compiled dist/ (`npm test` builds before running vitest).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/records.js';

const dist = (path: string) => pathToFileURL(join(ROOT, 'dist', path)).href;
const { startExtractionThreads } = (await import(
  dist('queue/extraction-threads.js')
)) as typeof import('../src/queue/extraction-threads.js');
const { prepareDocument } = (await import(
  dist('store/prepare.js')
)) as typeof import('../src/store/prepare.js');
const { prepareTerms } = (await import(dist('store/terms.js'))) as typeof import('../src/store/terms.js');
const { createExtractor } = (await import(
  dist('extract/index.js')
)) as typeof import('../src/extract/index.js');

const ARTICLES = [
  'Президент Франции Эмманюэль Макрон в четверг провел телефонный разговор с канцлером Германии Фридрихом Мерцем. Стороны обсудили помощь Украине.',
  'Міністр закордонних справ України Андрій Сибіга зустрівся у Варшаві з польським колегою Радославом Сікорським.',
  'Japan imposed new sanctions on Russia on Friday, freezing the assets of eleven Russian banks, the foreign ministry in Tokyo said.',
];

let threaded: Awaited<ReturnType<typeof startExtractionThreads>>;
beforeAll(async () => {
  threaded = await startExtractionThreads({ threads: 2 });
}, 60_000);
afterAll(() => threaded?.close());

describe('threaded extraction', () => {
  it('gives the same prepared documents as extraction and preparation in the calling thread', async () => {
    const local = await createExtractor();
    await prepareTerms();
    const options = { published: '2025-11-14', source: 'test' };
    const fromThreads = await Promise.all(ARTICLES.map((text) => threaded.extract(text, options)));
    for (const [i, text] of ARTICLES.entries()) {
      expect(fromThreads[i]).toEqual(prepareDocument(await local.extract(text, options)));
    }
    expect(fromThreads.map((prepared) => prepared.record.doc.lang)).toEqual(['ru', 'uk', 'en']);
    expect(fromThreads[2]?.record.events.length).toBeGreaterThan(0);
    // Lemma terms need the dictionaries loaded in the thread: «Германии» is found as «германия».
    expect(fromThreads[0]?.terms).toEqual(expect.arrayContaining(['германии', 'германия']));
  }, 60_000);

  it('passes a refused document back as a user error with its code and hint', async () => {
    const error = await threaded
      .extract('Der Bundestag hat am Donnerstag den Haushalt für das kommende Jahr beschlossen.')
      .catch((e: unknown) => e as { name: string; code: string; hint?: string });
    expect(error).toMatchObject({ name: 'DyadError', code: 'E_LANG_UNSUPPORTED' });
    expect((error as { hint?: string }).hint).toMatch(/--lang/);
  });
});
