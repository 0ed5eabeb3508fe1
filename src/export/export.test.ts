import { describe, expect, it } from 'vitest';
import { makeRecord, SYBIHA, WADEPHUL } from '../../test/helpers/store-records.js';
import type { StoredEvent } from '../store/types.js';
import { csvHeader, csvRow } from './csv.js';
import { GDELT_COLUMNS, gdeltRow } from './gdelt.js';
import { ploverRecord } from './plover.js';
import { cameoQuad } from './quad.js';

const record = makeRecord({
  text: 'Сибіга провів зустріч з Вадефулем у Берліні, сказавши: "Ми обговорили ППО, санкції".',
  lang: 'uk',
  source: 'https://ukrinform.example/3',
  published: '2025-12-02',
  entities: [{ ...SYBIHA, kb: 'Q1000' }, WADEPHUL],
  events: [{ type: 'CONSULT', cameo: '043', goldstein: 2.8, source: 0, target: 1, trigger: 'зустріч' }],
});
const { id: localId, ...fields } = record.events[0] as NonNullable<(typeof record.events)[0]>;
const event: StoredEvent = {
  ...fields,
  id: `abc123-${localId}`,
  localId,
  document: { id: record.doc.id, source: record.doc.source, published: '2025-12-02', title: 'Зустріч' },
  sourceKey: 'kb:Q1000',
  targetKey: 'PER:йоганн вадефуль',
  numArticles: 3,
  numSources: 2,
  numMentions: 4,
};

describe('exports', () => {
  it('writes the 61 GDELT 2.0 columns, filled where known', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    const cells = gdeltRow(event, new Date('2025-12-03T04:05:06Z')).replace(/\n$/, '').split('\t');
    expect(cells).toHaveLength(61);
    const at = (name: string) => cells[GDELT_COLUMNS.indexOf(name)];
    expect([at('SQLDATE'), at('MonthYear'), at('Year'), at('FractionDate')]).toEqual([
      '20251202',
      '202512',
      '2025',
      '2025.9205',
    ]);
    expect([at('Actor1Name'), at('Actor1CountryCode'), at('Actor2CountryCode')]).toEqual([
      'АНДРІЙ СИБІГА',
      'UKR',
      'DEU',
    ]);
    expect([at('EventCode'), at('EventBaseCode'), at('EventRootCode'), at('QuadClass')]).toEqual([
      '043',
      '043',
      '04',
      '1',
    ]);
    expect([at('GoldsteinScale'), at('NumMentions'), at('NumSources'), at('NumArticles')]).toEqual([
      '2.8',
      '4',
      '2',
      '3',
    ]);
    expect([at('DATEADDED'), at('SOURCEURL')]).toEqual(['20251203040506', 'https://ukrinform.example/3']);
  });

  it('writes PLOVER records with actor, recipient, type, quad and citation', () => {
    expect(ploverRecord(event, '1.0.0')).toMatchObject({
      id: 'dyad-abc123-v1',
      date: '2025-12-02',
      actor: [{ code: 'UKR', entity_text: 'Андрій Сибіга', identifier_id: 'Q1000' }],
      recipient: [{ code: 'DEU', entity_text: 'Йоганн Вадефуль' }],
      event: ['CONSULT'],
      quad_code: 1,
      event_text: ['зустріч'],
      link: 'https://ukrinform.example/3',
    });
  });

  it('quotes CSV cells that hold commas and quotes', () => {
    expect(csvHeader().split(',')).toHaveLength(20);
    const row = csvRow(event);
    expect(row).toContain(
      '"Сибіга провів зустріч з Вадефулем у Берліні, сказавши: ""Ми обговорили ППО, санкції""."',
    );
    expect(row.endsWith('\r\n')).toBe(true);
  });

  it.each([
    ['036', 1],
    ['070', 2],
    ['112', 3],
    ['163', 4],
    ['190', 4],
    ['', null],
  ])('CAMEO %s is quad class %s', (cameo, quad) => {
    expect(cameoQuad(cameo)).toBe(quad);
  });
});
