/**
 * Hand-built document records for the store, export and API tests: they do not depend on the
 * extractor's current rules, so those tests fail only when the store is wrong.
 */
import type { DocumentRecord, EntityRecord, EventRecord, EventType, Lang } from '../../src/core/doc.js';
import { documentId } from '../../src/extract/record.js';

export interface EntitySpec {
  name: string;
  lemma?: string;
  label?: 'PER' | 'ORG' | 'LOC';
  country?: string | null;
  kb?: string | null;
  /** Surface forms in the text that mention it. */
  forms: string[];
}

export interface EventSpec {
  type: EventType;
  cameo?: string;
  goldstein?: number;
  source: number | null;
  target: number | null;
  trigger: string;
  date?: string | null;
}

export interface RecordSpec {
  text: string;
  lang?: Lang;
  source?: string;
  published?: string | null;
  title?: string | null;
  entities?: EntitySpec[];
  events?: EventSpec[];
}

function span(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`'${part}' is not in the text`);
  return { start, end: start + part.length, text: part };
}

export function makeRecord(spec: RecordSpec): DocumentRecord {
  const { text } = spec;
  const entities: EntityRecord[] = (spec.entities ?? []).map((e, i) => ({
    id: `e${i + 1}`,
    label: e.label ?? 'PER',
    name: e.name,
    lemma: e.lemma ?? e.name,
    country: e.country ?? null,
    roles: [],
    kb: e.kb ?? null,
  }));
  const mentions = (spec.entities ?? []).flatMap((e, i) =>
    e.forms.map((form) => ({ ...span(text, form), label: e.label ?? 'PER', entity: `e${i + 1}` })),
  );
  mentions.sort((a, b) => a.start - b.start);
  const actor = (index: number | null) => {
    if (index === null) return null;
    const entity = entities[index];
    if (!entity) throw new Error(`no entity ${index}`);
    return { entity: entity.id, name: entity.name, country: entity.country, role: null };
  };
  const events: EventRecord[] = (spec.events ?? []).map((e, i) => {
    const trigger = span(text, e.trigger);
    return {
      id: `v${i + 1}`,
      type: e.type,
      mode: null,
      cameo: e.cameo ?? '040',
      goldstein: e.goldstein ?? 1,
      source: actor(e.source),
      target: actor(e.target),
      date: e.date ?? spec.published ?? null,
      modality: 'asserted',
      negated: false,
      trigger,
      evidence: { start: 0, end: text.length, text },
      confidence: 0.8,
      rule: 'test',
    };
  });
  return {
    doc: {
      id: documentId(text),
      source: spec.source ?? '-',
      lang: spec.lang ?? 'ru',
      published: spec.published ?? null,
      title: spec.title ?? null,
      text,
    },
    sentences: [{ start: 0, end: text.length }],
    mentions,
    entities,
    events,
    quotes: [],
    dates: [],
  };
}

export const LAVROV: EntitySpec = {
  name: 'Сергей Лавров',
  lemma: 'Сергей Лавров',
  country: 'RUS',
  kb: 'Q8487',
  forms: ['Лавров'],
};
export const WANG: EntitySpec = {
  name: 'Ван И',
  lemma: 'Ван И',
  country: 'CHN',
  kb: 'Q23694',
  forms: ['Ван И'],
};
export const SYBIHA: EntitySpec = {
  name: 'Андрій Сибіга',
  lemma: 'Андрій Сибіга',
  country: 'UKR',
  kb: null,
  forms: ['Сибіга'],
};
export const WADEPHUL: EntitySpec = {
  name: 'Йоганн Вадефуль',
  lemma: 'Йоганн Вадефуль',
  country: 'DEU',
  kb: null,
  forms: ['Вадефулем'],
};

/** The same talks reported by two outlets on consecutive days, and an unrelated Ukrainian report. */
export function sampleRecords(): DocumentRecord[] {
  return [
    makeRecord({
      text: 'Лавров провел переговоры с Ван И в Москве. Стороны обсудили ситуацию на Ближнем Востоке.',
      source: 'https://www.tass.example/politics/1',
      published: '2025-11-20',
      title: 'Лавров и Ван И провели переговоры',
      entities: [
        LAVROV,
        WANG,
        { name: 'Москва', label: 'LOC', country: 'RUS', kb: 'Q649', forms: ['Москве'] },
      ],
      events: [{ type: 'CONSULT', source: 0, target: 1, trigger: 'переговоры' }],
    }),
    makeRecord({
      text: 'Глава МИД России Лавров встретился с Ван И. Министры говорили о торговле и безопасности.',
      source: 'https://ria.example/world/2',
      published: '2025-11-21',
      entities: [LAVROV, WANG],
      events: [{ type: 'CONSULT', source: 0, target: 1, trigger: 'встретился', date: '2025-11-21' }],
    }),
    makeRecord({
      text: 'Сибіга провів зустріч з Вадефулем у Берліні. Міністри обговорили постачання ППО.',
      lang: 'uk',
      source: 'https://ukrinform.example/3',
      published: '2025-12-02',
      entities: [SYBIHA, WADEPHUL],
      events: [{ type: 'CONSULT', source: 0, target: 1, trigger: 'зустріч', goldstein: 1 }],
    }),
  ];
}
