/**
 * Dates that start with a word: "сегодня", "накануне", "на прошлой неделе", "в понедельник",
 * "в октябре 2025 года", "в середине сентября", "два года назад", "October 24".
 */
import type { DateMeaning } from './calendar.js';
import type { PeriodPart } from './lexicon.js';
import { withYear } from './number-rules.js';
import { isYear, monthAt, quantityAt, yearAt, yearTail } from './parts.js';
import {
  type DateMatch,
  isCapitalised,
  isWord,
  midCapitalised,
  normAt,
  numberToken,
  quoted,
  type Scanner,
  sameSentence,
  skipOrdinalSuffix,
} from './scanner.js';

export interface WordContext {
  preposition: string | null;
}

type Direction = 'recent' | 'past' | 'next' | 'this';

export function wordRule(s: Scanner, i: number, ctx: WordContext): DateMatch | null {
  return (
    partRule(s, i, ctx.preposition !== null) ??
    phraseRule(s, i) ??
    relativeDayRule(s, i) ??
    eveRule(s, i) ??
    modifierRule(s, i) ??
    weekdayRule(s, i, ctx.preposition !== null, 'recent') ??
    monthRule(s, i, ctx.preposition !== null) ??
    agoRule(s, i)
  );
}

const match = (first: number, last: number, meaning: DateMeaning): DateMatch => ({
  first,
  last,
  meaning,
  part: null,
});

/** "в середине сентября", "в конце прошлого года", "in mid-September", "at the end of 2024". */
function partRule(s: Scanner, i: number, licensed: boolean): DateMatch | null {
  const word = normAt(s, i);
  const part = s.lex.periodParts.get(word);
  if (part === undefined) return word.includes('-') ? hyphenated(s, i, word, licensed) : null;
  let k = i + 1;
  while (normAt(s, k) === '-' || s.lex.fillers.has(normAt(s, k))) k++;
  const inner = monthRule(s, k, true) ?? yearOnly(s, k) ?? modifierRule(s, k) ?? currentPeriod(s, k);
  return inner === null ? null : { ...inner, first: i, part };
}

const YEAR_TEXT = /^\d{4}$/;

/** One token with a hyphen: "mid-September", "mid-2025", "в сентябре-октябре" (the first month). */
function hyphenated(s: Scanner, i: number, word: string, licensed: boolean): DateMatch | null {
  const dash = word.indexOf('-');
  const head = word.slice(0, dash);
  const rest = word.slice(dash + 1);
  const month = s.lex.months.get(rest);
  const firstMonth = s.lex.months.get(head);
  if (firstMonth !== undefined && month !== undefined)
    return monthWithTail(s, i, i, firstMonth, licensed, null);
  const part = s.lex.periodParts.get(head);
  if (part === undefined) return null;
  const capital = (s.tokens[i]?.text ?? '').charAt(dash + 1) !== rest.charAt(0);
  if (month !== undefined && (capital || !s.lex.monthsCapitalised)) {
    return monthWithTail(s, i, i, month, true, part);
  }
  const year = Number(rest);
  if (!YEAR_TEXT.test(rest) || !isYear(year, 4)) return null;
  return { first: i, last: i, meaning: { kind: 'absolute', year, month: null, day: null }, part };
}

/** A month (tokens first..last) and the year after it; without a year it needs a licence. */
function monthWithTail(
  s: Scanner,
  first: number,
  last: number,
  month: number,
  licensed: boolean,
  part: PeriodPart | null,
): DateMatch | null {
  const tail = yearTail(s, last + 1);
  if (tail === null && !licensed) return null;
  const meaning: DateMeaning =
    tail?.year != null
      ? { kind: 'absolute', year: tail.year, month, day: null }
      : { kind: 'month', month, yearShift: tail?.yearShift ?? null };
  return { first, last: tail?.last ?? last, meaning, part };
}

function yearOnly(s: Scanner, k: number): DateMatch | null {
  const year = yearAt(s, k);
  return year === null
    ? null
    : match(k, year.last, { kind: 'absolute', year: year.year, month: null, day: null });
}

/** "в конце года", "в начале месяца": the current one. */
function currentPeriod(s: Scanner, k: number): DateMatch | null {
  const unit = s.lex.units.get(normAt(s, k));
  if (unit === undefined || unit.unit === 'day') return null;
  return match(k, k, { kind: 'period', unit: unit.unit, n: 0 });
}

function phraseRule(s: Scanner, i: number): DateMatch | null {
  for (const phrase of s.lex.phrases.get(normAt(s, i)) ?? []) {
    const { words, meaning } = phrase;
    if (!words.every((word, n) => normAt(s, i + n) === word)) continue;
    const last = i + words.length - 1;
    // "the day before the summit" names another event's eve, not the day before publication.
    if (words[words.length - 1] === 'before' && isWord(s, last + 1)) continue;
    return match(i, last, meaning);
  }
  return null;
}

