import { describe, expect, it } from 'vitest';
import type { Reading } from '../../core/layers.js';
import { analyseUkrainian } from './ukrainian.js';

type Want = Partial<
  Pick<Reading, 'lemma' | 'pos' | 'number' | 'gender' | 'tense' | 'passive' | 'animate'>
> & {
  cases?: string[];
};

// [sentence, word, expectation]: `cases` is the exact case set of the readings with that pos.
const CASES: Array<[string, string, Want]> = [
  [
    'Канцлер Німеччини прибув до Варшави з візитом.',
    'Німеччини',
    { pos: 'NOUN', lemma: 'німеччина', number: 'sing', cases: ['gent'] },
  ],
  [
    'Канцлер Німеччини прибув до Варшави з візитом.',
    'прибув',
    { pos: 'VERB', tense: 'past', gender: 'masc' },
  ],
  ['Канцлер Німеччини прибув до Варшави з візитом.', 'до', { pos: 'PREP' }],
  ['Канцлер Німеччини прибув до Варшави з візитом.', 'візитом', { lemma: 'візит', cases: ['ablt'] }],
  ['Канцлер Німеччини прибув до Варшави з візитом.', 'Канцлер', { animate: true, cases: ['nomn'] }],
  ['Японія надала Україні новий пакет допомоги.', 'Україні', { lemma: 'україна', cases: ['datv', 'loct'] }],
  ['Японія надала Україні новий пакет допомоги.', 'надала', { pos: 'VERB', tense: 'past', gender: 'femn' }],
  [
    'Японія надала Україні новий пакет допомоги.',
    'допомоги',
    { lemma: 'допомога', number: 'sing', cases: ['gent'] },
  ],
  [
    'Японія надала Україні новий пакет допомоги.',
    'новий',
    { pos: 'ADJF', lemma: 'новий', cases: ['nomn', 'accs'] },
  ],
  ['Японія надала Україні новий пакет допомоги.', 'Японія', { lemma: 'японія', cases: ['nomn'] }],
  ['Литва висловила підтримку Україні у війні з Росією.', 'Росією', { lemma: 'росія', cases: ['ablt'] }],
  [
    'Литва висловила підтримку Україні у війні з Росією.',
    'війні',
    { lemma: 'війна', cases: ['datv', 'loct'] },
  ],
  [
    'Литва висловила підтримку Україні у війні з Росією.',
    'підтримку',
    { lemma: 'підтримка', cases: ['accs'] },
  ],
  [
    'Євросоюз готує новий пакет санкцій проти Ірану.',
    'санкцій',
    { lemma: 'санкція', number: 'plur', cases: ['gent'] },
  ],
  ['Євросоюз готує новий пакет санкцій проти Ірану.', 'проти', { pos: 'PREP' }],
  [
    'Євросоюз готує новий пакет санкцій проти Ірану.',
    'Ірану',
    { lemma: 'іран', cases: ['gent', 'datv', 'loct'] },
  ],
  [
    'Євросоюз готує новий пакет санкцій проти Ірану.',
    'готує',
    { pos: 'VERB', tense: 'pres', number: 'sing' },
  ],
  [
    'Санкції запроваджені через удари по містах.',
    'запроваджені',
    { pos: 'PRTF', passive: true, number: 'plur' },
  ],
  ['Санкції запроваджені через удари по містах.', 'удари', { lemma: 'удар', cases: ['nomn', 'accs'] }],
  ['Санкції запроваджені через удари по містах.', 'містах', { lemma: 'місто', cases: ['loct'] }],
  ['Санкції запроваджені через удари по містах.', 'через', { pos: 'PREP' }],
  [
    'Угода підписана в Брюсселі міністрами оборони.',
    'підписана',
    { pos: 'PRTF', passive: true, gender: 'femn' },
  ],
  [
    'Угода підписана в Брюсселі міністрами оборони.',
    'Брюсселі',
    { lemma: 'брюссель', number: 'sing', cases: ['loct'] },
  ],
  [
    'Угода підписана в Брюсселі міністрами оборони.',
    'міністрами',
    { lemma: 'міністр', cases: ['ablt'], number: 'plur' },
  ],
  ['Раніше обмеження введені проти двох банків.', 'введені', { pos: 'PRTF', passive: true }],
  ['Проти компаній запроваджено нові обмеження.', 'запроваджено', { pos: 'PRTS', passive: true }],
  [
    'Проти компаній запроваджено нові обмеження.',
    'нові',
    { pos: 'ADJF', cases: ['nomn', 'accs'], number: 'plur' },
  ],
  [
    'Уряд Канади запровадив обмеження щодо російських банків.',
    'російських',
    { pos: 'ADJF', lemma: 'російський' },
  ],
  [
    'Уряд Канади запровадив обмеження щодо російських банків.',
    'запровадив',
    { pos: 'VERB', lemma: 'запровадити' },
  ],
  ['Уряд Канади запровадив обмеження щодо російських банків.', 'банків', { lemma: 'банк', cases: ['gent'] }],
  ['Прем’єр японського уряду провела переговори в Сеулі.', 'японського', { pos: 'ADJF', lemma: 'японський' }],
  [
    'Прем’єр японського уряду провела переговори в Сеулі.',
    'провела',
    { pos: 'VERB', tense: 'past', gender: 'femn' },
  ],
  [
    'Прем’єр японського уряду провела переговори в Сеулі.',
    'переговори',
    { lemma: 'переговори', cases: ['nomn', 'accs'] },
  ],
  ['Лідери країн провели зустріч у Женеві.', 'провели', { pos: 'VERB', tense: 'past', number: 'plur' }],
  ['Лідери країн провели зустріч у Женеві.', 'країн', { lemma: 'країна', number: 'plur', cases: ['gent'] }],
  ['Лідери країн провели зустріч у Женеві.', 'зустріч', { lemma: 'зустріч', cases: ['nomn', 'accs'] }],
  ['Українська делегація відвідає Анкару наступного тижня.', 'Українська', { pos: 'ADJF', gender: 'femn' }],
  ['Українська делегація відвідає Анкару наступного тижня.', 'відвідає', { pos: 'VERB', tense: 'futr' }],
  ['Українська делегація відвідає Анкару наступного тижня.', 'Анкару', { lemma: 'анкара', cases: ['accs'] }],
  ['Українська делегація відвідає Анкару наступного тижня.', 'тижня', { lemma: 'тиждень', cases: ['gent'] }],
  ['Посол заявив журналістам, що Київ не погодиться.', 'Посол', { animate: true, lemma: 'посол' }],
  [
    'Посол заявив журналістам, що Київ не погодиться.',
    'журналістам',
    { lemma: 'журналіст', cases: ['datv'] },
  ],
  ['Посол заявив журналістам, що Київ не погодиться.', 'що', { pos: 'CONJ' }],
  ['Посол заявив журналістам, що Київ не погодиться.', 'не', { pos: 'PRCL' }],
  ['Міністр планує підписати меморандум у Києві.', 'підписати', { pos: 'INFN' }],
  ['Міністр планує підписати меморандум у Києві.', 'Києві', { lemma: 'київ', cases: ['loct'] }],
  ['Президента Польщі запросили до Вашингтона.', 'Президента', { animate: true, cases: ['gent', 'accs'] }],
  [
    'Президента Польщі запросили до Вашингтона.',
    'Польщі',
    { lemma: 'польща', number: 'sing', cases: ['gent', 'datv', 'loct'] },
  ],
  ['Сторони обговорили рішення про звільнення полонених.', 'рішення', { lemma: 'рішення', pos: 'NOUN' }],
  ['Рада ухвалила закон, який набуде чинності завтра.', 'набуде', { pos: 'VERB', tense: 'futr' }],
  ['Кремль погрожує відповіддю.', 'погрожує', { pos: 'VERB', tense: 'pres', lemma: 'погрожувати' }],
  [
    'Поліція затримала активістів біля посольства.',
    'посольства',
    { lemma: 'посольство', number: 'sing', cases: ['gent'] },
  ],
  ['Поліція затримала активістів біля посольства.', 'біля', { pos: 'PREP' }],
  [
    'Дипломати домовилися про обмін полоненими.',
    'домовилися',
    { pos: 'VERB', tense: 'past', number: 'plur' },
  ],
  ['Парламент розгляне питання в середу, повідомив речник.', 'повідомив', { pos: 'VERB', tense: 'past' }],
  ['Парламент розгляне питання в середу, повідомив речник.', 'речник', { animate: true, cases: ['nomn'] }],
  ['Партнери перекриватимуть джерела фінансування.', 'перекриватимуть', { pos: 'VERB', tense: 'futr' }],
  ['Делегацію очолив міністр Стубб.', 'Стубб', { pos: 'NOUN', cases: ['nomn', 'accs'] }],
  ['Зустріч із Валтонен відбулася в останній день саміту.', 'останній', { pos: 'ADJF', lemma: 'останній' }],
  ['Зустріч із Валтонен відбулася в останній день саміту.', 'відбулася', { pos: 'VERB', gender: 'femn' }],
  ['Він подякував їй за підтримку.', 'їй', { pos: 'NPRO', cases: ['datv'] }],
];

