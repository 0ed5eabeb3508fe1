/**
 * Token patterns, the small grammar language of dyad's lexicons (in the spirit of yargy's
 * rules written as data). A word pattern is:
 *   "word"   the token's lemma (any reading) or its lower-cased surface equals "word";
 *   "stem*"  the lower-cased surface starts with "stem" (for languages without a lemmatiser,
 *            and for inflected forms the dictionary does not know);
 *   "=word"  the lower-cased surface equals "word", whatever its lemmas ("=посол": not "после",
 *            which the dictionary also reads as a form of "посол");
 *   "a|b"    either alternative.
 * Surfaces and lemmas are compared lower-cased with ё folded to е.
 */
import type { AnalyzedDoc, Token } from './layers.js';

export type WordPattern = string;

export function fold(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е').replaceAll('’', "'").replaceAll('ʼ', "'");
}

interface TokenKeys {
  surface: string;
  lemmas: readonly string[];
}

const keyCache = new WeakMap<readonly Token[], TokenKeys[]>();

export function tokenKeys(doc: AnalyzedDoc): TokenKeys[] {
  const tokens = doc.layers.tokens ?? [];
  let keys = keyCache.get(tokens);
  if (!keys) {
    const morphology = doc.layers.morphology ?? [];
    keys = tokens.map((token, i) => ({
      surface: fold(token.text),
      lemmas: (morphology[i] ?? []).map((reading) => fold(reading.lemma)),
    }));
    keyCache.set(tokens, keys);
  }
  return keys;
}

interface CompiledAlternative {
  prefix: boolean;
  surfaceOnly: boolean;
  word: string;
}

const compiled = new Map<WordPattern, CompiledAlternative[]>();

function compile(pattern: WordPattern): CompiledAlternative[] {
  let alternatives = compiled.get(pattern);
  if (!alternatives) {
    alternatives = pattern.split('|').map((alternative) => {
      const prefix = alternative.endsWith('*');
      const surfaceOnly = alternative.startsWith('=');
      const word = alternative.slice(surfaceOnly ? 1 : 0, prefix ? -1 : undefined);
      return { prefix, surfaceOnly, word: fold(word) };
    });
    compiled.set(pattern, alternatives);
  }
  return alternatives;
}

export function keyMatches(keys: TokenKeys, pattern: WordPattern): boolean {
  for (const { prefix, surfaceOnly, word } of compile(pattern)) {
    if (prefix) {
      if (keys.surface.startsWith(word)) return true;
    } else if (keys.surface === word || (!surfaceOnly && keys.lemmas.includes(word))) {
      return true;
    }
  }
  return false;
}

export function tokenMatches(doc: AnalyzedDoc, index: number, pattern: WordPattern): boolean {
  const keys = tokenKeys(doc)[index];
  return keys !== undefined && keyMatches(keys, pattern);
}

/**
 * Matches a sequence of word patterns starting at token `index`; returns the end token index
 * (exclusive) or -1. Adjacent tokens only.
 */
export function matchSequence(doc: AnalyzedDoc, index: number, patterns: readonly WordPattern[]): number {
  let i = index;
  for (const pattern of patterns) {
    if (!tokenMatches(doc, i, pattern)) return -1;
    i++;
  }
  return i;
}

/** Like matchSequence but ending at token `end` (exclusive); returns the start index or -1. */
export function matchSequenceBefore(doc: AnalyzedDoc, end: number, patterns: readonly WordPattern[]): number {
  const start = end - patterns.length;
  if (start < 0) return -1;
  return matchSequence(doc, start, patterns) === end ? start : -1;
}
