import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../core/doc.js';
import type { AnalyzedDoc, Layers } from '../../core/layers.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { segmentStage } from '../segment/index.js';
import { findNames, gazetteerStage } from './index.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

function analyse(text: string, lang: Lang): AnalyzedDoc {
  const layers: Partial<Layers> = {};
  const doc: AnalyzedDoc = { text, lang, published: null, layers };
  Object.assign(layers, segmentStage.run(doc, { kb }));
  layers.morphology = (layers.tokens ?? []).map(() => []);
  return doc;
}

/** "surface entry kind [cases]" per expected match, in text order; cases compared when given. */
const CASES: [Lang, string, string[]][] = [
  // Russian: inflected forms, metonyms, multi-word names, acronyms, guards.
  [
    'ru',
    'Токио выразил протест Москве в связи с учениями у Курил.',
    ['Токио JPN capital', 'Москве RUS capital datv,loct'],
  ],
  [
    'ru',
    'Министр иностранных дел Японии прибыл в Киев для переговоров с Украиной.',
    ['Японии JPN country gent,datv,loct', 'Киев UKR capital nomn,accs', 'Украиной UKR country ablt'],
  ],
  [
    'ru',
    'Соединенные Штаты и Европейский союз ввели новые санкции против России.',
    [
      'Соединенные Штаты USA country nomn,accs',
      'Европейский союз org:EU organisation nomn,accs',
      'России RUS country gent,datv,loct',
    ],
  ],
  [
    'ru',
    'Делегация Новой Зеландии встретилась с представителями Северной Кореи в Пекине.',
    [
      'Новой Зеландии NZL country gent,datv,loct',
      'Северной Кореи PRK country gent',
      'Пекине CHN capital loct',
    ],
  ],
  [
    'ru',
    'Кремль назвал заявление Белого дома провокацией.',
    ['Кремль RUS seat nomn,accs', 'Белого дома USA seat gent'],
  ],
  [
    'ru',
    'Японские дипломаты провели консультации с российскими коллегами.',
    ['Японские JPN adjective nomn,accs', 'российскими RUS adjective ablt'],
  ],
  ['ru', 'Того же мнения придерживается и Минск.', ['Минск BLR capital']],
  ['ru', 'Президент Того встретился с лидером Мали в Ломе.', ['Того TGO country', 'Мали MLI country']],
  [
    'ru',
    'Глава МИД заявил, что ЕС и НАТО обсудят помощь Киеву.',
    ['ЕС org:EU organisation', 'НАТО org:NATO organisation', 'Киеву UKR capital datv'],
  ],
  [
    'ru',
    'Генсек ООН призвал МАГАТЭ направить миссию на Запорожскую АЭС.',
    ['ООН org:UN organisation', 'МАГАТЭ org:IAEA organisation'],
  ],
  [
    'ru',
    'Американцы и британцы поддержали резолюцию Совета Безопасности ООН.',
    [
      'Американцы USA demonym nomn,accs',
      'британцы GBR demonym nomn,accs',
      'Совета Безопасности ООН org:UNSC organisation gent',
    ],
  ],
  [
    'ru',
    'Армия РФ атаковала Харьков и Одессу, сообщили Вооруженные силы Украины.',
    [
      'РФ RUS country',
      'Харьков city:Kharkiv city',
      'Одессу city:Odesa city accs',
      'Вооруженные силы Украины body:UKR-AFU organisation',
    ],
  ],
  [
    'ru',
    'Удар по Курской области отразили, сообщили в Москве.',
    ['Курской области region:Kursk region', 'Москве RUS capital'],
  ],
  [
    'ru',
    'Саудовская Аравия и ОАЭ выступили посредниками между Россией и Украиной.',
    [
      'Саудовская Аравия SAU country nomn',
      'ОАЭ ARE country',
      'Россией RUS country ablt',
      'Украиной UKR country ablt',
    ],
  ],
  [
    'ru',
    'Переговоры в Южно-Африканской Республике завершились.',
    ['Южно-Африканской Республике ZAF country datv,loct'],
  ],
  [
    'ru',
    'Анкара договорилась с Египтом о поставках зерна.',
    ['Анкара TUR capital nomn', 'Египтом EGY country ablt'],
  ],
  ['ru', 'Посол Кот-д’Ивуара вручил верительные грамоты.', ['Кот-д’Ивуара CIV country gent']],
  ['ru', 'В чаде от пожаров задыхались жители, а ес здесь ни при чем.', []],
  // Ukrainian: suffix-rule case forms, adjectives, seats.
  [
    'uk',
    'Україна та Польща підписали угоду про спільне виробництво зброї.',
    ['Україна UKR country nomn', 'Польща POL country nomn'],
  ],
  [
    'uk',
    'Міністр закордонних справ Японії зустрівся з послом Франції у Києві.',
    ['Японії JPN country gent,datv,loct', 'Франції FRA country gent,datv,loct', 'Києві UKR capital loct'],
  ],
  [
    'uk',
    'Сполучені Штати передали Україні новий пакет допомоги.',
    ['Сполучені Штати USA country nomn,accs', 'Україні UKR country datv,loct'],
  ],
  [
    'uk',
    'Делегація Сполучених Штатів прибула до Нової Зеландії.',
    ['Сполучених Штатів USA country gent', 'Нової Зеландії NZL country gent'],
  ],
  [
    'uk',
    'Японський уряд висловив підтримку українському народу.',
    ['Японський JPN adjective nomn,accs', 'українському UKR adjective datv,loct'],
  ],
  ['uk', 'Банкова відповіла на заяву Кремля.', ['Банкова UKR seat nomn', 'Кремля RUS seat gent']],
  [
    'uk',
    'Росіяни обстріляли Харків, повідомили в Офісі президента.',
    ['Росіяни RUS demonym', 'Харків city:Kharkiv city', 'Офісі президента UKR seat loct'],
  ],
  [
    'uk',
    'Дипломати мали зустрітися з представниками Малі у Женеві.',
    ['Малі MLI country', 'Женеві city:Geneva city datv,loct'],
  ],
  [
    'uk',
    'Того ж дня Туреччина закликала ЄС і ОБСЄ до діалогу.',
    ['Туреччина TUR country nomn', 'ЄС org:EU organisation', 'ОБСЄ org:OSCE organisation'],
  ],
  [
    'uk',
    'Німеччина та Франція погодилися з позицією Польщі щодо Білорусі.',
    [
      'Німеччина DEU country nomn',
      'Франція FRA country nomn',
      'Польщі POL country gent,datv,loct',
      'Білорусі BLR country gent,datv,loct',
    ],
  ],
  [
    'uk',
    'Північна Корея провела випробування поблизу Південної Кореї.',
    ['Північна Корея PRK country nomn', 'Південної Кореї KOR country gent'],
  ],
  [
    'uk',
    'Американці та японці провели спільні навчання з Ізраїлем.',
    ['Американці USA demonym', 'японці JPN demonym', 'Ізраїлем ISR country ablt'],
  ],
  [
    'uk',
    'Представник МАГАТЕ відвідав Запорізьку область.',
    ['МАГАТЕ org:IAEA organisation', 'Запорізьку область region:Zaporizhzhia region accs'],
  ],
  ['uk', 'Мали б ми більше часу, того б не сталося.', []],
  // English: exact forms, possessives, acronyms, first names and common nouns.
  [
    'en',
    "Japan's foreign minister met his Ukrainian counterpart in Kyiv.",
    ["Japan's JPN country gent", 'Ukrainian UKR adjective', 'Kyiv UKR capital'],
  ],
  [
    'en',
    'The United States and the European Union imposed sanctions on Russia.',
    ['United States USA country', 'European Union org:EU organisation', 'Russia RUS country'],
  ],
  ['en', 'Chad Smith said Turkey would host the talks.', ['Turkey TUR country']],
  ['en', 'Michael Jordan visited Jordan last week.', ['Jordan JOR country']],
  ['en', 'They ate turkey and used fine china at the Kremlin dinner.', ['Kremlin RUS seat']],
  [
    'en',
    'The White House said the UN Security Council would meet on Friday.',
    ['White House USA seat', 'UN Security Council org:UNSC organisation'],
  ],
  ['en', 'Let us talk about US policy in the UK.', ['US USA country', 'UK GBR country']],
  [
    'en',
    'NATO allies met in Brussels as Beijing and Moscow held talks.',
    ['NATO org:NATO organisation', 'Brussels BEL capital', 'Beijing CHN capital', 'Moscow RUS capital'],
  ],
  [
    'en',
    'New Zealand and South Korea signed a deal with the Philippines.',
    ['New Zealand NZL country', 'South Korea KOR country', 'Philippines PHL country'],
  ],
  [
    'en',
    "The Americans and the British criticised North Korea's missile test.",
    ['Americans USA demonym', 'British GBR adjective', "North Korea's PRK country gent"],
  ],
  ['en', 'Polish troops joined the exercise while workers polish the boots.', ['Polish POL adjective']],
  [
    'en',
    'Mariupol and the Donetsk region remain under Russian control.',
    ['Mariupol city:Mariupol city', 'Donetsk region region:Donetsk region', 'Russian RUS adjective'],
  ],
];

