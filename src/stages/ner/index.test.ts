import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityLabel } from '../../core/doc.js';
import type { Pipeline } from '../../core/pipeline.js';
import { buildPipeline } from '../../core/pipeline.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import { gazetteerStage } from '../gazetteer/index.js';
import { morphologyStage } from '../morphology/index.js';
import { segmentStage } from '../segment/index.js';
import { combineNames } from './combine.js';
import {
  decodeModels,
  emptyModel,
  encodeModels,
  FEATURE_VERSION,
  NER_MODEL_URL,
  nerStage,
  spansToTags,
  TAGS,
  tagsToSpans,
} from './index.js';
import { knownOrganisations } from './known-names.js';

let pipeline: Pipeline;

beforeAll(async () => {
  const kb = await loadKnowledgeBase([]);
  pipeline = await buildPipeline([segmentStage, morphologyStage, gazetteerStage, nerStage], { kb });
});

function names(text: string): [EntityLabel, string][] {
  const doc = pipeline.run({ text, lang: 'ru', published: null });
  return (doc.layers.ner ?? []).map((s) => [s.label, text.slice(s.start, s.end)]);
}

describe('ner stage (committed Russian model)', () => {
  it.each<[string, [EntityLabel, string][]]>([
    [
      'Президент России Владимир Путин провёл в Кремле встречу с главой «Газпрома» Алексеем Миллером.',
      [
        ['LOC', 'России'],
        ['PER', 'Владимир Путин'],
        ['PER', 'Алексеем Миллером'],
      ],
    ],
    [
      'Министр иностранных дел Франции Жан-Ноэль Барро прибыл в Варшаву на переговоры.',
      [
        ['LOC', 'Франции'],
        ['PER', 'Жан-Ноэль Барро'],
        ['LOC', 'Варшаву'],
      ],
    ],
  ])('%s', (text, expected) => {
    const found = names(text);
    for (const name of expected) expect(found).toContainEqual(name);
  });

  it('finds an organisation in quotes after a descriptor', () => {
    const found = names(
      'Акционеры компании «Северсталь» одобрили сделку, сообщил председатель совета директоров.',
    );
    expect(found).toContainEqual(['ORG', 'Северсталь']);
  });

  it('keeps the lower-case words of a long organisation name', () => {
    const found = names(
      'Министерство сельского хозяйства и продовольствия Белоруссии запретило ввоз польских яблок.',
    );
    expect(found).toContainEqual(['ORG', 'Министерство сельского хозяйства и продовольствия']);
    expect(found).toContainEqual(['LOC', 'Белоруссии']);
    expect(names('Комитет по международным делам Государственной думы одобрил ратификацию.')).toContainEqual([
      'ORG',
      'Комитет по международным делам',
    ]);
  });

  it('never ends a name with a preposition', () => {
    const found = names('Днем ранее в Брюсселе был утвержден новый пакет санкций Евросоюза против России.');
    expect(found).toContainEqual(['ORG', 'Евросоюза']);
    expect(found.every(([, name]) => !/\s(?:против|в|на|и|с)$/u.test(name ?? ''))).toBe(true);
  });

  it('gives spans with token ranges and scores between 0 and 1', () => {
    const text = 'Сергей Лавров встретился в Анкаре с Хаканом Фиданом.';
    const doc = pipeline.run({ text, lang: 'ru', published: null });
    const spans = doc.layers.ner ?? [];
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
      expect(doc.layers.tokens?.[s.tokenStart]?.start).toBe(s.start);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('leaves other languages alone', () => {
    const doc = pipeline.run({
      text: 'Keir Starmer met Emmanuel Macron in Paris.',
      lang: 'en',
      published: null,
    });
    expect(doc.layers.ner).toEqual([]);
  });
});

describe('tags, spans and model files', () => {
  it('turns gold spans into BIO tags and back', () => {
    const text = 'Глава МИД Сергей Лавров';
    const tokens = pipeline.run({ text, lang: 'ru', published: null }).layers.tokens ?? [];
    const gold = [
      { start: 6, end: 9, label: 'ORG' as const },
      { start: 10, end: 23, label: 'PER' as const },
    ];
    const tags = spansToTags(tokens, gold);
    expect([...tags].map((t) => TAGS[t])).toEqual(['O', 'B-ORG', 'B-PER', 'I-PER']);
    expect(tagsToSpans(tags, tokens).map((s) => [s.label, s.start, s.end])).toEqual([
      ['ORG', 6, 9],
      ['PER', 10, 23],
    ]);
  });

  it('round-trips weights through the 16-bit file format', () => {
    const model = emptyModel(4);
    model.weights[3] = 2.5;
    model.weights[10] = -1.25;
    model.transitions[5] = 0.75;
    const { first, second } = decodeModels(encodeModels({ first: model, second: model }));
    expect((first.weights[3] ?? 0) * first.scale).toBeCloseTo(2.5, 3);
    expect((second?.weights[10] ?? 0) * (second?.scale ?? 0)).toBeCloseTo(-1.25, 3);
    expect(first.transitions[5]).toBeCloseTo(0.75);
  });

  it('adds rule mentions only where the tagger found nothing', () => {
    const ner = [{ start: 0, end: 6, label: 'PER' as const }];
    const rules = [
      { start: 0, end: 6, label: 'LOC' as const },
      { start: 10, end: 15, label: 'ORG' as const },
    ];
    expect(combineNames(ner, rules)).toEqual([
      { start: 0, end: 6, label: 'PER' },
      { start: 10, end: 15, label: 'ORG' },
    ]);
  });

  it('ships a model trained on the current features', () => {
    const record = JSON.parse(readFileSync(new URL('ner-ru.json', NER_MODEL_URL), 'utf8')) as {
      features: string;
    };
    expect(record.features).toBe(FEATURE_VERSION);
  });
});

describe('known organisations', () => {
  function known(text: string): string[] {
    const doc = pipeline.run({ text, lang: 'ru', published: null });
    const tokens = doc.layers.tokens ?? [];
    const marks = knownOrganisations(tokens, doc.layers.morphology ?? []);
    const out: string[] = [];
    marks.forEach((m, i) => {
      if (m === 1) out.push(tokens[i]?.text ?? '');
      else if (m === 2) out[out.length - 1] += ` ${tokens[i]?.text}`;
    });
    return out;
  }

  it('finds names in any case form, the longest one first', () => {
    expect(known('Депутаты от «Единой России» и эксперты Газпрома выступили в эфире РИА Новости.')).toEqual([
      'Единой России',
      'Газпрома',
      'РИА Новости',
    ]);
  });

  it('wants a capital: «Яблоко» the party, not «яблоко» the fruit', () => {
    expect(known('Он купил яблоко, а лидер «Яблока» выступил против.')).toEqual(['Яблока']);
  });
});
