/**
 * A language's date vocabulary turned into Maps and Sets once, so the matcher does one hash look-up
 * per token and question. Keys are folded like token text (lower case, ё → е, one apostrophe).
 */
import type { Lang } from '../../core/doc.js';
import { EN_DATES } from '../../lang/en/dates.js';
import { RU_DATES } from '../../lang/ru/dates.js';
import { UK_DATES } from '../../lang/uk/dates.js';
import type { DateLexicon, PeriodPart, RelativeMeaning, Unit } from './lexicon.js';

/** The explicit registry: a language without date tables is a compile error. */
const LEXICONS: Record<Lang, DateLexicon> = { ru: RU_DATES, uk: UK_DATES, en: EN_DATES };

export interface Phrase {
  words: string[];
  meaning: RelativeMeaning;
}

export interface CompiledLexicon {
  /**
   * Every word a date expression can start with, as written (lower case, capitalised, either
   * apostrophe), so most tokens are skipped with one look-up and never folded.
   */
  starters: Set<string>;
  monthsCapitalised: boolean;
  cuesAfter: boolean;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  relativeDays: Map<string, number>;
  /** By first word, longest first. */
  phrases: Map<string, Phrase[]>;
  units: Map<string, { unit: Unit; n: number }>;
  loneUnits: Set<string>;
  numbers: Map<string, number>;
  modifiers: Map<string, number>;
  periodParts: Map<string, PeriodPart>;
  eve: Set<string>;
  dayParts: Set<string>;
  ago: Set<string>;
  forward: Set<string>;
  yearWords: Set<string>;
  ordinalSuffixes: Set<string>;
  modifierLeads: Set<string>;
  spanPrepositions: Set<string>;
  contextPrepositions: Set<string>;
  nights: Set<string>;
  nightPrepositions: Set<string>;
  rangeJoiners: Set<string>;
  fillers: Set<string>;
  /** As written, like starters. */
  futureCues: Set<string>;
  functionWords: Set<string>;
}

/** Token text as the tables spell it; a trailing period goes, so "г." and "г" + "." look alike. */
export function fold(text: string): string {
  let out = text.toLowerCase();
  if (out.length > 1 && out.endsWith('.')) out = out.slice(0, -1);
  if (/[ё’ʼ`]/.test(out)) out = out.replaceAll('ё', 'е').replace(/[’ʼ`]/g, "'");
  return out;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function starterForms(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const folded = fold(word);
    const variants = [word, folded, folded.replaceAll("'", '’'), folded.replaceAll("'", 'ʼ')];
    for (const variant of variants) {
      out.add(variant);
      out.add(capitalise(variant));
    }
  }
  return out;
}

const mapOf = <V>(record: Record<string, V>) =>
  new Map(Object.entries(record).map(([key, value]) => [fold(key), value] as const));
const setOf = (words: readonly string[]) => new Set(words.map(fold));

function compile(lex: DateLexicon): CompiledLexicon {
  const phrases = new Map<string, Phrase[]>();
  for (const [text, meaning] of Object.entries(lex.phrases)) {
    const words = fold(text).split(' ');
    const first = words[0] ?? '';
    const list = phrases.get(first) ?? [];
    list.push({ words, meaning });
    list.sort((a, b) => b.words.length - a.words.length);
    phrases.set(first, list);
  }
  const starters = starterForms([
    ...[lex.months, lex.weekdays, lex.relativeDays, lex.modifiers, lex.periodParts, lex.numbers, lex.phrases]
      .flatMap((table) => Object.keys(table))
      .map((key) => key.split(' ')[0] ?? ''),
    ...[
      lex.eve,
      lex.modifierLeads,
      lex.loneUnits,
      lex.forward,
      lex.spanPrepositions,
      lex.contextPrepositions,
    ].flat(),
  ]);
  return {
    starters,
    monthsCapitalised: lex.monthsCapitalised,
    cuesAfter: lex.cuesAfter,
    months: mapOf(lex.months),
    weekdays: mapOf(lex.weekdays),
    relativeDays: mapOf(lex.relativeDays),
    phrases,
    units: mapOf(lex.units),
    loneUnits: setOf(lex.loneUnits),
    numbers: mapOf(lex.numbers),
    modifiers: mapOf(lex.modifiers),
    periodParts: mapOf(lex.periodParts),
    eve: setOf(lex.eve),
    dayParts: setOf(lex.dayParts),
    ago: setOf(lex.ago),
    forward: setOf(lex.forward),
    yearWords: setOf(lex.yearWords),
    ordinalSuffixes: setOf(lex.ordinalSuffixes),
    modifierLeads: setOf(lex.modifierLeads),
    spanPrepositions: setOf(lex.spanPrepositions),
    contextPrepositions: setOf(lex.contextPrepositions),
    nights: setOf(lex.nights),
    nightPrepositions: setOf(lex.nightPrepositions),
    rangeJoiners: setOf(lex.rangeJoiners),
    fillers: setOf(lex.fillers),
    futureCues: starterForms(lex.futureCues),
    functionWords: setOf(lex.functionWords),
  };
}

const cache = new Map<Lang, CompiledLexicon>();

export function lexiconFor(lang: Lang): CompiledLexicon {
  let compiled = cache.get(lang);
  if (!compiled) {
    compiled = compile(LEXICONS[lang]);
    cache.set(lang, compiled);
  }
  return compiled;
}
