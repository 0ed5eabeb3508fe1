/**
 * How names and tokens are compared. Both sides are cut into "pieces" at hyphens and dots, so a
 * name matches whether the tokenizer keeps "Южно-Африканская" or "U.S." whole or splits them.
 */

const APOSTROPHES = /[’ʼ‘`´]/g;
const HYPHENS = /[‐‑]/g;
const UNUSUAL = /[’ʼ‘`´‐‑]/;
/** Everything but letters, digits and apostrophes separates pieces ("ОПЕК+", "U.S", "Шри-Ланка"). */
const SPLIT = /([^\p{L}\p{N}'])/u;
/** A cheap test (no Unicode property escapes) for the common case of a token without separators. */
const SEPARATOR = /[\s!-&(-/:-@[-`{-~\u00a0-\u00bf\u2010-\u2015\u201a-\u201f\u2026\u2212]/;

/** Apostrophes and hyphens unified; case kept (for case-sensitive acronyms). */
export function unify(text: string): string {
  if (!UNUSUAL.test(text)) return text;
  return text.replace(APOSTROPHES, "'").replace(HYPHENS, '-');
}

/** Lower case, ё → е, apostrophes and hyphens unified. */
export function normalise(text: string): string {
  const lower = unify(text).toLowerCase();
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}

/**
 * Pieces of one token or word, case kept: words, and the hyphens, dots or signs between them. A trailing dot is
 * dropped so that "U.S." and "U.S" give the same pieces.
 */
export function tokenPieces(text: string): string[] {
  const unified = unify(text);
  if (!SEPARATOR.test(unified)) return [unified];
  const pieces = unified.split(SPLIT).filter((piece) => piece !== '');
  while (pieces.length > 1 && pieces[pieces.length - 1] === '.') pieces.pop();
  return pieces;
}

/** Pieces of a whole name (words separated by spaces), case kept. */
export function namePieces(name: string): string[] {
  const pieces: string[] = [];
  for (const word of name.split(/\s+/)) if (word !== '') pieces.push(...tokenPieces(word));
  return pieces;
}

/** Short upper-case acronyms (ЕС, UN, США, G7) match only as written. */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function startsUpper(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}
