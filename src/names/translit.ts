/** Latin spelling of a Russian or Ukrainian name, for canonical names the knowledge base lacks. */
import type { Lang } from '../core/doc.js';
import { transliterateRu } from '../lang/ru/translit.js';
import { transliterateUk } from '../lang/uk/translit.js';

const WORD = /\p{L}[\p{L}'’ʼ]*/gu;

/** Transliterates each word and restores capitalisation: "Андрій Сибіга" → "Andrii Sybiha". */
/** English text is returned as is. */
export function transliterate(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const one = lang === 'ru' ? transliterateRu : transliterateUk;
  return text.replace(WORD, (word) => {
    const latin = one(word);
    if (word.length > 1 && word === word.toUpperCase()) return latin.toUpperCase();
    return /^\p{Lu}/u.test(word) ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
  });
}
