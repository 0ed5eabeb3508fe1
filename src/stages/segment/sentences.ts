/**
 * Sentence boundaries over the scanned tokens: candidates are terminal punctuation and dotted
 * abbreviations; the rules below decide, looking at the next token (razdel's design).
 */
import type { Token } from '../../core/layers.js';
import type { Span } from '../../core/span.js';
import { type Abbreviations, AFTER_NUMBER, INITIAL, NONE, STARTER, TAIL, TITLE } from './abbreviations.js';
import { isLowerAt, isUpperAt } from './char-class.js';
import type { Scan } from './tokenize.js';

/** Closing marks that, attached to a terminal, end the sentence with it (`зимой."`). */
const CLOSERS = new Set(['»', '”', '“', '"', "'", '’', '›', ')', ']', '}']);
/** Punctuation after a terminal that shows the sentence goes on (`«Да!», – сказал`). */
const CONTINUERS = new Set([',', ';', ':', ')', ']', '}', '.', '!', '?', '…']);
const DASHES = new Set(['-', '--', '–', '—', '‒', '―', '‐', '‑']);
/** Roman numerals, also typed with Cyrillic Х and І ("ХХ в."). */
const ROMAN = /^[IVXLCDMХІ]+$/;

export interface Segmentation {
  sentences: Span[];
  tokens: Token[];
}

function isTerminal(token: Token): boolean {
  if (token.kind !== 'punct') return false;
  const c = token.text.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || (c >= 0x203c && c <= 0x2049);
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

export function splitSentences(text: string, scanned: Scan, abbreviations: Abbreviations): Segmentation {
  const { tokens, newlineBefore, roles } = scanned;
  const n = tokens.length;
  const out: Token[] = [];
  const sentences: Span[] = [];
  let first = 0;

  /** Whether the token after the terminal at `m` (a dash, then a word) starts a new sentence. */
  function startsSentence(m: number): boolean {
    const next = tokens[m] as Token;
    if (next.kind === 'word' || next.kind === 'number') return !isLowerAt(text, next.start);
    if (next.kind === 'punct') {
      if (CONTINUERS.has(next.text[0] ?? '')) return false;
      if (DASHES.has(next.text)) {
        const after = tokens[m + 1];
        return !(after !== undefined && newlineBefore[m + 1] === 0 && isLowerAt(text, after.start));
      }
    }
    return true;
  }

  function afterAbbreviation(role: number, k: number, m: number): boolean {
    let effective = role;
    if (role === AFTER_NUMBER) {
      const prev = k > first ? tokens[k - 1] : undefined;
      if (prev === undefined || !(prev.kind === 'number' || ROMAN.test(prev.text))) return false;
      effective = STARTER;
    }
    const next = tokens[m] as Token;
    if (role === INITIAL) {
      // "Vitamin C. The ...": an initial before a function word is a letter ending the sentence
      return roles[m] === NONE && next.text.length > 1 && isUpperAt(text, next.start) && isStarterWord(next);
    }
    if (next.kind === 'punct') return effective === TAIL && startsSentence(m);
    if (next.kind !== 'word' || !isUpperAt(text, next.start)) return false;
    if (effective === TAIL) return !isAcronym(next.text);
    return isStarterWord(next);
  }

  function isStarterWord(token: Token): boolean {
    return token.kind === 'word' && abbreviations.isStarter(token.text.toLowerCase());
  }

  function close(end: number): void {
    if (end <= first) return;
    const index = sentences.length;
    for (let k = first; k < end; k++) {
      const token = tokens[k] as Token;
      token.sentence = index;
      out.push(token);
    }
    const last = tokens[end - 1] as Token;
    if (roles[end - 1] === INITIAL) {
      // "план Б." at a paragraph end: the full stop is the sentence's, not the initial's
      out.pop();
      const dot = last.end - 1;
      out.push({ ...last, end: dot, text: text.slice(last.start, dot) });
      out.push({ start: dot, end: last.end, text: '.', kind: 'punct', sentence: index, spaceBefore: false });
    }
    sentences.push({ start: (tokens[first] as Token).start, end: last.end });
    first = end;
  }

  let k = 0;
  while (k < n) {
    if (k > first && newlineBefore[k] === 1) close(k);
    const token = tokens[k] as Token;
    const role = roles[k] as number;
    // " .eu", " .РФ": a dot glued to the next word after a space names a domain zone
    const zone = token.spaceBefore && tokens[k + 1]?.spaceBefore === false && tokens[k + 1]?.kind === 'word';
    const terminal = role === NONE && isTerminal(token) && !zone;
    if (!terminal && (role === NONE || role === TITLE)) {
      k++;
      continue;
    }
    let m = k + 1;
    while (m < n && newlineBefore[m] === 0 && !(tokens[m] as Token).spaceBefore) {
      if (!CLOSERS.has((tokens[m] as Token).text)) break;
      m++;
    }
    let split: boolean;
    if (m >= n || newlineBefore[m] === 1) split = true;
    else if (!terminal) split = afterAbbreviation(role, k, m);
    else if (k === first + 1 && token.text === '.' && tokens[first]?.kind === 'number') split = false;
    else split = startsSentence(m);
    if (split) close(m);
    k = m;
  }
  close(n);
  return { sentences, tokens: out };
}
