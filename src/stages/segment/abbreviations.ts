/** Per-language abbreviation lookup, compiled once from the tables in src/lang/*. */
import type { Lang } from '../../core/doc.js';
import { enAbbreviations } from '../../lang/en/abbreviations.js';
import { ruAbbreviations } from '../../lang/ru/abbreviations.js';
import { ukAbbreviations } from '../../lang/uk/abbreviations.js';
import type { AbbreviationKind, AbbreviationTable } from './abbreviation-types.js';

/** Role codes stored per token; NONE for tokens that are not dotted abbreviations. */
export const NONE = 0;
export const TITLE = 1;
export const TAIL = 2;
export const STARTER = 3;
export const AFTER_NUMBER = 4;
/** A single capital with its dot: a name initial, never a sentence end before a name. */
export const INITIAL = 5;

const CODES: Record<AbbreviationKind, number> = {
  title: TITLE,
  tail: TAIL,
  starter: STARTER,
  'after-number': AFTER_NUMBER,
};

export interface Abbreviations {
  /** Role code of `word` (without its final dot), or NONE. */
  lookup(word: string): number;
  /** Whether the lower-cased word commonly opens a sentence. */
  isStarter(lowerWord: string): boolean;
}

function compile(table: AbbreviationTable): Abbreviations {
  const entries = new Map<string, number>();
  for (const [key, kind] of Object.entries(table.entries)) entries.set(key, CODES[kind]);
  const starters = new Set(table.sentenceStarters);
  const caseSensitive = table.caseSensitive;
  return {
    lookup(word) {
      return entries.get(caseSensitive ? word : word.toLowerCase()) ?? NONE;
    },
    isStarter(lowerWord) {
      return starters.has(lowerWord);
    },
  };
}

const TABLES: Record<Lang, AbbreviationTable> = {
  ru: ruAbbreviations,
  uk: ukAbbreviations,
  en: enAbbreviations,
};

const compiled = new Map<Lang, Abbreviations>();

export function abbreviationsFor(lang: Lang): Abbreviations {
  let hit = compiled.get(lang);
  if (hit === undefined) {
    hit = compile(TABLES[lang]);
    compiled.set(lang, hit);
  }
  return hit;
}
