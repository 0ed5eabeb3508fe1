/**
 * The gold sets in test/gold/<lang>: well-formed (every evidence a verbatim quote, every type
 * covered, an index entry per article) and scored with the real extractor above a floor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../src/core/doc.js';
import { type EventsReport, evaluateEvents, parseGold, parseIndex } from '../src/eval/index.js';
import { createExtractor } from '../src/extract/index.js';
import { ROOT } from './helpers/records.js';

// Floors: what the extractor reached, minus about 0.05; raise them as extraction improves.
const SETS = [
  {
    lang: 'ru',
    name: 'Russian',
    articles: 25,
    negated: 10,
    // The Russian set names some sources by title only ("В Кремле заявили").
    roleOnlySource: true,
    floor: { precision: 0.89, recall: 0.86, strictF1: 0.82 },
  },
  {
    lang: 'uk',
    name: 'Ukrainian',
    articles: 12,
    negated: 8,
    roleOnlySource: false,
    floor: { precision: 0.89, recall: 0.9, strictF1: 0.85 },
  },
  {
    lang: 'en',
    name: 'English',
    articles: 12,
    negated: 8,
    roleOnlySource: false,
    floor: { precision: 0.89, recall: 0.85, strictF1: 0.85 },
  },
] as const;

let extractor: Awaited<ReturnType<typeof createExtractor>>;
beforeAll(async () => {
  extractor = await createExtractor();
}, 60_000);

for (const set of SETS) {
  const dir = join(ROOT, 'test/gold', set.lang);
  const goldFile = join(dir, 'gold.jsonl');
  const gold = parseGold(goldFile);
  const index = parseIndex(join(dir, 'index.jsonl'));
  const text = (id: string) => readFileSync(join(dir, `${id}.txt`), 'utf8');

  describe(`the ${set.name} gold set`, () => {
    it(`has at least ${set.articles} articles of 150 to 500 words, each with an index entry`, () => {
      expect(gold.length).toBeGreaterThanOrEqual(set.articles);
      for (const article of gold) {
        const words = text(article.id).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
        expect(words, article.id).toBeGreaterThanOrEqual(150);
        expect(words, article.id).toBeLessThanOrEqual(500);
        expect(index.get(article.id), article.id).toMatchObject({ lang: set.lang });
        expect(index.get(article.id)?.published, article.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(index.size).toBe(gold.length);
    });

    it('quotes every evidence verbatim from its article', () => {
      const missing = gold.flatMap((article) =>
        article.events
          .filter((e) => !text(article.id).includes(e.evidence))
          .map((e) => `${article.id}: ${e.evidence}`),
      );
      expect(missing).toEqual([]);
    });

    it('covers every event type, invitations and negated events', () => {
      const seen = new Set<string>(gold.flatMap((a) => a.events.map((e) => e.type)));
      expect(EVENT_TYPES.filter((t) => !seen.has(t))).toEqual([]);
      expect(seen.has('INVITE')).toBe(true);
      expect(gold.flatMap((a) => a.events).filter((e) => e.negated).length).toBeGreaterThanOrEqual(
        set.negated,
      );
    });

    it('gives every event a source with a country or a name (or a role, where allowed) and a valid date', () => {
      for (const article of gold) {
        for (const event of article.events) {
          const source = event.source;
          expect(
            Boolean(source?.country || source?.name || (set.roleOnlySource && source?.role)),
            `${article.id} ${event.evidence}`,
          ).toBe(true);
          if (event.date) expect(event.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        }
      }
    });
  });

  describe(`the extractor on the ${set.name} gold set`, () => {
    let report: EventsReport;
    beforeAll(async () => {
      report = await evaluateEvents({ gold: goldFile, texts: dir }, extractor);
    }, 60_000);

    it('scores at least the floor', () => {
      expect(report.articles).toBe(gold.length);
      expect(report.overall.precision).toBeGreaterThanOrEqual(set.floor.precision);
      expect(report.overall.recall).toBeGreaterThanOrEqual(set.floor.recall);
      expect(report.strict.f1).toBeGreaterThanOrEqual(set.floor.strictF1);
    });
  });
}
