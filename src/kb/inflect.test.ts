import { describe, expect, it } from 'vitest';
import type { Lang } from '../core/doc.js';
import { inflect } from './inflect.js';
import type { KbFlags, KbVariantKind } from './types.js';

/** [lang, name, kind, flags, form, cases the form must have] */
const TABLE: [Lang, string, KbVariantKind, KbFlags, string, string][] = [
  ['ru', 'Япония', 'name', {}, 'Японией', 'ablt'],
  ['ru', 'Япония', 'name', {}, 'Японии', 'gent,datv,loct'],
  ['ru', 'Америка', 'name', {}, 'Америки', 'gent'],
  ['ru', 'Польша', 'name', {}, 'Польшей', 'ablt'],
  ['ru', 'Китай', 'name', {}, 'Китаем', 'ablt'],
  ['ru', 'Израиль', 'name', {}, 'Израиля', 'gent'],
  ['ru', 'Египет', 'name', { stem: 'Египт' }, 'Египте', 'loct'],
  ['ru', 'Соединенные Штаты', 'name', {}, 'Соединенными Штатами', 'ablt'],
  ['ru', 'Филиппины', 'name', { fem: true }, 'Филиппин', 'gent'],
  ['ru', 'Нидерланды', 'name', {}, 'Нидерландов', 'gent'],
  ['ru', 'Организация Объединенных Наций', 'name', {}, 'Организацией Объединенных Наций', 'ablt'],
  [
    'ru',
    'Международное агентство по атомной энергии',
    'name',
    {},
    'Международного агентства по атомной энергии',
    'gent',
  ],
  ['ru', 'Того', 'name', {}, 'Того', 'nomn,gent,datv,accs,ablt,loct'],
  ['ru', 'японский', 'adjective', {}, 'японскую', 'accs'],
  ['ru', 'японец', 'demonym', {}, 'японцев', 'gent,accs'],
  ['ru', 'россиянин', 'demonym', {}, 'россиянами', 'ablt'],
  ['ru', 'китаец', 'demonym', {}, 'китайцы', 'nomn,accs'],
  ['uk', 'Україна', 'name', {}, 'Україною', 'ablt'],
  ['uk', 'Америка', 'name', {}, 'Америці', 'datv,loct'],
  ['uk', 'Японія', 'name', {}, 'Японією', 'ablt'],
  ['uk', 'Корея', 'name', {}, 'Кореї', 'gent,datv,loct'],
  ['uk', 'Німеччина', 'name', {}, 'Німеччиною', 'ablt'],
  ['uk', 'Харків', 'name', {}, 'Харкова', 'gent'],
  ['uk', 'Київ', 'name', {}, 'Києві', 'loct'],
  ['uk', 'Китай', 'name', {}, 'Китаєм', 'ablt'],
  ['uk', 'Ізраїль', 'name', {}, 'Ізраїлі', 'loct'],
  ['uk', 'Сполучене Королівство', 'name', {}, 'Сполученому Королівстві', 'loct'],
  ['uk', 'Шрі-Ланка', 'name', {}, 'Шрі-Ланці', 'datv,loct'],
  ['uk', 'США', 'name', {}, 'США', 'nomn,gent,datv,accs,ablt,loct'],
  ['uk', 'японський', 'adjective', {}, 'японською', 'ablt'],
  ['uk', 'японський', 'adjective', {}, 'японських', 'gent,loct'],
  ['uk', 'українець', 'demonym', {}, 'українцями', 'ablt'],
  ['uk', 'росіянин', 'demonym', {}, 'росіян', 'gent,accs'],
  ['en', 'Japan', 'name', {}, "Japan's", 'gent'],
  ['en', 'American', 'demonym', {}, 'Americans', ''],
];

describe('inflect', () => {
  it.each(TABLE)('%s %s (%s %o) → %s', (lang, name, kind, flags, form, cases) => {
    const found = inflect(lang, name, kind, flags).find((f) => f.text === form);
    expect(found, `no form ${form}`).toBeDefined();
    expect(found?.cases.join(',')).toBe(cases);
  });

  it('does not invent a nominative plural for singular country names', () => {
    expect(inflect('ru', 'Канада', 'name', {}).map((f) => f.text)).not.toContain('Канады ');
    expect(inflect('uk', 'Канада', 'name', {}).every((f) => f.number === 'sing')).toBe(true);
  });
});
