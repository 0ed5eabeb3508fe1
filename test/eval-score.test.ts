/** Scores, error kinds, gold files and the events runner, with a fake extractor. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, EventRecord } from '../src/core/doc.js';
import { scoreArticles } from '../src/eval/events.js';
import { eventsJson, formatEventsTable } from '../src/eval/format.js';
import { parseGold, parseIndex } from '../src/eval/gold.js';
import type { PredictedEvent } from '../src/eval/match.js';
import { evaluateEvents } from '../src/eval/run-events.js';
import { score } from '../src/eval/score.js';

const TEXT =
  'Япония ввела санкции против России. Президент Украины провел переговоры с премьером Японии. Россия нанесла удар по Киеву.';

function at(quote: string): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(quote);
  return { start, end: start + quote.length, text: quote };
}

function p(
  type: EventRecord['type'],
  source: string,
  target: string | null,
  quote: string,
  modality: EventRecord['modality'] = 'asserted',
): PredictedEvent {
  const actor = (country: string) => ({ entity: null, name: null, country, role: null });
  return {
    type,
    source: actor(source),
    target: target ? actor(target) : null,
    date: '2025-10-24',
    modality,
    negated: false,
    evidence: at(quote),
    rule: 'test',
  };
}

const GOLD = [
  {
    type: 'SANCTION' as const,
    source: { country: 'JPN' },
    target: { country: 'RUS' },
    evidence: 'Япония ввела санкции против России.',
    date: '2025-10-24',
  },
  {
    type: 'CONSULT' as const,
    source: { country: 'UKR' },
    target: { country: 'JPN' },
    evidence: 'Президент Украины провел переговоры с премьером Японии.',
    date: '2025-10-23',
  },
  {
    type: 'ASSAULT' as const,
    source: { country: 'RUS' },
    target: { country: 'UKR' },
    evidence: 'Россия нанесла удар по Киеву.',
  },
];

describe('score', () => {
  it('computes precision, recall and F1, rounding to four places', () => {
    expect(score({ tp: 2, fp: 1, fn: 1 })).toEqual({
      tp: 2,
      fp: 1,
      fn: 1,
      precision: 0.6667,
      recall: 0.6667,
      f1: 0.6667,
    });
    expect(score({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score({ tp: 0, fp: 3, fn: 2 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('scoreArticles', () => {
  const report = scoreArticles([
    {
      id: 'a1',
      lang: 'ru',
      text: TEXT,
      gold: GOLD,
      predicted: [
        p('SANCTION', 'JPN', 'RUS', 'Япония ввела санкции против России.'),
        p('SANCTION', 'JPN', 'RUS', 'Япония ввела санкции против России.'),
        p('CONSULT', 'JPN', 'UKR', 'Президент Украины провел переговоры с премьером Японии.'),
        p('ASSAULT', 'UKR', 'RUS', 'Россия нанесла удар по Киеву.'),
      ],
    },
    {
      id: 'a2',
      lang: 'uk',
      text: 'Текст.',
      gold: [],
      predicted: [p('AID', 'USA', 'UKR', 'Текст.', 'planned')],
    },
  ]);

  it('counts overall, per language and per type', () => {
    expect(report.overall).toMatchObject({ tp: 2, fp: 3, fn: 1 });
    expect(report.byLang.ru).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    expect(report.byLang.uk).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0 });
    expect(report.byType.SANCTION).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(report.byType.ASSAULT).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(Object.keys(report.byType)).toEqual(['AID', 'ASSAULT', 'CONSULT', 'SANCTION']);
  });

  it('requires the gold date in the strict score', () => {
    // The CONSULT prediction has the wrong day.
    expect(report.strict).toMatchObject({ tp: 1, fp: 4, fn: 2 });
  });

  it('lists errors with their kind and evidence', () => {
    const kinds = report.errors.map((e) => `${e.id}:${e.error}:${e.kind}:${e.type}`);
    expect(kinds).toEqual([
      'a1:fp:duplicate:SANCTION',
      'a1:fp:actors:ASSAULT',
      'a1:fn:actors:ASSAULT',
      'a2:fp:spurious:AID',
    ]);
    expect(report.errors[1]?.evidence).toBe('Россия нанесла удар по Киеву.');
    expect(report.errors[1]?.near).toBe('ASSAULT RUS → UKR');
    expect(report.errorKinds).toEqual({
      'fn:actors': 1,
      'fp:actors': 1,
      'fp:duplicate': 1,
      'fp:spurious': 1,
    });
  });

  it('prints tables for people and JSON for programs', () => {
    const table = formatEventsTable(report, true);
    expect(table).toMatch(/^all\s+0\.400\s+0\.667\s+0\.500\s+2\s+3\s+1$/m);
    expect(table).toContain('«Россия нанесла удар по Киеву.»');
    const json = JSON.parse(eventsJson(report, false));
    expect(json.errors).toBeUndefined();
    expect(json.overall.f1).toBe(0.5);
    expect(JSON.parse(eventsJson(report, true)).errors).toHaveLength(4);
  });
});

describe('gold files and the runner', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-eval-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects unknown types and bad dates, naming the line', () => {
    writeFileSync(
      join(dir, 'bad.jsonl'),
      '{"id":"x","events":[]}\n{"id":"y","events":[{"type":"HUG","evidence":"e"}]}\n',
    );
    expect(() => parseGold(join(dir, 'bad.jsonl'))).toThrow(/bad\.jsonl:2: unknown event type "HUG"/);
    writeFileSync(
      join(dir, 'date.jsonl'),
      '{"id":"y","events":[{"type":"AID","evidence":"e","date":"24.10.2025"}]}\n',
    );
    expect(() => parseGold(join(dir, 'date.jsonl'))).toThrow(/not YYYY-MM-DD/);
  });

  it('reads the index, dropping bad dates and unknown languages', () => {
    writeFileSync(
      join(dir, 'idx.jsonl'),
      '{"id":"a","lang":"ru","published":"2025-10-24"}\n{"id":"b","lang":"de","published":"soon"}\n',
    );
    const index = parseIndex(join(dir, 'idx.jsonl'));
    expect(index.get('a')).toMatchObject({ lang: 'ru', published: '2025-10-24' });
    expect(index.get('b')).toMatchObject({ lang: null, published: null });
  });

  it('passes lang and published from index.jsonl beside the gold file to the extractor', async () => {
    writeFileSync(join(dir, 'a1.txt'), TEXT);
    writeFileSync(join(dir, 'gold.jsonl'), `${JSON.stringify({ id: 'a1', events: GOLD })}\n`);
    writeFileSync(join(dir, 'index.jsonl'), '{"id":"a1","lang":"ru","url":null,"published":"2025-10-24"}\n');
    const calls: unknown[] = [];
    const extractor = {
      async extract(text: string, options?: object): Promise<DocumentRecord> {
        calls.push(options);
        const doc = {
          id: 'a1',
          source: 'a1.txt',
          lang: 'ru' as const,
          published: '2025-10-24',
          title: null,
          text,
        };
        const events = [p('SANCTION', 'JPN', 'RUS', 'Япония ввела санкции против России.')] as EventRecord[];
        return { doc, sentences: [], mentions: [], entities: [], events, quotes: [], dates: [] };
      },
    };
    const report = await evaluateEvents({ gold: join(dir, 'gold.jsonl'), texts: dir }, extractor);
    expect(calls).toEqual([{ lang: 'ru', published: '2025-10-24', source: 'a1.txt' }]);
    expect(report.overall).toMatchObject({ tp: 1, fp: 0, fn: 2, precision: 1 });
    await expect(
      evaluateEvents({ gold: join(dir, 'gold.jsonl'), texts: join(dir, 'none') }, extractor),
    ).rejects.toThrow(/no text for gold article a1/);
  });
});
