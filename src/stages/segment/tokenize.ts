/**
 * A single-pass scanner over UTF-16 code units, razdel-style: it cuts the text into tokens and
 * records for each whether a newline precedes it and, for dotted abbreviations and initials,
 * the abbreviation role that the sentence splitter uses. Tokens never contain whitespace.
 */
import type { Token, TokenKind } from '../../core/layers.js';
import { type Abbreviations, INITIAL, NONE } from './abbreviations.js';
import {
  APOSTROPHE,
  classOf,
  DASH,
  DIGIT,
  DOT,
  HIGH_SURROGATE,
  HYPHEN,
  isAstralLetter,
  isUpperAt,
  LETTER,
  NEWLINE,
  PUNCT,
  SPACE,
  SYMBOL,
  TERMINAL,
} from './char-class.js';
import { matchWebToken } from './web-tokens.js';

export interface Scan {
  tokens: Token[];
  /** 1 where a newline lies between the previous token and this one. */
  newlineBefore: number[];
  /** Abbreviation role code from abbreviations.ts, NONE for other tokens. */
  roles: number[];
}

/** Separators allowed inside "10 000"-style numbers. */
const THOUSANDS = new Set([' ', '\u00A0', '\u202F', '\u2009']);
const DECIMAL = new Set(['.', ',', ':']);

