import { describe, expect, it } from 'vitest';
import { detectLanguage } from './index.js';

const CASES: [string, string | null][] = [
  ['Президент провел телефонные переговоры с премьер-министром Японии.', 'ru'],
  ['Зеленский поздравил Такаичи.', 'ru'],
  ["Президент провів телефонну розмову з прем'єр-міністром Японії.", 'uk'],
  ['Зеленський привітав Такаїчі.', 'uk'],
  ['The president held a phone call with the Japanese prime minister on Monday.', 'en'],
  ['Der Bundeskanzler hat am Montag mit dem Präsidenten telefoniert.', null],
  ['Президентът проведе телефонен разговор с премиера на Япония.', null],
  ["Прэзідэнт правёў тэлефонную размову з прэм'ер-міністрам.", null],
  ['東京で首相が会談した。', null],
  ['12345 67890 !!!', null],
  [
    'The European Union adopted its 19th package of sanctions against Russia on Thursday, and the ministers said that more measures were being prepared.',
    'en',
  ],
  [
    'Die Europäische Union hat am Donnerstag ihr neunzehntes Sanktionspaket gegen Russland beschlossen, und die Minister sagten, dass weitere Maßnahmen in Vorbereitung seien.',
    null,
  ],
  [
    "L'Union européenne a adopté jeudi son dix-neuvième paquet de sanctions contre la Russie, et les ministres ont déclaré que d'autres mesures étaient en préparation.",
    null,
  ],
];

describe('detectLanguage', () => {
  it.each(CASES)('%s → %s', async (text, expected) => {
    expect(await detectLanguage(text)).toBe(expected);
  });
});
