/**
 * Dates that start with a number: "24.10.2025", "2025-10-24", "24 октября 2025 года",
 * "24-25 октября", "в 2022 году", "3 дня назад". A run of digits and separators written without
 * spaces is read as one unit whatever the tokenizer made of it ("24.10.2025" or "24" "." "10" ...).
 */
import { isValidDay } from './calendar.js';
import { isYear, monthAt, quantityAt, yearAt, yearTail, yearWordEnd } from './parts.js';
import {
  attached,
  type DateMatch,
  isNumber,
  isWord,
  midCapitalised,
  normAt,
  numberToken,
  type Scanner,
  skipOrdinalSuffix,
} from './scanner.js';

const SEPARATORS = new Set(['.', '-', '/', '–', '—', ':', ',']);

/** The digits-and-separators run starting at i, without trailing separators. */
export function numericRun(s: Scanner, i: number): { text: string; last: number } {
  let last = i;
  let k = i + 1;
  while (attached(s, k) && (isNumber(s, k) || SEPARATORS.has(s.tokens[k]?.text ?? ''))) k++;
  for (last = k - 1; last > i && !isNumber(s, last); ) last--;
  let text = '';
  for (let j = i; j <= last; j++) text += s.tokens[j]?.text ?? '';
  return { text, last };
}

/** Separators inside one token ("24.10.2025"), but not an ordinal suffix ("24-го"). */
const COMPACT = /[./:,–—]|\d-\d/;
const DMY = /^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_RANGE = /^(\d{1,2})[-–—](\d{1,2})$/;
const YEAR_RANGE = /^(\d{4})[-–—](\d{4}|\d{2})$/;

export interface NumberContext {
  /** The preposition before, if any ("в", "с", "in"). */
  preposition: string | null;
  /** "в ночь на 5 ноября": the night's second day is the date. */
  night: boolean;
}

/** A date starting at number token i; `undefined` means "a run that is no date: skip it all". */
export function numberRule(s: Scanner, i: number, ctx: NumberContext): DateMatch | null | undefined {
  const run = numericRun(s, i);
  if (run.last > i || COMPACT.test(run.text)) {
    return compactRule(s, i, run.text, run.last, ctx);
  }
  return singleNumberRule(s, i, ctx);
}

function compactRule(s: Scanner, i: number, text: string, last: number, ctx: NumberContext) {
  let match = DMY.exec(text);
  if (match) {
    let day = Number(match[1]);
    let month = Number(match[3]);
    // English slashes are month/day unless the first number cannot be a month.
    if (match[2] === '/' && s.lex.monthsCapitalised && day <= 12) [day, month] = [month, day];
    const short = (match[4] ?? '').length === 2;
    const year = short ? 2000 + Number(match[4]) - (Number(match[4]) > 50 ? 100 : 0) : Number(match[4]);
    return absoluteDay(i, yearEnd(s, last), year, month, day);
  }
  match = ISO.exec(text);
  if (match) return absoluteDay(i, last, Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_RANGE.exec(text);
  if (match) {
    const day = Number(ctx.night ? match[2] : match[1]);
    return dayMonthAfter(s, i, last + 1, day);
  }
  match = YEAR_RANGE.exec(text);
  if (match && isYear(Number(match[1]), 4)) {
    const end = yearWordEnd(s, last + 1);
    if (end >= 0 || ctx.preposition !== null) {
      const year = Number(match[1]);
      return { first: i, last: end >= 0 ? end : last, meaning: absolute(year, null, null), part: null };
    }
  }
  return undefined;
}

/** "24.10.2025 г." keeps its year word. */
function yearEnd(s: Scanner, last: number): number {
  const end = yearWordEnd(s, last + 1);
  return end >= 0 ? end : last;
}

function absolute(year: number, month: number | null, day: number | null) {
  return { kind: 'absolute', year, month, day } as const;
}

function absoluteDay(
  first: number,
  last: number,
  year: number,
  month: number,
  day: number,
): DateMatch | null {
  if (!isValidDay(year, month, day) || year < 1900 || year > 2100) return null;
  return { first, last, meaning: absolute(year, month, day), part: null };
}

function singleNumberRule(s: Scanner, i: number, ctx: NumberContext): DateMatch | null {
  const number = numberToken(s, i);
  if (number === null) return null;
  const year = yearAt(s, i);
  if (year !== null && (year.marked || yearLicensed(s, year.last + 1, ctx))) {
    return { first: i, last: year.last, meaning: absolute(year.year, null, null), part: null };
  }
  if (number.digits <= 2 && number.value >= 1 && number.value <= 31) {
    const day = dayMonthRule(s, i, number.value, ctx);
    if (day !== null) return day;
  }
  const quantity = quantityAt(s, i);
  if (quantity !== null && s.lex.ago.has(normAt(s, quantity.last + 1))) {
    let last = quantity.last + 1;
    if (s.lex.ago.has(normAt(s, last + 1))) last++; // "тому назад"
    return { first: i, last, meaning: { kind: 'shift', unit: quantity.unit, n: -quantity.n }, part: null };
  }
  return null;
}

/** "в 2022" with no year word: only after a preposition and not before a counted noun. */
function yearLicensed(s: Scanner, next: number, ctx: NumberContext): boolean {
  if (ctx.preposition === null) return false;
  if (s.lex.functionWords.size === 0 || !isWord(s, next)) return true;
  return s.lex.functionWords.has(normAt(s, next)) || midCapitalised(s, next);
}

/** "24 октября", "24-го октября", "24 и 25 октября", "с 24 по 26 октября", "the 24th of October". */
function dayMonthRule(s: Scanner, i: number, day: number, ctx: NumberContext): DateMatch | null {
  let k = skipOrdinalSuffix(s, i) + 1;
  let chosen = day;
  const joiner = normAt(s, k);
  if (s.lex.rangeJoiners.has(joiner) || (ctx.night && s.lex.nightPrepositions.has(joiner))) {
    const second = numberToken(s, k + 1);
    if (second !== null && second.digits <= 2 && second.value >= 1 && second.value <= 31) {
      if (ctx.night) chosen = second.value;
      k = skipOrdinalSuffix(s, k + 1) + 1;
    }
  }
  if (s.lex.fillers.has(normAt(s, k)) && s.lex.months.has(normAt(s, k + 1))) k++; // "24th of October"
  return dayMonthAfter(s, i, k, chosen);
}

function dayMonthAfter(s: Scanner, first: number, k: number, day: number): DateMatch | null {
  const month = monthAt(s, k);
  if (month === null) return null;
  return withYear(s, first, month.last, month.month, day);
}

/** A day and month, then whatever year follows them. */
export function withYear(
  s: Scanner,
  first: number,
  last: number,
  month: number,
  day: number,
): DateMatch | null {
  const tail = yearTail(s, last + 1);
  if (tail?.year != null) return absoluteDay(first, tail.last, tail.year, month, day);
  if (!isValidDay(null, month, day)) return null;
  return {
    first,
    last: tail?.last ?? last,
    meaning: { kind: 'dayMonth', month, day, yearShift: tail?.yearShift ?? null },
    part: null,
  };
}
