import { describe, expect, it } from 'vitest';
import type { Lang } from '../core/doc.js';
import { isFirstName, isKnownSurname, personLemma, transliterate } from './index.js';

describe('personLemma', () => {
  const cases: Array<[Lang, string, string, 'masc' | 'femn' | null]> = [
    ['ru', 'Владимира Зеленского', 'Владимир Зеленский', 'masc'],
    ['ru', 'Санаэ Такаичи', 'Санаэ Такаичи', 'femn'],
    ['ru', 'Фридриха Мерца', 'Фридрих Мерц', 'masc'],
    ['ru', 'Йоханном Вадефулем', 'Йоханн Вадефуль', 'masc'],
    ['ru', 'Йоханна Вадефуля', 'Йоханн Вадефуль', 'masc'],
    ['ru', 'Фридрихом Мерцем', 'Фридрих Мерц', 'masc'],
    ['ru', 'Зеленскому', 'Зеленский', 'masc'],
    ['ru', 'Юлии Свириденко', 'Юлия Свириденко', 'femn'],
    ['ru', 'Марии Захаровой', 'Мария Захарова', 'femn'],
    ['ru', 'Сергея Лаврова', 'Сергей Лавров', 'masc'],
    ['ru', 'Александра Стубба', 'Александр Стубб', 'masc'],
    ['ru', 'Анджея Дуды', 'Анджей Дуда', 'masc'],
    ['ru', 'Анджей Дуда', 'Анджей Дуда', 'masc'],
    ['ru', 'Андреем Сибигой', 'Андрей Сибига', 'masc'],
    ['ru', 'Си Цзиньпина', 'Си Цзиньпин', 'masc'],
    ['ru', 'Урсулы фон дер Ляйен', 'Урсула фон дер Ляйен', 'femn'],
    ['ru', 'Каи Каллас', 'Кая Каллас', 'femn'],
    ['ru', 'Реджепа Тайипа Эрдогана', 'Реджеп Тайип Эрдоган', 'masc'],
    ['ru', 'Владимира Владимировича Путина', 'Владимир Владимирович Путин', 'masc'],
    ['ru', 'Петра Вишневского', 'Петр Вишневский', 'masc'],
    ['ru', 'Ольге Вишневской', 'Ольга Вишневская', 'femn'],
    ['ru', 'Кира Стармера', 'Кир Стармер', 'masc'],
    ['uk', 'Володимира Зеленського', 'Володимир Зеленський', 'masc'],
    ['uk', 'Андрія Сибіги', 'Андрій Сибіга', 'masc'],
    ['uk', 'Денисові Шмигалю', 'Денис Шмигаль', 'masc'],
    ['uk', 'Петра Порошенка', 'Петро Порошенко', 'masc'],
    ['uk', 'Юлії Свириденко', 'Юлія Свириденко', 'femn'],
    ['uk', 'Олександрові Стуббу', 'Олександр Стубб', 'masc'],
    ['en', "Donald Trump's", 'Donald Trump', 'masc'],
    ['en', 'Kaja Kallas', 'Kaja Kallas', 'femn'],
  ];
  it.each(cases)('%s: %s → %s', (lang, phrase, lemma, gender) => {
    const result = personLemma(phrase.split(' '), lang);
    expect(result.lemma).toBe(lemma);
    expect(result.gender).toBe(gender);
  });

  it('splits first name, patronymic and surname', () => {
    expect(personLemma(['Владимира', 'Владимировича', 'Путина'], 'ru')).toEqual({
      lemma: 'Владимир Владимирович Путин',
      first: 'Владимир',
      last: 'Путин',
      patronymic: 'Владимирович',
      gender: 'masc',
    });
  });

  it('keeps an initial and reads the surname alone', () => {
    const result = personLemma(['В', '.', 'Зеленского'], 'ru');
    expect(result).toMatchObject({ lemma: 'В. Зеленский', first: 'В.', last: 'Зеленский' });
  });
});

describe('lexicon look-ups', () => {
  const firsts: Array<[Lang, string, boolean]> = [
    ['ru', 'Эммануэлем', true],
    ['ru', 'Урсулой', true],
    ['uk', 'Володимира', true],
    ['uk', 'Олександрові', true],
    ['en', 'Keir', true],
    ['ru', 'Москвой', false],
    ['ru', 'Трампа', false],
  ];
  it.each(firsts)('isFirstName %s %s → %s', (lang, word, expected) => {
    expect(isFirstName(word, lang)).toBe(expected);
  });

  const surnames: Array<[Lang, string, boolean]> = [
    ['ru', 'Мерцем', true],
    ['ru', 'Такаичи', true],
    ['ru', 'Си Цзиньпином', true],
    ['ru', 'Сикорскому', true],
    ['uk', 'Зеленського', true],
    ['uk', 'Сибігою', true],
    ['en', 'Starmer', true],
    ['ru', 'Берлином', false],
    ['ru', 'Владимира', false],
  ];
  it.each(surnames)('isKnownSurname %s %s → %s', (lang, word, expected) => {
    expect(isKnownSurname(word, lang)).toBe(expected);
  });
});

describe('transliterate', () => {
  const cases: Array<['ru' | 'uk', string, string]> = [
    ['ru', 'Санаэ Такаичи', 'Sanae Takaichi'],
    ['ru', 'Сергей Лавров', 'Sergey Lavrov'],
    ['ru', 'Дмитрий Песков', 'Dmitry Peskov'],
    ['ru', 'Евгений Ерёмин', 'Yevgeny Yeryomin'],
    ['ru', 'Мария Захарова', 'Mariya Zakharova'],
    ['ru', 'Вячеслав Володин', 'Vyacheslav Volodin'],
    ['uk', 'Андрій Сибіга', 'Andrii Sybiha'],
    ['uk', 'Юлія Свириденко', 'Yuliia Svyrydenko'],
    ['uk', 'Олексій Згурський', 'Oleksii Zghurskyi'],
    ['uk', 'Ґалаґан Їжакевич', 'Galagan Yizhakevych'],
  ];
  it.each(cases)('%s: %s → %s', (lang, text, latin) => {
    expect(transliterate(text, lang)).toBe(latin);
  });

  it('leaves English as is', () => {
    expect(transliterate('Keir Starmer', 'en')).toBe('Keir Starmer');
  });
});
