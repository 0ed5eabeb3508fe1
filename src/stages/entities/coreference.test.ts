/**
 * Coreference as users meet it: titles, descriptions, surnames alone and inflected names refer
 * to the right person, and "официальный Токио" to the country, in events of short news texts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActorRecord, DocumentRecord, Lang } from '../../core/doc.js';
import { createExtractor, type Extractor } from '../../extract/index.js';

let extractor: Extractor;

beforeAll(async () => {
  extractor = await createExtractor();
});

function run(text: string, lang: Lang): Promise<DocumentRecord> {
  return extractor.extract(text, { lang, published: '2025-11-05' });
}

/** The English names of the sources of the document's events of a type. */
function sources(record: DocumentRecord, type: string): (string | null)[] {
  return record.events
    .filter((e) => e.type === type)
    .map((e) => (e.source as ActorRecord | null)?.name ?? null);
}

describe('titles and descriptions refer back to the person', () => {
  it.each([
    [
      'ru',
      'Санаэ Такаичи прибыла в Вашингтон. Японский премьер раскритиковала Пекин.',
      'ACCUSE',
      'Sanae Takaichi',
    ],
    [
      'ru',
      'Дональд Трамп и Санаэ Такаичи провели переговоры в Токио. Глава государства пообещал помощь Японии.',
      'AGREE',
      'Donald Trump',
    ],
    [
      'en',
      'Japanese Prime Minister Sanae Takaichi met Donald Trump in Tokyo. The Japanese leader criticized China.',
      'ACCUSE',
      'Sanae Takaichi',
    ],
    [
      'en',
      'Japanese Prime Minister Sanae Takaichi met Donald Trump in Tokyo. The US president praised Japan.',
      'SUPPORT',
      'Donald Trump',
    ],
    [
      'uk',
      'Очільник МЗС Андрій Сибіга прибув до Будапешта. Він розкритикував Угорщину.',
      'ACCUSE',
      'Andrii Sybiha',
    ],
  ] as const)('%s: %s', async (lang, text, type, who) => {
    expect(sources(await run(text, lang as Lang), type)).toContain(who);
  });

  it('does not take a prime minister for a bare "министр"', async () => {
    const record = await run('Санаэ Такаичи прибыла в Сеул. Министр раскритиковал Пекин.', 'ru');
    expect(sources(record, 'ACCUSE')).not.toContain('Sanae Takaichi');
  });
});

describe('the country as a side', () => {
  it.each([
    ['ru', 'Официальный Токио выразил протест Пекину.', 'ACCUSE'],
    ['uk', 'Офіційний Токіо закликав Китай до діалогу.', 'REQUEST'],
  ] as const)('%s: %s', async (lang, text, type) => {
    const record = await run(text, lang);
    const event = record.events.find((e) => e.type === type);
    expect((event?.source as ActorRecord | undefined)?.country).toBe('JPN');
  });
});

describe('names', () => {
  it('links a surname alone and its case forms to the known person', async () => {
    const record = await run('Мерц заявив, що Берлін підтримає Київ. Зеленський подякував Мерцу.', 'uk');
    const merz = record.entities.filter((e) => e.name === 'Friedrich Merz');
    expect(merz).toHaveLength(1);
    expect(merz[0]?.roles).toEqual([{ role: 'chancellor', country: 'DEU', source: 'kb' }]);
    expect(record.mentions.filter((m) => m.entity === merz[0]?.id).map((m) => m.text)).toEqual([
      'Мерц',
      'Мерцу',
    ]);
  });

  it('knows a Japanese name in either Russian transcription', async () => {
    const record = await run(
      'Премьер-министр Японии Санаэ Такаити и глава МИД Тосимицу Мотеги прибыли в Сеул.',
      'ru',
    );
    const names = record.entities.filter((e) => e.label === 'PER').map((e) => e.name);
    expect(names).toEqual(['Sanae Takaichi', 'Toshimitsu Motegi']);
  });

  it('gives a stated title without a country the country of the office the person holds', async () => {
    const record = await run('Глава держави Володимир Зеленський подякував партнерам.', 'uk');
    const zelensky = record.entities.find((e) => e.name === 'Volodymyr Zelensky');
    expect(zelensky?.roles[0]).toMatchObject({ role: 'head of state', country: 'UKR', source: 'text' });
  });
});
