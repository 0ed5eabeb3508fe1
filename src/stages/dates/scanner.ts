/**
 * What the date rules see: the tokens, their folded text, the language tables and a few questions
 * about neighbouring tokens. Offsets always come from the tokens; nothing here searches the text.
 */
import type { Morphology, Token } from '../../core/layers.js';
import type { DateMeaning } from './calendar.js';
import { type CompiledLexicon, fold } from './compiled.js';
import type { PeriodPart } from './lexicon.js';

export interface Scanner {
  tokens: readonly Token[];
  /** Folded token text, index-aligned with tokens, filled on first use (see normAt). */
  norms: (string | undefined)[];
  lex: CompiledLexicon;
  morphology: Morphology | null;
}

/** A matched expression: tokens first..last inclusive. */
export interface DateMatch {
  first: number;
  last: number;
  meaning: DateMeaning;
  part: PeriodPart | null;
}

export function normAt(s: Scanner, i: number): string {
  let norm = s.norms[i];
  if (norm === undefined) {
    const token = s.tokens[i];
    if (token === undefined) return '';
    norm = fold(token.text);
    s.norms[i] = norm;
  }
  return norm;
}

export function isNumber(s: Scanner, i: number): boolean {
  return s.tokens[i]?.kind === 'number';
}

export function isWord(s: Scanner, i: number): boolean {
  return s.tokens[i]?.kind === 'word';
}

/** Token i follows token i-1 with no space and in the same sentence: "24" "-" "го". */
export function attached(s: Scanner, i: number): boolean {
  const t = s.tokens[i];
  const prev = s.tokens[i - 1];
  return t !== undefined && prev !== undefined && !t.spaceBefore && t.sentence === prev.sentence;
}

export function sameSentence(s: Scanner, a: number, b: number): boolean {
  const x = s.tokens[a];
  const y = s.tokens[b];
  return x !== undefined && y !== undefined && x.sentence === y.sentence;
}

export function isCapitalised(s: Scanner, i: number): boolean {
  const text = s.tokens[i]?.text ?? '';
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

const OPENING = new Set(['«', '"', '“', '„', '(', '—', '–', '-', ':']);

/** First word of its sentence (after any opening quote or dash). */
export function sentenceInitial(s: Scanner, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && sameSentence(s, k, i) && OPENING.has(s.tokens[k]?.text ?? '')) k--;
  return k < 0 || !sameSentence(s, k, i);
}

/** A capitalised word that starts no sentence: a name, not a common word ("Мая Санду"). */
export function midCapitalised(s: Scanner, i: number): boolean {
  return isCapitalised(s, i) && !sentenceInitial(s, i);
}

/** Inside quotation marks: «Сегодня» is a newspaper. */
export function quoted(s: Scanner, i: number): boolean {
  const prev = s.tokens[i - 1]?.text ?? '';
  const next = s.tokens[i + 1]?.text ?? '';
  return prev === '«' || prev === '"' || prev === '“' || next === '»' || next === '”';
}

const NUMBER_TOKEN = /^(\d+)(?:-?([^\d.]+))?$/;

/** A number token, with any suffix written into it: "24", "24th", "2025г", "24-го". */
export function numberToken(s: Scanner, i: number): { value: number; digits: number; suffix: string } | null {
  if (!isNumber(s, i)) return null;
  const match = NUMBER_TOKEN.exec(normAt(s, i));
  if (!match) return null;
  const digits = match[1] ?? '';
  return { value: Number(digits), digits: digits.length, suffix: match[2] ?? '' };
}

/** Index of the last token of an ordinal suffix written apart ("24" "-" "го"), or i itself. */
export function skipOrdinalSuffix(s: Scanner, i: number): number {
  const next = normAt(s, i + 1);
  if (attached(s, i + 1) && s.lex.ordinalSuffixes.has(next)) return i + 1;
  if (
    next === '-' &&
    attached(s, i + 1) &&
    attached(s, i + 2) &&
    s.lex.ordinalSuffixes.has(normAt(s, i + 2))
  ) {
    return i + 2;
  }
  return i;
}

/** After a short abbreviation ("г", "р", "Oct"), the period written as its own token, if any. */
export function skipAbbreviationDot(s: Scanner, i: number): number {
  const token = s.tokens[i];
  if (token === undefined || token.text.endsWith('.')) return i;
  return s.tokens[i + 1]?.text === '.' && attached(s, i + 1) ? i + 1 : i;
}
