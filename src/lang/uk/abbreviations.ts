import type { AbbreviationTable } from '../../stages/segment/abbreviation-types.js';

/** Ukrainian dotted abbreviations in news text ("м. Київ", "вул. Банкова", "у 2022 р."). */
export const ukAbbreviations: AbbreviationTable = {
  caseSensitive: false,
  entries: {
    // places and addresses
    м: 'after-number',
    вул: 'title',
    просп: 'title',
    пл: 'title',
    пров: 'title',
    бульв: 'title',
    бул: 'title',
    наб: 'title',
    с: 'title',
    сел: 'title',
    смт: 'title',
    буд: 'title',
    кв: 'title',
    корп: 'title',
    обл: 'tail',
    'р-н': 'tail',
    // people
    проф: 'title',
    акад: 'title',
    доц: 'title',
    ген: 'title',
    св: 'title',
    ім: 'title',
    заст: 'title',
    ред: 'title',
    'в.о': 'title',
    // the halves of a spaced "в. о."
    в: 'title',
    о: 'title',
    // references
    ст: 'after-number',
    ч: 'tail',
    п: 'tail',
    пп: 'tail',
    гл: 'title',
    див: 'title',
    напр: 'title',
    зокр: 'title',
    тел: 'title',
    англ: 'title',
    нім: 'title',
    фр: 'title',
    рос: 'title',
    укр: 'title',
    лат: 'title',
    // "і т. д.", "та ін.", "т. зв.", "н. е."
    т: 'tail',
    д: 'tail',
    зв: 'title',
    н: 'tail',
    е: 'tail',
    ін: 'tail',
    інш: 'tail',
    'т.д': 'tail',
    'т.п': 'tail',
    'т.зв': 'title',
    'т.б': 'title',
    'н.е': 'tail',
    // time and quantities
    р: 'after-number',
    рр: 'tail',
    год: 'tail',
    хв: 'tail',
    тис: 'tail',
    млн: 'tail',
    млрд: 'tail',
    трлн: 'tail',
    грн: 'tail',
    коп: 'tail',
    дол: 'tail',
    долл: 'tail',
    руб: 'tail',
    ос: 'tail',
  },
  sentenceStarters: (
    'в у на по з із зі до від для при після за о про через однак проте але а і й та також крім ' +
    'раніше пізніше потім тоді це цей ця ці він вона воно вони ми я ви його її їх там тут зараз ' +
    'тепер сьогодні вчора завтра як що коли де якщо хоча тому нагадаємо вже ще так всього між ' +
    'усі всі'
  ).split(' '),
};
