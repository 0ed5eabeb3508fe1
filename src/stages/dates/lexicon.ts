/**
 * The shape of one language's date vocabulary. The data lives in src/lang/<lang>/dates.ts; the
 * grammar in this folder is language-neutral and reads only these tables.
 */

export type Unit = 'day' | 'week' | 'month' | 'year';
export type PeriodPart = 'start' | 'mid' | 'end';

/** What a fixed phrase means: a shift from the publication date, or the period that contains it. */
export interface RelativeMeaning {
  kind: 'shift' | 'period';
  unit: Unit;
  n: number;
}

export interface DateLexicon {
  /** Every inflected form of every month name, lower-case, to 1..12. */
  months: Record<string, number>;
  /** Month names are capitalised in this language (English), so lower-case forms are other words. */
  monthsCapitalised: boolean;
  /** Weekday forms to ISO weekday 1..7 (Monday 1); "weekend" words map to 6. */
  weekdays: Record<string, number>;
  /** One-word relative days: today 0, yesterday -1. */
  relativeDays: Record<string, number>;
  /** Multi-word (or rare one-word) fixed expressions, words joined by one space. */
  phrases: Record<string, RelativeMeaning>;
  /** "On the eve": published − 1 day, unless used as a preposition ("накануне визита"). */
  eve: string[];
  /** Words that may follow a relative day or weekday and belong to it: утром, night. */
  dayParts: string[];
  /** Unit nouns (any case) with how many units one word means (полгода = 6 months). */
  units: Record<string, { unit: Unit; n: number }>;
  /** Unit forms that mean one unit with no number before them: неделю (назад), год (назад). */
  loneUnits: string[];
  /** Cardinal number words usable before a unit. */
  numbers: Record<string, number>;
  /** Postpositions that turn "N units" into the past: назад, тому, ago. */
  ago: string[];
  /** Prepositions that turn "N units" into the future: через, in. */
  forward: string[];
  /** Words after a year number that mark it as a year: год, г, року, р. */
  yearWords: string[];
  /** Ordinal suffixes after a day or year number, written with or without a hyphen: го, th. */
  ordinalSuffixes: string[];
  /** Adjectives choosing a period relative to now, all forms: прошлой -1, этом 0, следующей +1. */
  modifiers: Record<string, number>;
  /** Adverbs that may precede "this month" and keep its meaning: earlier, later. */
  modifierLeads: string[];
  /** Beginning / middle / end of a period, all forms. */
  periodParts: Record<string, PeriodPart>;
  /** Prepositions included in the date's span: в, у, на, in, on. */
  spanPrepositions: string[];
  /** Prepositions that license a bare month or year but stay outside the span: с, до, since. */
  contextPrepositions: string[];
  /** "Night" nouns for "в ночь на 5 ноября", and the prepositions after them. */
  nights: string[];
  nightPrepositions: string[];
  /** Words joining two day numbers of a range: и, по, and, to. */
  rangeJoiners: string[];
  /** Words that may sit between parts and are skipped: of, the. */
  fillers: string[];
  /** Cues in the sentence that put an ambiguous date in the future: будет, will. */
  futureCues: string[];
  /** Whether cues after the date in the same clause count (free word order: "В пятницу состоится"). */
  cuesAfter: boolean;
  /**
   * Conjunctions and particles: may follow a bare "в 2022" without making it a count ("2022
   * ракеты"), or "накануне" without making it a preposition.
   */
  functionWords: string[];
}

/** All forms of an adjective stem with the given endings, e.g. forms('прошл', RU_ADJ). */
export function forms(stem: string, endings: readonly string[]): string[] {
  return endings.map((ending) => stem + ending);
}

/** A record from a list of words that all mean the same value. */
export function allTo<V>(words: readonly string[], value: V): Record<string, V> {
  const out: Record<string, V> = {};
  for (const word of words) out[word] = value;
  return out;
}
