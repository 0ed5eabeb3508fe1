import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../src/core/doc.js';
import { createExtractor, type Extractor } from '../src/extract/index.js';
import { createValidator, loadSamples, readSample } from './helpers/records.js';
import { checkReferences, checkSpans, collectSpans } from './helpers/spans.js';

const validate = createValidator();
let extractor: Extractor;

beforeAll(async () => {
  extractor = await createExtractor();
});

function problemsOf(record: DocumentRecord): string[] {
  return [...validate(record), ...checkSpans(record), ...checkReferences(record)];
}

describe('records of the shipped samples', () => {
  it.each(loadSamples().map((sample) => [sample.file, sample] as const))('%s', async (_file, sample) => {
    const text = readSample(sample);
    const record = await extractor.extract(text, {
      published: sample.published,
      title: sample.title,
      source: sample.file,
    });
    expect(problemsOf(record)).toEqual([]);
    expect(record.doc.text).toBe(text);
    expect(record.doc.lang).toBe(sample.lang);
    expect(record.sentences.length).toBeGreaterThan(5);
  });
});

describe('the schema catches broken records', () => {
  let good: DocumentRecord;
  beforeAll(async () => {
    good = await extractor.extract('Президент Франции Эммануэль Макрон в понедельник посетил Киев.', {
      lang: 'ru',
      published: '2025-10-20',
      source: 'test',
    });
  });

  const event = {
    id: 'v1',
    type: 'CONSULT',
    mode: 'visit',
    cameo: '042',
    goldstein: 1.9,
    source: { entity: null, name: 'Emmanuel Macron', country: 'FRA', role: 'president' },
    target: null,
    date: '2025-10-20',
    modality: 'asserted',
    negated: false,
    trigger: { start: 0, end: 1, text: 'П' },
    evidence: { start: 0, end: 1, text: 'П' },
    confidence: 0.8,
    rule: 'ru.consult.visit.1',
  };
  const entity = {
    id: 'e1',
    label: 'PER',
    name: 'Emmanuel Macron',
    lemma: 'Эммануэль Макрон',
    country: 'FRA',
    roles: [],
    kb: 'Q3052772',
  };

  const breakages: [string, (r: Record<string, unknown> & DocumentRecord) => void][] = [
    [
      'a missing layer',
      (r) => {
        delete (r as Partial<DocumentRecord>).dates;
      },
    ],
    [
      'an unknown language',
      (r) => {
        (r.doc as { lang: string }).lang = 'de';
      },
    ],
    [
      'a published date that is not a date',
      (r) => {
        r.doc.published = '20.10.2025';
      },
    ],
    [
      'a negative offset',
      (r) => {
        r.sentences.push({ start: -1, end: 3 });
      },
    ],
    [
      'an extra field on a sentence',
      (r) => {
        r.sentences.push({ start: 0, end: 3, text: 'x' } as never);
      },
    ],
    [
      'an unknown event type',
      (r) => {
        r.events.push({ ...event, type: 'HUG' } as never);
      },
    ],
    [
      'an unknown modality',
      (r) => {
        r.events.push({ ...event, modality: 'likely' } as never);
      },
    ],
    [
      'a two-letter country',
      (r) => {
        r.events.push({ ...event, source: { ...event.source, country: 'FR' } } as never);
      },
    ],
    [
      'an event without a rule',
      (r) => {
        const { rule: _r, ...rest } = event;
        r.events.push(rest as never);
      },
    ],
    [
      'a confidence above 1',
      (r) => {
        r.events.push({ ...event, confidence: 1.5 } as never);
      },
    ],
    [
      'a text role without its span',
      (r) => {
        r.entities.push({
          ...entity,
          roles: [{ role: 'president', country: 'FRA', source: 'text' }],
        } as never);
      },
    ],
    [
      'an unknown label',
      (r) => {
        r.entities.push({ ...entity, label: 'GPE' } as never);
      },
    ],
    [
      'a kb id that is not Wikidata',
      (r) => {
        r.entities.push({ ...entity, kb: 'macron' } as never);
      },
    ],
    [
      'a date value in words',
      (r) => {
        r.dates.push({ start: 0, end: 1, text: 'П', value: 'Monday' });
      },
    ],
  ];

  it('accepts the record as produced, and with the sample event and entity added', () => {
    expect(validate(good)).toEqual([]);
    const extended = structuredClone(good);
    extended.events.push(event as never);
    extended.entities.push(entity as never);
    expect(validate(extended)).toEqual([]);
  });

  it.each(breakages)('rejects %s', (_name, breakIt) => {
    const broken = structuredClone(good) as Record<string, unknown> & DocumentRecord;
    breakIt(broken);
    expect(validate(broken)).not.toEqual([]);
  });

  it('the span check sees a text that does not match its offsets', () => {
    const broken = structuredClone(good);
    broken.dates.push({ start: 0, end: 3, text: 'abc', value: '2025' });
    broken.quotes.push({ start: 5, end: 2, text: '', speaker: null, cue: null });
    expect(checkSpans(broken)).toHaveLength(2);
    expect(collectSpans(broken).map((s) => s.path)).toContain('$.quotes[0]');
  });
});

// Realistic pieces of Russian news, mixed at random, plus the characters that break offset
// arithmetic: surrogate pairs, combining marks, CRLF, non-breaking spaces.
const pieces = [
  'Владимир Зеленский',
  'Путин',
  'В. В. Путин',
  'Сергей Лавров',
  'Андрей Сибига',
  'Кая Каллас',
  'Кир Стармер',
  'Фридрих Мерц',
  'Эммануэль Макрон',
  'Санаэ Такаити',
  'Марк Рютте',
  'Дональд Трамп',
  'МИД России',
  'ЕС',
  'НАТО',
  'Киев',
  'Москве',
  'Японии',
  'провел телефонный разговор с',
  'заявил',
  'сообщил',
  'по словам',
  'пригласил посетить',
  'ввел санкции против',
  'осудил удар по',
  'подписали соглашение',
  'в понедельник',
  '24 октября',
  'в середине сентября',
  '2025 года',
  'вчера',
  'т. е.',
  'и т. д.',
  '«',
  '»',
  '„',
  '“',
  '"',
  ' – ',
  ' — ',
  '-',
  ',',
  '.',
  '!',
  '?',
  ':',
  ';',
  '…',
  '(',
  ')',
  '\n',
  '\n\n',
  '\r\n',
  '\u00a0',
  '\t',
  '😀',
  '🇺🇦',
  '👍🏽',
  'й',
  'й',
  'е\u0301',
  '12',
  '3,5',
  '2 млрд',
  '№ 5',
];
const newsText = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '', ' ', '\n')), {
    minLength: 1,
    maxLength: 80,
  })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(''));
const anyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 });
const published = fc.option(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

describe('properties over generated input', () => {
  it('offsets of every span match doc.text on news-like text', async () => {
    await fc.assert(
      fc.asyncProperty(newsText, published, async (text, date) => {
        const record = await extractor.extract(text, { lang: 'ru', published: date, source: 'gen' });
        expect(record.doc.text).toBe(text);
        expect(problemsOf(record)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('offsets of every span match doc.text on arbitrary Unicode', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyText,
        fc.constantFrom('ru', 'uk', 'en') as fc.Arbitrary<'ru' | 'uk' | 'en'>,
        async (text, lang) => {
          const record = await extractor.extract(text, { lang, source: 'gen' });
          expect(problemsOf(record)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
