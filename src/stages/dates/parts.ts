/**
 * Pieces the date rules share: a month name, a year after a month, a year word, a quantity of
 * units ("три дня", "a week"). Each reads tokens from an index and returns where it ended.
 */
import type { Unit } from './lexicon.js';
import {
  attached,
  isCapitalised,
  isNumber,
  normAt,
  numberToken,
  type Scanner,
  sameSentence,
  skipAbbreviationDot,
} from './scanner.js';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isYear(value: number, digits: number): boolean {
  return digits === 4 && value >= MIN_YEAR && value <= MAX_YEAR;
}

/** A month name at i (English months must be capitalised: "may" is a verb). */
export function monthAt(s: Scanner, i: number): { month: number; last: number } | null {
  const month = s.lex.months.get(normAt(s, i));
  if (month === undefined) return null;
  if (s.lex.monthsCapitalised && !isCapitalised(s, i)) return null;
  // "Oct. 24": an abbreviation's period belongs to it when the day follows in the same sentence.
  const dot = skipAbbreviationDot(s, i);
  if (dot > i && isNumber(s, dot + 1) && sameSentence(s, i, dot + 1)) return { month, last: dot };
  return { month, last: i };
}

/** A year word at i ("года", "г.", "року"): the index it ends at, or -1. */
export function yearWordEnd(s: Scanner, i: number): number {
  const word = normAt(s, i);
  if (!s.lex.yearWords.has(word)) return -1;
  return word.length <= 2 ? skipAbbreviationDot(s, i) : i;
}

/** A four-digit year at i with its year word or suffix ("2025 года", "2025г.", "2022-м году"). */
export function yearAt(s: Scanner, i: number): { year: number; last: number; marked: boolean } | null {
  const number = numberToken(s, i);
  if (number === null || !isYear(number.value, number.digits)) return null;
  let last = i;
  let marked = false;
  if (number.suffix !== '') {
    if (s.lex.yearWords.has(number.suffix))
      return { year: number.value, last: skipAbbreviationDot(s, i), marked: true };
    if (!s.lex.ordinalSuffixes.has(number.suffix)) return null;
  } else if (normAt(s, i + 1) === '-' && attached(s, i + 1) && s.lex.ordinalSuffixes.has(normAt(s, i + 2))) {
    last = i + 2; // "2022-м"
  }
  const end = yearWordEnd(s, last + 1);
  if (end >= 0) {
    last = end;
    marked = true;
  }
  return { year: number.value, last, marked };
}

export interface YearTail {
  year: number | null;
  yearShift: number | null;
  last: number;
}

/** What may follow a month: "2025 года", ", 2025", "прошлого года", "of last year", "торік". */
export function yearTail(s: Scanner, i: number): YearTail | null {
  let k = i;
  if (normAt(s, k) === ',' && isNumber(s, k + 1)) k++;
  const year = yearAt(s, k);
  if (year !== null) return { year: year.year, yearShift: null, last: year.last };
  if (s.lex.fillers.has(normAt(s, k)) && s.lex.modifiers.has(normAt(s, k + 1))) k++;
  const shift = s.lex.modifiers.get(normAt(s, k));
  if (shift !== undefined && s.lex.units.get(normAt(s, k + 1))?.unit === 'year') {
    return { year: null, yearShift: shift, last: k + 1 };
  }
  const phrase = s.lex.phrases.get(normAt(s, k))?.find((p) => p.words.length === 1);
  if (phrase !== undefined && phrase.meaning.kind === 'period' && phrase.meaning.unit === 'year') {
    return { year: null, yearShift: phrase.meaning.n, last: k };
  }
  return null;
}

export interface Quantity {
  unit: Unit;
  n: number;
  last: number;
  /** Counted by an article ("a week"), which "in a week" makes too vague to use. */
  article: boolean;
}

/** "3 дня", "два года", "неделю", "a week" at i. */
export function quantityAt(s: Scanner, i: number): Quantity | null {
  let count = 1;
  let k = i;
  let article = false;
  const number = numberToken(s, i);
  const word = s.lex.numbers.get(normAt(s, i));
  if (number !== null) {
    if (number.digits > 3 || number.suffix !== '') return null;
    count = number.value;
    k = i + 1;
  } else if (word !== undefined) {
    count = word;
    article = normAt(s, i).length <= 2;
    k = i + 1;
  } else if (!s.lex.loneUnits.has(normAt(s, i))) {
    return null;
  }
  const unit = s.lex.units.get(normAt(s, k));
  if (unit === undefined) return null;
  return { unit: unit.unit, n: count * unit.n, last: k, article };
}
