/**
 * The date grammar: one left-to-right pass over the tokens. At each token the rules keyed by that
 * token's text are tried (a handful of Map look-ups); a match consumes its tokens.
 */
import type { DateRecord, Lang } from '../../core/doc.js';
import type { Morphology, Token } from '../../core/layers.js';
import { coarsen, type Published, resolve } from './calendar.js';
import { lexiconFor } from './compiled.js';
import { numberRule, numericRun } from './number-rules.js';
import { type DateMatch, isNumber, normAt, type Scanner, sameSentence } from './scanner.js';
import { forwardRule, wordRule } from './word-rules.js';

export interface GrammarInput {
  text: string;
  lang: Lang;
  tokens: readonly Token[];
  morphology: Morphology | null;
  published: Published | null;
}

export function findDates(input: GrammarInput): DateRecord[] {
  const { tokens, text } = input;
  const s: Scanner = {
    tokens,
    norms: new Array<string | undefined>(tokens.length),
    lex: lexiconFor(input.lang),
    morphology: input.morphology,
  };
  const dates: DateRecord[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (!mayStart(s, i)) {
      i++;
      continue;
    }
    const found = matchAt(s, i);
    if (found === undefined) {
      i = numericRun(s, i).last + 1; // "24/7", "10:30", "3,5": no date starts inside
      continue;
    }
    if (found === null) {
      i++;
      continue;
    }
    const value = resolve(found.meaning, input.published, needsFuture(found) && future(s, found));
    const first = tokens[found.first];
    const last = tokens[found.last];
    if (value !== null && first !== undefined && last !== undefined) {
      dates.push({
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        value: coarsen(value, found.part),
      });
    }
    i = found.last + 1;
  }
  return dates;
}

/** Cheap test on the raw token text; only unusual spellings (ВЧЕРА, "Oct.") need folding. */
function mayStart(s: Scanner, i: number): boolean {
  const token = s.tokens[i];
  if (token === undefined || token.kind === 'punct') return false;
  const raw = token.text;
  if (token.kind === 'number' || s.lex.starters.has(raw) || raw.includes('-')) return true;
  return (isUpper(raw.charCodeAt(1)) || raw.endsWith('.')) && s.lex.starters.has(normAt(s, i));
}

/** Latin or Cyrillic capital letter (Ё, Є, І, Ї included), without allocating. */
function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0x400 && code <= 0x42f);
}

/** A match, null for none, undefined for a numeric run that is not a date. */
function matchAt(s: Scanner, i: number): DateMatch | null | undefined {
  const forward = forwardRule(s, i);
  if (forward !== null) return forward;
  const word = normAt(s, i);
  const inSpan = s.lex.spanPrepositions.has(word);
  if (inSpan || s.lex.contextPrepositions.has(word)) {
    let k = skipArticle(s, i + 1);
    const night = s.lex.nights.has(normAt(s, k)) && s.lex.nightPrepositions.has(normAt(s, k + 1));
    if (night) k = skipArticle(s, k + 2);
    if (!sameSentence(s, i, k)) return null;
    const found = core(s, k, word, night);
    if (found) return inSpan || night ? { ...found, first: i } : found;
    return null;
  }
  return core(s, i, null, false);
}

/** "on the night of", "over the weekend": English puts an article where others put nothing. */
function skipArticle(s: Scanner, k: number): number {
  return normAt(s, k) === 'the' && s.lex.fillers.has('the') ? k + 1 : k;
}

function core(s: Scanner, i: number, preposition: string | null, night: boolean) {
  if (isNumber(s, i)) return numberRule(s, i, { preposition, night });
  return wordRule(s, i, { preposition });
}

/** Only expressions without a year or direction can be pulled into the future by the sentence. */
function needsFuture(m: DateMatch): boolean {
  const meaning = m.meaning;
  if (meaning.kind === 'weekday') return meaning.direction === 'recent';
  return (meaning.kind === 'dayMonth' || meaning.kind === 'month') && meaning.yearShift === null;
}

/** Looking back, a quotation or a dash ends the clause the date belongs to; a comma does not. */
const QUOTE_END = new Set([';', '—', '–', '(', ')', '«', '»', '"', '“', '”']);
const CLAUSE_END = new Set([',', ';', ':', '—', '–', '(', ')', '«', '»', '"', '“', '”']);

/**
 * A future cue earlier in the sentence, or (free word order) later in the same clause. Cues are
 * looked up as written (the table holds capitalised forms too), so the sentence is not folded.
 */
function future(s: Scanner, m: DateMatch): boolean {
  for (let k = m.first - 1; k >= 0 && sameSentence(s, k, m.first); k--) {
    const word = s.tokens[k]?.text ?? '';
    if (QUOTE_END.has(word)) return false; // «…будет…», – сказала она в четверг
    if (s.lex.futureCues.has(word)) return true;
  }
  if (!s.lex.cuesAfter) return false;
  for (let k = m.last + 1; k < s.tokens.length && sameSentence(s, k, m.last); k++) {
    const word = s.tokens[k]?.text ?? '';
    if (CLAUSE_END.has(word)) return false;
    if (s.lex.futureCues.has(word)) return true;
  }
  return false;
}
