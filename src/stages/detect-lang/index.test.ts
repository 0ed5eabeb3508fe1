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
];

describe('detectLanguage', () => {
  it.each(CASES)('%s → %s', async (text, expected) => {
    expect(await detectLanguage(text)).toBe(expected);
  });
});