/** "сегодня", "вчера вечером", "yesterday"; not «Сегодня» the newspaper nor "USA Today". */
function relativeDayRule(s: Scanner, i: number): DateMatch | null {
  const n = s.lex.relativeDays.get(normAt(s, i));
  if (n === undefined || quoted(s, i) || midCapitalised(s, i)) return null;
  return match(i, withDayPart(s, i), { kind: 'shift', unit: 'day', n });
}

function withDayPart(s: Scanner, i: number): number {
  return s.lex.dayParts.has(normAt(s, i + 1)) ? i + 1 : i;
}

/**
 * "накануне" alone is the day before; "накануне визита" is a preposition before another event.
 * Where morphology knows the case, a genitive next word (not a person's name) makes it the
 * preposition; otherwise a lower-case content word does.
 */
function eveRule(s: Scanner, i: number): DateMatch | null {
  if (!s.lex.eve.has(normAt(s, i))) return null;
  const next = i + 1;
  const word = normAt(s, next);
  const functional =
    s.lex.functionWords.has(word) || s.lex.dayParts.has(word) || s.lex.spanPrepositions.has(word);
  if (isWord(s, next) && !functional) {
    const best = s.morphology?.[next]?.[0];
    const known = best !== undefined && best.case !== null;
    if (known ? best.case === 'gent' && best.name === null : !isCapitalised(s, next)) return null;
  }
  return match(i, withDayPart(s, i), { kind: 'shift', unit: 'day', n: -1 });
}

/** "на прошлой неделе", "в этом году", "минулого тижня", "earlier this month", "last Friday". */
function modifierRule(s: Scanner, i: number): DateMatch | null {
  const k = s.lex.modifierLeads.has(normAt(s, i)) ? i + 1 : i;
  const n = s.lex.modifiers.get(normAt(s, k));
  if (n === undefined) return null;
  const unit = s.lex.units.get(normAt(s, k + 1));
  if (unit !== undefined && unit.unit !== 'day')
    return match(i, k + 1, { kind: 'period', unit: unit.unit, n });
  const direction: Direction = n < 0 ? 'past' : n > 0 ? 'next' : 'this';
  const weekday = k === i ? weekdayRule(s, k + 1, true, direction) : null;
  return weekday === null ? null : { ...weekday, first: i };
}

/** "в понедельник", "у п'ятницю", "on Monday", "Monday night"; not "Black Friday". */
function weekdayRule(s: Scanner, i: number, licensed: boolean, direction: Direction): DateMatch | null {
  const weekday = s.lex.weekdays.get(normAt(s, i));
  if (weekday === undefined) return null;
  if (!licensed) {
    // Russian and Ukrainian say "в понедельник"; English news often drops the "on".
    if (!s.lex.monthsCapitalised || !isCapitalised(s, i)) return null;
    // A capitalised word before makes a name of it: "Black Friday", "Cyber Monday".
    if (isWord(s, i - 1) && sameSentence(s, i - 1, i) && isCapitalised(s, i - 1)) return null;
    if (isWord(s, i + 1) && midCapitalised(s, i + 1)) return null;
  }
  return match(i, withDayPart(s, i), { kind: 'weekday', weekday, direction });
}

/**
 * "в октябре", "в октябре 2025 года", "октября прошлого года", "October 24, 2025", "in May".
 * A month needs a preposition, a part word or a year: "Мая Санду" and "May impose" are no dates.
 */
function monthRule(s: Scanner, i: number, licensed: boolean): DateMatch | null {
  const month = monthAt(s, i);
  if (month === null) return null;
  if (!s.lex.monthsCapitalised && midCapitalised(s, i)) return null;
  // "Мая Санду": an unlicensed month before a name is a name; "в сентябре Япония" is a date.
  if (!licensed && isWord(s, month.last + 1) && midCapitalised(s, month.last + 1)) return null;
  const day = numberToken(s, month.last + 1);
  if (s.lex.monthsCapitalised && day !== null && day.digits <= 2 && day.value >= 1 && day.value <= 31) {
    let last = skipOrdinalSuffix(s, month.last + 1);
    const second = numberToken(s, last + 2);
    if (s.lex.rangeJoiners.has(normAt(s, last + 1)) && second !== null && second.digits <= 2) last += 2;
    return withYear(s, i, last, month.month, day.value);
  }
  return monthWithTail(s, i, month.last, month.month, licensed, null);
}

/** "два года назад", "неделю назад", "a week ago" (a number written in digits is a number rule). */
function agoRule(s: Scanner, i: number): DateMatch | null {
  const quantity = quantityAt(s, i);
  if (quantity === null || !s.lex.ago.has(normAt(s, quantity.last + 1))) return null;
  let last = quantity.last + 1;
  if (s.lex.ago.has(normAt(s, last + 1))) last++;
  return match(i, last, { kind: 'shift', unit: quantity.unit, n: -quantity.n });
}

/** "через три дня", "in two weeks"; "in a year" is too vague to date. */
export function forwardRule(s: Scanner, i: number): DateMatch | null {
  if (!s.lex.forward.has(normAt(s, i))) return null;
  const quantity = quantityAt(s, i + 1);
  if (quantity === null || quantity.article) return null;
  return match(i, quantity.last, { kind: 'shift', unit: quantity.unit, n: quantity.n });
}
