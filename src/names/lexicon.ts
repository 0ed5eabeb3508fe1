/**
 * Name lexicons per language: first names with gender, and surnames of political figures.
 * Keys are lower-case with ё folded to е, so spelling variants meet.
 */
import type { Lang } from '../core/doc.js';
import { EN_FIRST_FEMN, EN_FIRST_MASC, EN_SURNAMES } from '../lang/en/names.js';
import { RU_FIRST_FEMN, RU_FIRST_MASC } from '../lang/ru/names-first.js';
import { RU_SURNAMES } from '../lang/ru/names-surnames.js';
import { UK_FIRST_FEMN, UK_FIRST_MASC } from '../lang/uk/names-first.js';
import { UK_SURNAMES } from '../lang/uk/names-surnames.js';

export type NameGender = 'masc' | 'femn';

interface Lexicon {
  /** First name → gender; null when the name is used for both. */
  first: Map<string, NameGender | null>;
  surnames: Set<string>;
}

export function nameKey(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'").replace(/_/g, ' ');
}

function entries(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

function build(masc: string, femn: string, surnames: string): Lexicon {
  const first = new Map<string, NameGender | null>();
  for (const [list, gender] of [
    [masc, 'masc'],
    [femn, 'femn'],
  ] as const) {
    for (const name of entries(list)) {
      const key = nameKey(name);
      const seen = first.get(key);
      first.set(key, seen === undefined || seen === gender ? gender : null);
    }
  }
  return { first, surnames: new Set(entries(surnames).map(nameKey)) };
}

const cache = new Map<Lang, Lexicon>();

function lexicon(lang: Lang): Lexicon {
  let lex = cache.get(lang);
  if (lex === undefined) {
    lex =
      lang === 'ru'
        ? build(RU_FIRST_MASC, RU_FIRST_FEMN, RU_SURNAMES)
        : lang === 'uk'
          ? build(UK_FIRST_MASC, UK_FIRST_FEMN, UK_SURNAMES)
          : build(EN_FIRST_MASC, EN_FIRST_FEMN, EN_SURNAMES);
    cache.set(lang, lex);
  }
  return lex;
}

/** Gender of a first name in nominative; undefined when the word is not a known first name. */
export function firstNameGender(nominative: string, lang: Lang): NameGender | null | undefined {
  return lexicon(lang).first.get(nameKey(nominative));
}

/** True when the nominative string (one word or several, "Си Цзиньпин") is a listed surname. */
export function isListedSurname(nominative: string, lang: Lang): boolean {
  return lexicon(lang).surnames.has(nameKey(nominative));
}
