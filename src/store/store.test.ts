/**
 * One suite, run against every implementation: SQLite in a temporary folder and PostgreSQL in a
 * schema of its own (DATABASE_URL, else a throwaway embedded server).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres } from '../../test/helpers/postgres.js';
import { LAVROV, makeRecord, sampleRecords, WANG } from '../../test/helpers/store-records.js';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

interface Opened {
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

const IMPLEMENTATIONS: [string, () => Promise<Opened>][] = [
  [
    'sqlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
      return {
        open: () => openSqliteStore(join(dir, 'nested', 'dyad.db')),
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  ],
  [
    'postgres',
    async () => {
      const server = await startTestPostgres();
      return { open: () => openPostgresStore(server.url, { schema: server.schema }), cleanup: server.stop };
    },
  ],
];

const WIRE = `Москва, 3 декабря. Министр иностранных дел России Сергей Лавров в среду провел переговоры
с министром иностранных дел Китая Ван И. Стороны обсудили ситуацию на Ближнем Востоке, торговлю,
поставки энергоносителей и подготовку визита председателя КНР в Россию в следующем году.
Лавров заявил, что Москва и Пекин выступают против односторонних санкций и будут координировать
действия в Совете Безопасности ООН. Ван И подчеркнул, что Китай ценит доверие между странами.
По словам источника в делегации, отдельно обсуждались расчеты в национальных валютах, строительство
нового газопровода и сотрудничество в Арктике. Следующий раунд консультаций намечен на весну.
Встреча продолжалась более трех часов и завершилась совместной пресс-конференцией министров.`;

describe.each(IMPLEMENTATIONS)('%s store', (_name, setUp) => {
  let opened: Opened;
  let store: Store;
  const records = sampleRecords();

  beforeAll(async () => {
    opened = await setUp();
    store = await opened.open();
    for (const record of records) await store.putDocument(record);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await opened?.cleanup();
  });

  it('stores a document once: the same id again is a duplicate and writes nothing', async () => {
    const before = await store.counts();
    const again = await store.putDocument(records[0] as (typeof records)[0]);
    expect(again).toMatchObject({ status: 'duplicate', events: 0 });
    expect(await store.counts()).toEqual(before);
    expect(before).toMatchObject({ documents: 3, events: 3 });
  });

  it('gives back the record it stored', async () => {
    const first = records[0];
    expect(await store.getDocument(first?.doc.id ?? '')).toEqual(first);
    expect(await store.getDocument('sha256:0000')).toBeNull();
    expect(await store.hasDocument(first?.doc.id ?? '')).toBe(true);
  });

  it('merges the same talks reported by two outlets a day apart into one event', async () => {
    const { events, next } = await store.queryEvents({});
    expect(next).toBeNull();
    expect(events.map((e) => [e.type, e.source?.name, e.numArticles, e.numSources])).toEqual([
      ['CONSULT', 'Андрій Сибіга', 1, 1],
      ['CONSULT', 'Сергей Лавров', 2, 2],
    ]);
    expect(events[1]).toMatchObject({
      sourceKey: 'kb:Q8487',
      targetKey: 'kb:Q23694',
      document: { source: 'https://www.tass.example/politics/1', published: '2025-11-20' },
      trigger: { text: 'переговоры' },
    });
  });

  it.each([
    ['an actor by name, any case', { actor: 'сергей лавров' }, ['Сергей Лавров']],
    ['an actor by knowledge-base id', { actor: 'Q23694' }, ['Сергей Лавров']],
    ['an actor by stored key', { actor: 'kb:Q23694' }, ['Сергей Лавров']],
    ['an actor without a kb id', { actor: 'Андрій Сибіга' }, ['Андрій Сибіга']],
    ['a country', { country: 'deu' }, ['Андрій Сибіга']],
    ['a type', { type: 'consult' }, ['Андрій Сибіга', 'Сергей Лавров']],
    ['another type', { type: 'SANCTION' }, []],
    ['a period', { since: '2025-11-01', until: '2025-11-20' }, ['Сергей Лавров']],
    ['an inclusive end', { until: '2025-12-02' }, ['Андрій Сибіга', 'Сергей Лавров']],
    ['words in any form', { q: 'Москвы' }, ['Сергей Лавров']],
    ['an unknown actor', { actor: 'Nobody' }, []],
  ])('filters events by %s', async (_label, filters, names) => {
    const { events } = await store.queryEvents(filters);
    expect(events.map((e) => e.source?.name)).toEqual(names);
  });

  it.each([
    ['«Москвы» finds «Москве»', 'Москвы', 1],
    ['an inflected noun', 'переговорами', 1],
    ['an inflected surname', 'Лаврова', 2],
    ['all words must match', 'Лавров торговле', 1],
    ['a Ukrainian word', 'Сибіга', 1],
    ['nothing', 'землетрясение', 0],
  ])('searches lemmas: %s', async (_label, q, count) => {
    expect(await store.search(q)).toHaveLength(count);
  });

  it('lists entities by the number of documents', async () => {
    const entities = await store.entities({ q: 'лавров' });
    expect(entities).toEqual([
      expect.objectContaining({ key: 'kb:Q8487', name: 'Сергей Лавров', country: 'RUS', documents: 2 }),
    ]);
    expect((await store.entities({ label: 'LOC' })).map((e) => e.name)).toEqual(['Москва']);
  });

  it('gives a dyad over time with Goldstein sums, both directions', async () => {
    const dyad = await store.dyad('Ван И', 'Q8487');
    expect(dyad.a?.name).toBe('Ван И');
    expect(dyad.b?.name).toBe('Сергей Лавров');
    expect(dyad.series).toEqual([{ date: '2025-11-20', events: 1, goldstein: 1 }]);
  });

  it.each([
    ['source', 'Q8487', ['Сергей Лавров']],
    ['target', 'Q8487', []],
    ['target', 'Ван И', ['Сергей Лавров']],
    ['source', 'Ван И', []],
  ] as const)('keeps only events where the actor is the %s (%s)', async (side, actor, names) => {
    const { events } = await store.queryEvents({ actor, side });
    expect(events.map((e) => e.source?.name)).toEqual(names);
  });

  it('finds the stored entity an actor argument names', async () => {
    expect(await store.entity('Лаврова')).toMatchObject({ key: 'kb:Q8487', documents: 2 });
    expect(await store.entity('PER:андрій сибіга')).toMatchObject({ name: 'Андрій Сибіга' });
    expect(await store.entity('Nobody')).toBeNull();
    expect(await store.entity('  ')).toBeNull();
  });

  it('sums events per actor pair into a network, filtered like the event list', async () => {
    const network = await store.network({ until: '2025-12-31' });
    expect(network.edges).toEqual([
      {
        source: 'PER:андрій сибіга',
        target: 'PER:йоганн вадефуль',
        events: 1,
        goldstein: 1,
        cooperative: 1,
        conflictual: 0,
      },
      {
        source: 'kb:Q8487',
        target: 'kb:Q23694',
        events: 1,
        goldstein: 1,
        cooperative: 1,
        conflictual: 0,
      },
    ]);
    expect(network.nodes.map((n) => [n.name, n.country, n.events]).sort()).toEqual([
      ['Андрій Сибіга', 'UKR', 1],
      ['Ван И', 'CHN', 1],
      ['Йоганн Вадефуль', 'DEU', 1],
      ['Сергей Лавров', 'RUS', 1],
    ]);
    expect((await store.network({ country: 'DEU' })).edges).toHaveLength(1);
    expect((await store.network({ since: '2026-01-01' })).edges).toEqual([]);
  });

  it('pages with a cursor, newest first, without gaps or repeats', async () => {
    // Two days apart, so that the merging of reports a day apart leaves them separate.
    for (let day = 1; day <= 13; day += 2) {
      await store.putDocument(
        makeRecord({
          text: `Лавров ${day} октября провел телефонный разговор с Ван И. Выпуск ${day}.`,
          published: `2025-10-${String(day).padStart(2, '0')}`,
          source: `https://news.example/${day}`,
          entities: [LAVROV, WANG],
          events: [{ type: 'CONSULT', source: 1, target: 0, trigger: 'разговор' }],
        }),
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await store.queryEvents({ until: '2025-10-31' }, cursor, 3);
      seen.push(...page.events.map((e) => e.document.published ?? ''));
      cursor = page.next;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([
      '2025-10-13',
      '2025-10-11',
      '2025-10-09',
      '2025-10-07',
      '2025-10-05',
      '2025-10-03',
      '2025-10-01',
    ]);
    const all: string[] = [];
    for await (const event of store.iterateEvents({ actor: 'Q23694' })) all.push(event.id);
    expect(new Set(all).size).toBe(8);
    await expect(store.queryEvents({}, 'not-a-cursor')).rejects.toMatchObject({ code: 'E_USAGE' });
  });

  it('recognises a syndicated copy as a near duplicate', async () => {
    const original = await store.putDocument(makeRecord({ text: WIRE, source: 'https://a.example/1' }));
    const copy = await store.putDocument(
      makeRecord({ text: `${WIRE}\nИсточник: ТАСС. Фото: пресс-служба МИД.`, source: 'https://b.example/1' }),
    );
    const other = await store.putDocument(
      makeRecord({
        text: WIRE.replace(/Лавров/g, 'Министр')
          .replace('Китая', 'Индии')
          .replace('торговлю', 'культуру'),
      }),
    );
    expect(original).toMatchObject({ status: 'new', nearDuplicateOf: null });
    expect(copy).toMatchObject({ status: 'new', nearDuplicateOf: original.id });
    expect(other.nearDuplicateOf).toBeNull();
  });

  it('keeps one copy when the same document is written concurrently', async () => {
    const record = makeRecord({
      text: 'Ван И и Лавров подписали совместное заявление.',
      entities: [LAVROV, WANG],
    });
    const results = await Promise.all([store.putDocument(record), store.putDocument(record)]);
    expect(results.map((r) => r.status).sort()).toEqual(['duplicate', 'new']);
  });

  it('opens an existing store without migrating it again', async () => {
    const again = await opened.open();
    expect((await again.counts()).documents).toBe((await store.counts()).documents);
    await again.close();
  });
});

describe.each(IMPLEMENTATIONS)('%s store, a batch in one transaction', (_name, setUp) => {
  let opened: Opened;
  let store: Store;

  beforeAll(async () => {
    opened = await setUp();
    store = await opened.open();
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    await opened?.cleanup();
  });

  const report = (text: string, source: string, published: string, triggers: string[]) =>
    makeRecord({
      text,
      source,
      published,
      entities: [LAVROV, WANG],
      events: triggers.map((trigger) => ({ type: 'CONSULT' as const, source: 0, target: 1, trigger })),
    });

  it('counts articles, outlets and mentions of one event reported across the batch', async () => {
    const results = await store.putDocuments([
      report('Лавров провел переговоры с Ван И в Пекине.', 'https://tass.example/a', '2025-11-20', [
        'переговоры',
      ]),
      // The same outlet again, stating the talks twice: one article more, no new outlet.
      report(
        'Лавров встретился с Ван И. В ходе переговоров Лавров и Ван И обсудили торговлю.',
        'https://tass.example/b',
        '2025-11-21',
        ['встретился', 'переговоров'],
      ),
      report('Ван И и Лавров провели переговоры в Пекине.', 'https://ria.example/c', '2025-11-20', [
        'переговоры',
      ]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['new', 'new', 'new']);
    const { events } = await store.queryEvents({});
    expect(events.map((e) => [e.numArticles, e.numSources, e.numMentions])).toEqual([[3, 2, 4]]);
    const [lavrov] = await store.entities({ q: 'лавров' });
    expect(lavrov?.documents).toBe(3);
  });

  it('writes nothing twice when the batch is stored again', async () => {
    const again = await store.putDocuments([
      report('Лавров провел переговоры с Ван И в Пекине.', 'https://tass.example/a', '2025-11-20', [
        'переговоры',
      ]),
    ]);
    expect(again.map((r) => r.status)).toEqual(['duplicate']);
    expect(await store.counts()).toMatchObject({ documents: 3, events: 4 });
    const [lavrov] = await store.entities({ q: 'лавров' });
    expect(lavrov?.documents).toBe(3);
  });

  it('marks a copy later in the same batch as a near duplicate, the same text twice as a duplicate', async () => {
    const original = makeRecord({ text: WIRE, source: 'https://a.example/w' });
    const copy = makeRecord({ text: `${WIRE}\nФото: пресс-служба МИД.`, source: 'https://b.example/w' });
    const results = await store.putDocuments([original, copy, original]);
    expect(results.map((r) => [r.status, r.nearDuplicateOf])).toEqual([
      ['new', null],
      ['new', original.doc.id],
      ['duplicate', null],
    ]);
  });
});