const CASE_LIST = /^(nomn|gent|datv|accs|ablt|loct)(,(nomn|gent|datv|accs|ablt|loct))*$/;

describe('gazetteer', () => {
  it.each(CASES)('%s: %s', (lang, text, expected) => {
    const doc = analyse(text, lang);
    const found = findNames(doc, kb);
    const got = found.map((m, i) => {
      const want = expected[i]?.split(' ') ?? [];
      const cases = CASE_LIST.test(want[want.length - 1] ?? '') ? ` ${m.cases.join(',')}` : '';
      return `${text.slice(m.start, m.end)} ${m.entry} ${m.kind}${cases}`;
    });
    expect(got).toEqual(expected);
  });

  it('finds dotted acronyms however the tokenizer cuts them', () => {
    const text = 'Sanctions imposed by the U.S. hit Iran hard.';
    const found = findNames(analyse(text, 'en'), kb);
    expect(found.map((m) => m.entry)).toEqual(['USA', 'IRN']);
    expect(text.slice(found[0]?.start, found[0]?.end)).toMatch(/^U\.S\.?$/);
  });

  it('labels organisations and seats ORG, places LOC, and fills the country', () => {
    const doc = analyse('Кремль и НАТО обсудили ситуацию в Харькове.', 'ru');
    const found = findNames(doc, kb).map((m) => [m.label, m.country, m.tokenEnd - m.tokenStart]);
    expect(found).toEqual([
      ['ORG', 'RUS', 1],
      ['ORG', null, 1],
      ['LOC', 'UKR', 1],
    ]);
  });

  it('runs as a pipeline stage and keeps offsets on the text', () => {
    const text = 'Совет Безопасности ООН собрался после удара по Одессе.';
    const doc = analyse(text, 'ru');
    const { gazetteer } = gazetteerStage.run(doc, { kb });
    for (const m of gazetteer)
      expect(text.slice(m.start, m.end)).toBe(
        doc.layers.tokens
          ?.slice(m.tokenStart, m.tokenEnd)
          .map((t) => t.text)
          .join(' '),
      );
    expect(gazetteer.map((m) => m.entry)).toEqual(['org:UNSC', 'city:Odesa']);
  });

  it('uses morphology lemmas for forms the rules miss', () => {
    const doc = analyse('Переговоры в Косове продолжились.', 'ru');
    const layers = doc.layers as Partial<Layers>;
    layers.morphology = (layers.tokens ?? []).map((t) =>
      t.text === 'Косове'
        ? [
            {
              lemma: 'косово',
              pos: 'NOUN',
              case: 'loct',
              number: 'sing',
              gender: 'neut',
              tense: null,
              name: null,
              score: 1,
            },
          ]
        : [],
    );
    const found = findNames(doc, kb);
    expect(found.map((m) => [m.entry, m.cases])).toEqual([['XKX', ['loct']]]);
  });
});