function matching(readings: readonly Reading[], want: Want): Reading[] {
  return readings.filter(
    (r) =>
      (want.pos === undefined || r.pos === want.pos) &&
      (want.lemma === undefined || r.lemma === want.lemma) &&
      (want.number === undefined || r.number === want.number),
  );
}

describe('the Ukrainian analyser', () => {
  it.each(CASES)('%s → %s', (sentence, word, want) => {
    expect(sentence).toContain(word);
    const readings = analyseUkrainian(word);
    const found = matching(readings, want);
    expect(found.length, JSON.stringify(readings)).toBeGreaterThan(0);
    const best = found[0] as Reading;
    if (want.tense !== undefined) expect(best.tense).toBe(want.tense);
    if (want.gender !== undefined) expect(best.gender).toBe(want.gender);
    if (want.passive !== undefined) expect(best.passive).toBe(want.passive);
    if (want.animate !== undefined) expect(best.animate).toBe(want.animate);
    if (want.cases) {
      const lemma = best.lemma;
      const cases = new Set(found.filter((r) => r.lemma === lemma).map((r) => r.case));
      expect([...cases].sort()).toEqual([...want.cases].sort());
    }
    // The best reading overall agrees on the part of speech.
    if (want.pos !== undefined) expect(readings[0]?.pos).toBe(want.pos);
  });

  it('gives scores summing to one, best first', () => {
    for (const word of ['санкції', 'Фінляндії', 'провели', 'нові']) {
      const readings = analyseUkrainian(word);
      expect(readings.reduce((s, r) => s + r.score, 0)).toBeCloseTo(1, 6);
      for (let i = 1; i < readings.length; i++) {
        expect(readings[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(readings[i]?.score ?? 0);
      }
    }
  });
});