export function scan(text: string, abbreviations: Abbreviations): Scan {
  const n = text.length;
  const tokens: Token[] = [];
  const newlineBefore: number[] = [];
  const roles: number[] = [];
  let prevEnd = 0;
  let sawNewline = false;

  const cls = (i: number): number => (i < n ? classOf(text.charCodeAt(i)) : SPACE);
  const isWordChar = (i: number): boolean => {
    const c = cls(i);
    return c === LETTER || c === DIGIT;
  };

  function push(start: number, end: number, kind: TokenKind, role: number): void {
    tokens.push({
      start,
      end,
      text: text.slice(start, end),
      kind,
      sentence: -1,
      spaceBefore: start === 0 || start > prevEnd,
    });
    newlineBefore.push(sawNewline ? 1 : 0);
    roles.push(role);
    sawNewline = false;
    prevEnd = end;
  }

  /** Letters and digits from `i`, joined by inner hyphens ("Нью-Йорк", "24-го", not "2014-2022") and apostrophes ("з'їзд"). */
  function wordEnd(i: number): number {
    let j = i;
    for (;;) {
      while (isWordChar(j)) j++;
      const c = cls(j);
      const after = cls(j + 1);
      if (c === HYPHEN && (after === LETTER || (after === DIGIT && cls(j - 1) !== DIGIT))) {
        j += 1;
      } else if (c === APOSTROPHE && after === LETTER && cls(j - 1) === LETTER) {
        j += 1;
      } else {
        return j;
      }
    }
  }

  function digitsEnd(i: number): number {
    let j = i;
    while (cls(j) === DIGIT) j++;
    return j;
  }

  function numberEnd(i: number): number {
    let j = digitsEnd(i);
    if (j - i <= 3) {
      // "10 000", "1 500 000": groups of exactly three digits
      while (THOUSANDS.has(text[j] ?? '') && digitsEnd(j + 1) === j + 4) j += 4;
    }
    while (DECIMAL.has(text[j] ?? '') && cls(j + 1) === DIGIT) j = digitsEnd(j + 1);
    // "24-го", "1990-х", "5G": a letter suffix stays with the number
    if (cls(j) === LETTER || (cls(j) === HYPHEN && cls(j + 1) === LETTER)) j = wordEnd(j + 1);
    return j;
  }

  /** "т.д.", "U.S.", "a.k.a." starting with the single letter at `i`, when the table knows it. */
  function dottedCompound(i: number): { end: number; role: number } | null {
    const ends: number[] = [];
    let k = i;
    while (ends.length < 4 && cls(k) === LETTER) {
      let r = k;
      while (cls(r) === LETTER) r++;
      if (text[r] !== '.') break;
      ends.push(r);
      k = r + 1;
    }
    for (let p = ends.length - 1; p >= 1; p--) {
      const last = ends[p] as number;
      const role = abbreviations.lookup(text.slice(i, last));
      if (role !== NONE) return { end: last + 1, role };
    }
    return null;
  }

  function scanWord(i: number): number {
    const j = wordEnd(i);
    const next = text[j];
    if (next === '.' || next === '@' || next === '_' || next === '+' || next === ':') {
      const follow = cls(j + 1);
      if (follow === LETTER || follow === DIGIT || (next === ':' && text[j + 1] === '/')) {
        const end = matchWebToken(text, i, j);
        if (end > 0) {
          push(i, end, 'word', NONE);
          return end;
        }
      }
    }
    // a dot that starts an ellipsis is not an abbreviation's dot
    if (next === '.' && text[j + 1] !== '.' && cls(i) === LETTER) {
      if (j - i === 1) {
        const compound = dottedCompound(i);
        if (compound !== null) {
          push(i, compound.end, 'word', compound.role);
          return compound.end;
        }
        // a capital after a number is a unit or grade ("10 G."), not a name initial
        const prev = tokens[tokens.length - 1];
        const initial = isUpperAt(text, i) && !(prev !== undefined && prev.kind === 'number');
        const role = initial ? INITIAL : abbreviations.lookup(text.slice(i, j));
        if (role !== NONE) {
          push(i, j + 1, 'word', role);
          return j + 1;
        }
      } else {
        const role = abbreviations.lookup(text.slice(i, j));
        if (role !== NONE) {
          push(i, j + 1, 'word', role);
          return j + 1;
        }
      }
    }
    push(i, j, 'word', NONE);
    return j;
  }

  /** Variation selectors, skin tones and ZWJ sequences stay with the emoji they modify. */
  function emojiEnd(j: number): number {
    let e = j;
    for (;;) {
      const c = text.charCodeAt(e);
      if (c === 0xfe0f || c === 0xfe0e) e++;
      else if (c === 0x200d && (cls(e + 1) === HIGH_SURROGATE || cls(e + 1) === SYMBOL)) {
        e += (text.codePointAt(e + 1) ?? 0) > 0xffff ? 3 : 2;
      } else if (c === 0xd83c && (text.charCodeAt(e + 1) & 0xfff8) === 0xdff8) e += 2;
      else return Math.min(e, n);
    }
  }

  let i = 0;
  while (i < n) {
    const c = cls(i);
    if (c === SPACE) {
      i++;
    } else if (c === NEWLINE) {
      sawNewline = true;
      i++;
    } else if (c === LETTER) {
      i = scanWord(i);
    } else if (c === DIGIT) {
      const end = numberEnd(i);
      push(i, end, 'number', NONE);
      i = end;
    } else if (c === DOT || c === TERMINAL) {
      let j = i + 1;
      while (cls(j) === DOT || cls(j) === TERMINAL) j++;
      push(i, j, 'punct', NONE);
      i = j;
    } else if (c === HYPHEN) {
      let j = i + 1;
      while (cls(j) === HYPHEN) j++;
      push(i, j, 'punct', NONE);
      i = j;
    } else if (c === HIGH_SURROGATE) {
      const cp = text.codePointAt(i) ?? 0;
      const size = cp > 0xffff ? 2 : 1;
      if (isAstralLetter(cp)) {
        push(i, i + size, 'word', NONE);
        i += size;
      } else {
        const end = emojiEnd(i + size);
        push(i, end, 'symbol', NONE);
        i = end;
      }
    } else if (c === APOSTROPHE || c === DASH || c === PUNCT) {
      // an apostrophe outside a word is a quote mark
      push(i, i + 1, 'punct', NONE);
      i++;
    } else {
      const end = emojiEnd(i + 1);
      push(i, end, 'symbol', NONE);
      i = end;
    }
  }
  return { tokens, newlineBefore, roles };
}
