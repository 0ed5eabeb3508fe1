/**
 * Calendar arithmetic on UTC day numbers, and the resolution of a parsed expression against the
 * publication date. News prefers the past: an expression without a year or direction is put on or
 * before the publication date unless the sentence speaks of the future.
 */
import type { PeriodPart, Unit } from './lexicon.js';

const DAY_MS = 86_400_000;

/** What the grammar understood, before the publication date is applied. */
export type DateMeaning =
  | { kind: 'absolute'; year: number; month: number | null; day: number | null }
  /** A day or month whose year is given relative to now (yearShift) or not at all (null). */
  | { kind: 'dayMonth'; month: number; day: number; yearShift: number | null }
  | { kind: 'month'; month: number; yearShift: number | null }
  /** Now ± n units, as a point: 3 days ago, a year ago. */
  | { kind: 'shift'; unit: Unit; n: number }
  /** The period n units from the current one: last week, this year. */
  | { kind: 'period'; unit: Unit; n: number }
  /** recent: on or before now; past: strictly before; next: strictly after; this: same week. */
  | { kind: 'weekday'; weekday: number; direction: 'recent' | 'past' | 'next' | 'this' };

export interface Published {
  year: number;
  month: number;
  day: number;
  /** UTC day number. */
  serial: number;
}

export function parsePublished(value: string | null): Published | null {
  if (value === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return { year, month, day, serial: serialOf(year, month, day) };
}

export function serialOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function isValidDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Without a year, 29 February must stay possible.
  const days = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return day <= days;
}

/** ISO weekday, Monday 1. */
function weekdayOf(serial: number): number {
  return ((((serial + 3) % 7) + 7) % 7) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of a day number, by Howard Hinnant's civil-from-days (no Date object per call). */
function formatSerial(serial: number): string {
  const z = serial + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad(month)}-${pad(day)}`;
}

function formatMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

function addMonths(p: Published, n: number): string {
  const index = p.year * 12 + (p.month - 1) + n;
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** How far after the publication date a day without a year may still be in the same year. */
const FUTURE_TOLERANCE_DAYS = 7;
/** The same for a month without a year: next month's name is usually about what is coming. */
const FUTURE_TOLERANCE_MONTHS = 1;

/**
 * The normalised value: YYYY-MM-DD, YYYY-MM or YYYY, or null when it needs a publication date
 * that is missing. `future` says the sentence speaks of what is to come.
 */
export function resolve(meaning: DateMeaning, p: Published | null, future: boolean): string | null {
  if (meaning.kind === 'absolute') {
    const { year, month, day } = meaning;
    if (month === null) return String(year);
    return day === null ? formatMonth(year, month) : `${formatMonth(year, month)}-${pad(day)}`;
  }
  if (p === null) return null;
  switch (meaning.kind) {
    case 'dayMonth': {
      const { month, day } = meaning;
      let year = p.year + (meaning.yearShift ?? 0);
      if (meaning.yearShift === null) {
        const serial = serialOf(year, month, day);
        if (future && serial < p.serial) year++;
        else if (!future && serial > p.serial + FUTURE_TOLERANCE_DAYS) year--;
      }
      if (!isValidDay(year, month, day)) return null;
      return `${formatMonth(year, month)}-${pad(day)}`;
    }
    case 'month': {
      let year = p.year + (meaning.yearShift ?? 0);
      if (meaning.yearShift === null) {
        if (future && meaning.month < p.month) year++;
        else if (!future && meaning.month > p.month + FUTURE_TOLERANCE_MONTHS) year--;
      }
      return formatMonth(year, meaning.month);
    }
    case 'shift':
      return shift(p, meaning.unit, meaning.n);
    case 'period':
      return period(p, meaning.unit, meaning.n);
    case 'weekday':
      return formatSerial(weekday(p.serial, meaning.weekday, meaning.direction, future));
  }
}

function shift(p: Published, unit: Unit, n: number): string {
  if (unit === 'day') return formatSerial(p.serial + n);
  if (unit === 'week') return formatSerial(p.serial + 7 * n);
  if (unit === 'month') return addMonths(p, n);
  return String(p.year + n);
}

/** A week is given as its Monday (YYYY-MM-DD): the closest day-precise stand-in for the week. */
function period(p: Published, unit: Unit, n: number): string {
  if (unit === 'day') return formatSerial(p.serial + n);
  if (unit === 'week') return formatSerial(p.serial - (weekdayOf(p.serial) - 1) + 7 * n);
  if (unit === 'month') return addMonths(p, n);
  return String(p.year + n);
}

function weekday(now: number, target: number, direction: string, future: boolean): number {
  const today = weekdayOf(now);
  const back = (today - target + 7) % 7; // days since the most recent such weekday, 0..6
  const ahead = (target - today + 7) % 7;
  switch (direction) {
    case 'past':
      return now - (back === 0 ? 7 : back);
    case 'next':
      return now + (ahead === 0 ? 7 : ahead);
    case 'this':
      return now - (today - 1) + (target - 1);
    default:
      return future ? now + ahead : now - back;
  }
}

/** Narrows a resolved value to the month or year a part-of-period phrase speaks of. */
export function coarsen(value: string, part: PeriodPart | null): string {
  if (part === null) return value;
  return value.length === 10 ? value.slice(0, 7) : value;
}
