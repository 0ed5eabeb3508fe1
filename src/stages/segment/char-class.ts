/**
 * Character classes for the scanner. A lazily filled table over the BMP keeps the hot loop to
 * one array read per code unit; Unicode property regexes run once per distinct character.
 */

export const LETTER = 1;
export const DIGIT = 2;
export const SPACE = 3;
export const NEWLINE = 4;
export const HYPHEN = 5;
export const APOSTROPHE = 6;
export const DOT = 7;
/** `!`, `?`, `…` and their ligatures: sentence terminals other than the full stop. */
export const TERMINAL = 8;
export const DASH = 9;
export const PUNCT = 10;
export const SYMBOL = 11;
/** First half of a surrogate pair: the scanner classifies the whole code point itself. */
export const HIGH_SURROGATE = 12;

const table = new Uint8Array(0x10000);

const letterRe = /[\p{L}\p{M}\p{N}\u00AD]/u;
const spaceRe = /[\s\u200B-\u200D\u2060\uFEFF]/u;
const symbolRe = /[\p{S}%‰‱#&*@§†‡•]/u;
const punctRe = /\p{P}/u;

function compute(code: number): number {
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  if (code >= 0xd800 && code <= 0xdbff) return HIGH_SURROGATE;
  const ch = String.fromCharCode(code);
  switch (ch) {
    case '\n':
    case '\r':
    case '\v':
    case '\f':
    case '\u0085':
    case '\u2028':
    case '\u2029':
      return NEWLINE;
    case '-':
    case '\u2010':
    case '\u2011':
      return HYPHEN;
    case "'":
    case '\u2019':
      return APOSTROPHE;
    case '.':
      return DOT;
    case '!':
    case '?':
    case '…':
    case '‼':
    case '⁇':
    case '⁈':
    case '⁉':
      return TERMINAL;
    case '\u2012':
    case '\u2013':
    case '\u2014':
    case '\u2015':
      return DASH;
  }
  if (letterRe.test(ch)) return LETTER;
  if (spaceRe.test(ch)) return SPACE;
  if (symbolRe.test(ch)) return SYMBOL;
  if (punctRe.test(ch)) return PUNCT;
  return SYMBOL;
}

/** Class of the UTF-16 code unit at `code` (a surrogate half reports HIGH_SURROGATE or SYMBOL). */
export function classOf(code: number): number {
  let cls = table[code] as number;
  if (cls === 0) {
    cls = compute(code);
    table[code] = cls;
  }
  return cls;
}

const astralLetterRe = /^[\p{L}\p{M}\p{N}]$/u;
const astralCache = new Map<number, boolean>();

/** Whether an astral code point (emoji are not, rare historic scripts are) is a letter. */
export function isAstralLetter(codePoint: number): boolean {
  let hit = astralCache.get(codePoint);
  if (hit === undefined) {
    hit = astralLetterRe.test(String.fromCodePoint(codePoint));
    astralCache.set(codePoint, hit);
  }
  return hit;
}

/** Upper-case initial letter (Latin, Cyrillic or any cased script). */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c >= 0x61 && c <= 0x7a) return false;
  if (c >= 0x410 && c <= 0x42f) return true;
  if (c >= 0x430 && c <= 0x44f) return false;
  const ch = text[i] ?? '';
  return ch !== ch.toLowerCase();
}

export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x61 && c <= 0x7a) return true;
  if (c >= 0x41 && c <= 0x5a) return false;
  if (c >= 0x430 && c <= 0x44f) return true;
  if (c >= 0x410 && c <= 0x42f) return false;
  const ch = text[i] ?? '';
  return ch !== ch.toUpperCase();
}
