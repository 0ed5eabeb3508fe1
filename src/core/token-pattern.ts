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

const FOLDED_AWAY = /[ёЁ’ʼ]/;
const folded = new Map<string, string>();
/** Distinct words remembered; news vocabulary repeats, and a full memo is simply started over. */
const FOLD_MEMO_SIZE = 100_000;

/** Lower case with ё as е and typographic apostrophes as "'" (memoised: it runs on every word). */
export function fold(word: string): string {
  let result = folded.get(word);
  if (result === undefined) {
    result = word.toLowerCase();
    if (FOLDED_AWAY.test(result))
      result = result.replaceAll('ё', 'е').replaceAll('’', "'").replaceAll('ʼ', "'");
    if (folded.size >= FOLD_MEMO_SIZE) folded.clear();
    folded.set(word, result);
  }
  return result;
}

export interface TokenKeys {
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

const PREFIX_KEY = 3;
const NO_ENTRIES: readonly never[] = [];

/**
 * Entries indexed by their first word pattern, so that a scan over tokens tries only the entries
 * whose first word can match (exact words and lemmas by value, prefixes by their first letters).
 */
export class FirstWordIndex<T> {
  private readonly byWord = new Map<string, T[]>();
  private readonly byPrefix = new Map<string, T[]>();
  private readonly order = new Map<T, number>();

  constructor(entries: readonly T[], firstPattern: (entry: T) => WordPattern) {
    entries.forEach((entry, position) => {
      this.order.set(entry, position);
      for (const { prefix, word } of compile(firstPattern(entry))) {
        const map = prefix ? this.byPrefix : this.byWord;
        const key = prefix ? word.slice(0, PREFIX_KEY) : word;
        const list = map.get(key) ?? [];
        if (!list.includes(entry)) list.push(entry);
        map.set(key, list);
      }
    });
  }

  /** Entries that may start at a token with these keys, in their original order. */
  candidates(keys: TokenKeys): readonly T[] {
    // Most tokens start no entry, and most others one list: no allocation for those.
    let only: T[] | undefined;
    let lists: T[][] | undefined;
    const add = (list: T[] | undefined) => {
      if (list === undefined || list === only || lists?.includes(list)) return;
      if (only === undefined) only = list;
      else if (lists === undefined) lists = [only, list];
      else lists.push(list);
    };
    add(this.byWord.get(keys.surface));
    for (const lemma of keys.lemmas) add(this.byWord.get(lemma));
    const { surface } = keys;
    for (let n = 1; n <= PREFIX_KEY && n <= surface.length; n++) add(this.byPrefix.get(surface.slice(0, n)));
    if (lists === undefined) return only ?? NO_ENTRIES;
    const found = [...new Set(lists.flat())];
    return found.sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }
}
