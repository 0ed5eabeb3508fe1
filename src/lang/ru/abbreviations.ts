import type { AbbreviationTable } from '../../stages/segment/abbreviation-types.js';

/**
 * Russian dotted abbreviations in news text. Words that are also ordinary words able to end a
 * sentence ("мин" mines, "рис" rice, "час") are left out; "им" (pronoun or "имени") is `starter`.
 */
export const ruAbbreviations: AbbreviationTable = {
  caseSensitive: false,
  entries: {
    // places and addresses
    г: 'after-number',
    ул: 'title',
    пр: 'title',
    просп: 'title',
    пл: 'title',
    пер: 'title',
    наб: 'title',
    бул: 'title',
    ш: 'title',
    пос: 'title',
    дер: 'title',
    с: 'title',
    кв: 'title',
    корп: 'title',
    стр: 'title',
    обл: 'tail',
    'р-н': 'tail',
    м: 'after-number',
    // people
    проф: 'title',
    акад: 'title',
    доц: 'title',
    ген: 'title',
    адм: 'title',
    св: 'title',
    тов: 'title',
    гр: 'title',
    им: 'starter',
    зам: 'title',
    зав: 'title',
    нач: 'title',
    ред: 'title',
    изд: 'title',
    // references
    ст: 'title',
    ч: 'tail',
    п: 'tail',
    пп: 'tail',
    гл: 'title',
    см: 'after-number',
    ср: 'title',
    напр: 'title',
    ок: 'title',
    тел: 'title',
    англ: 'title',
    нем: 'title',
    франц: 'title',
    лат: 'title',
    укр: 'title',
    // "т. д.", "т. п.", "т. е.", "н. э.", "и др."
    т: 'tail',
    д: 'tail',
    е: 'tail',
    н: 'tail',
    э: 'tail',
    др: 'tail',
    'т.д': 'tail',
    'т.п': 'tail',
    'т.е': 'title',
    'т.к': 'title',
    'т.н': 'title',
    'т.ч': 'title',
    'и.о': 'title',
    // the halves of a spaced "и. о."
    и: 'title',
    о: 'title',
    'н.э': 'tail',
    'с.г': 'tail',
    // time and quantities
    гг: 'tail',
    в: 'after-number',
    вв: 'tail',
    тыс: 'tail',
    млн: 'tail',
    млрд: 'tail',
    трлн: 'tail',
    руб: 'tail',
    долл: 'tail',
    коп: 'tail',
    грн: 'tail',
    чел: 'tail',
  },
  sentenceStarters: (
    'в во на по с со к о об у из за для при после до от однако но а и также кроме ранее позже ' +
    'затем потом тогда это этот эта эти он она оно они мы я вы его ее её их там здесь сейчас ' +
    'теперь сегодня вчера завтра как что когда где если хотя поэтому напомним впрочем так уже ' +
    'еще ещё тем всего между об всё все'
  ).split(' '),
};
