/** The person-name tools the entities stage relies on (names lexicons, lemmas, transliteration). */
import type { Lang } from '../../core/doc.js';
import type { Reading } from '../../core/layers.js';

// TEMPORARY: replaced by the names lexicon of the morphology work.
export function isFirstName(_word: string, _lang: Lang): boolean {
  return false;
}
export function isKnownSurname(_word: string, _lang: Lang): boolean {
  return false;
}
export function personLemma(
  words: string[],
  _lang: Lang,
  _readings?: Reading[][],
): { lemma: string; first: string | null; last: string | null } {
  return {
    lemma: words.join(' '),
    first: words.length > 1 ? (words[0] ?? null) : null,
    last: words.at(-1) ?? null,
  };
}
export function transliterate(text: string, _lang: Lang): string {
  return text;
}
