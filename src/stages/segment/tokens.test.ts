import { describe, expect, it } from 'vitest';
import type { Lang } from '../../core/doc.js';
import type { TokenKind } from '../../core/layers.js';
import { segment } from './index.js';

function texts(lang: Lang, text: string): string[] {
  return segment(text, lang).tokens.map((t) => t.text);
}

/** [lang, text, expected tokens separated by ` ⋅ `] */
const CASES: [Lang, string, string][] = [
  ['ru', 'Премьер-министр прибыл в Нью-Йорк.', 'Премьер-министр ⋅ прибыл ⋅ в ⋅ Нью-Йорк ⋅ .'],
  [
    'ru',
    'Об этом он написал в Telegram-канале Либерально-демократической партии.',
    'Об ⋅ этом ⋅ он ⋅ написал ⋅ в ⋅ Telegram-канале ⋅ Либерально-демократической ⋅ партии ⋅ .',
  ],
  ['uk', "Прем'єр-міністр виступив на з'їзді.", "Прем'єр-міністр ⋅ виступив ⋅ на ⋅ з'їзді ⋅ ."],
  ['uk', 'прем’єр і з’їзд, компаніяʼ', 'прем’єр ⋅ і ⋅ з’їзд ⋅ , ⋅ компаніяʼ'],
  ['en', "Ukraine's envoy said they don't agree.", "Ukraine's ⋅ envoy ⋅ said ⋅ they ⋅ don't ⋅ agree ⋅ ."],
  ['ru', 'Киев – Москва — Минск - Вильнюс', 'Киев ⋅ – ⋅ Москва ⋅ — ⋅ Минск ⋅ - ⋅ Вильнюс'],
  [
    'ru',
    '«Нафтогаз», „Укрнафта“ и "Газпром"',
    '« ⋅ Нафтогаз ⋅ » ⋅ , ⋅ „ ⋅ Укрнафта ⋅ “ ⋅ и ⋅ " ⋅ Газпром ⋅ "',
  ],
  ['en', "the 'peace plan' failed", "the ⋅ ' ⋅ peace ⋅ plan ⋅ ' ⋅ failed"],
  ['ru', 'В.В. Путин и Д. Трамп', 'В. ⋅ В. ⋅ Путин ⋅ и ⋅ Д. ⋅ Трамп'],
  [
    'ru',
    'в г. Киеве на ул. Банковой, 5 млн долл. США',
    'в ⋅ г. ⋅ Киеве ⋅ на ⋅ ул. ⋅ Банковой ⋅ , ⋅ 5 ⋅ млн ⋅ долл. ⋅ США',
  ],
  ['ru', 'танки, БМП и т.д. и т. п.', 'танки ⋅ , ⋅ БМП ⋅ и ⋅ т.д. ⋅ и ⋅ т. ⋅ п.'],
  ['en', 'Mr. Smith and U.S. officials', 'Mr. ⋅ Smith ⋅ and ⋅ U.S. ⋅ officials'],
  ['ru', 'В 2022 году 1,5 и 3.5 млн', 'В ⋅ 2022 ⋅ году ⋅ 1,5 ⋅ и ⋅ 3.5 ⋅ млн'],
  [
    'ru',
    'погибли 10 000 человек, 12\u00a0500 ранены',
    'погибли ⋅ 10 000 ⋅ человек ⋅ , ⋅ 12\u00a0500 ⋅ ранены',
  ],
  ['ru', 'к 24-го числа в 1990-х годах', 'к ⋅ 24-го ⋅ числа ⋅ в ⋅ 1990-х ⋅ годах'],
  ['ru', 'рост на 5% за 2014-2022 гг.', 'рост ⋅ на ⋅ 5 ⋅ % ⋅ за ⋅ 2014 ⋅ - ⋅ 2022 ⋅ гг.'],
  ['ru', 'Истребители F-16 и Су-24М', 'Истребители ⋅ F-16 ⋅ и ⋅ Су-24М'],
  ['ru', 'Сообщает OBOZ.UA со ссылкой на RBC.ru.', 'Сообщает ⋅ OBOZ.UA ⋅ со ⋅ ссылкой ⋅ на ⋅ RBC.ru ⋅ .'],
  ['ru', 'Канал t.me/xxx и сайт Лента.ру', 'Канал ⋅ t.me/xxx ⋅ и ⋅ сайт ⋅ Лента.ру'],
  [
    'uk',
    'Джерело: https://www.pravda.com.ua/news/2024/01/05/7435001/. Пишіть на press@mfa.gov.ua.',
    'Джерело ⋅ : ⋅ https://www.pravda.com.ua/news/2024/01/05/7435001/ ⋅ . ⋅ Пишіть ⋅ на ⋅ press@mfa.gov.ua ⋅ .',
  ],
  ['ru', 'Что дальше?! Никто не знает... Или…', 'Что ⋅ дальше ⋅ ?! ⋅ Никто ⋅ не ⋅ знает ⋅ ... ⋅ Или ⋅ …'],
  ['ru', 'зимой." Конечно', 'зимой ⋅ . ⋅ " ⋅ Конечно'],
  ['uk', 'у м. Київ на вул. Банкова у 2022 р.', 'у ⋅ м. ⋅ Київ ⋅ на ⋅ вул. ⋅ Банкова ⋅ у ⋅ 2022 ⋅ р.'],
  ['ru', 'по плану Б.', 'по ⋅ плану ⋅ Б ⋅ .'],
  ['en', 'Plan B. The end', 'Plan ⋅ B ⋅ . ⋅ The ⋅ end'],
  ['ru', 'и. о. министра и и.о. главы', 'и. ⋅ о. ⋅ министра ⋅ и ⋅ и.о. ⋅ главы'],
  ['uk', 'в. о. міністра', 'в. ⋅ о. ⋅ міністра'],
  ['ru', 'Дата 24.02.2022, время 04:30.', 'Дата ⋅ 24.02.2022 ⋅ , ⋅ время ⋅ 04:30 ⋅ .'],
];

describe('tokens', () => {
  it.each(CASES)('%s: %s', (lang, text, expected) => {
    expect(texts(lang, text)).toEqual(expected.split(' ⋅ '));
  });

  it('classifies token kinds', () => {
    const kinds = (text: string): [string, TokenKind][] =>
      segment(text, 'ru').tokens.map((t) => [t.text, t.kind]);
    expect(kinds('рост 24-го на 5% «Газпрома» г. Киев')).toEqual([
      ['рост', 'word'],
      ['24-го', 'number'],
      ['на', 'word'],
      ['5', 'number'],
      ['%', 'symbol'],
      ['«', 'punct'],
      ['Газпрома', 'word'],
      ['»', 'punct'],
      ['г.', 'word'],
      ['Киев', 'word'],
    ]);
  });

  it('marks spaceBefore and sentence indexes', () => {
    const { tokens } = segment('Мир.\n«Война» идет', 'ru');
    expect(tokens.map((t) => [t.text, t.spaceBefore, t.sentence])).toEqual([
      ['Мир', true, 0],
      ['.', false, 0],
      ['«', true, 1],
      ['Война', false, 1],
      ['»', false, 1],
      ['идет', true, 1],
    ]);
  });
});
