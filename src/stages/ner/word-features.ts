/**
 * Features of a word form on its own (spelling, affixes, dictionary tags), hashed and memoised
 * per form: documents repeat their words, so most tokens cost one map look-up.
 */
import Az from 'az';
import { featureHash } from './hash.js';

export interface WordInfo {
  /** Features that neighbours also see, most telling first. */
  core: number[];
  /** Features only the token itself sees. */
  local: number[];
  /** Capitalised (first letter upper case). */
  cap: boolean;
  lower: string;
}

const memo = new Map<string, WordInfo>();
const MEMO_LIMIT = 100_000;
const AZ_FLAGS = ['Geox', 'Orgn', 'Surn', 'Name', 'Patr', 'Abbr', 'Init', 'Fixd'] as const;

/** Letter case and digits as a pattern with runs collapsed: «Москвы» → Xx, «ООО» → X. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

function script(word: string): string {
  if (/[a-z]/i.test(word)) return /[а-яё]/i.test(word) ? 'mixed' : 'lat';
  return /[а-яё]/i.test(word) ? 'cyr' : 'none';
}

/** Dictionary tags of any reading, and of the best one, from az (Russian only). */
function azFeatures(word: string, lang: string): string[] {
  if (lang !== 'ru' || !/\p{L}/u.test(word)) return [];
  let parses: ReturnType<typeof Az.Morph>;
  try {
    parses = Az.Morph(word, { stutter: 0 });
  } catch {
    return [];
  }
  const out: string[] = [];
  const best = parses[0]?.tag;
  for (const flag of AZ_FLAGS) {
    if (best?.[flag]) out.push(`az1:${flag}`);
    else if (parses.some((p) => p.tag[flag])) out.push(`az:${flag}`);
  }
  // People are animate nouns; «Дума», «Гринпис» are not.
  if (best?.anim) out.push('az1:anim');
  else if (best?.inan) out.push('az1:inan');
  return out;
}

function compute(word: string, lang: string): WordInfo {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  const shape = wordShape(word);
  const first = word[0] ?? '';
  const cap = /\p{Lu}/u.test(first);
  const az = azFeatures(word, lang);
  const core = [`w:${lower}`, `s:${shape}`, `x3:${lower.slice(-3)}`, ...az];
  const local = [
    `x2:${lower.slice(-2)}`,
    `x4:${lower.slice(-4)}`,
    `p2:${lower.slice(0, 2)}`,
    `p3:${lower.slice(0, 3)}`,
    `p4:${lower.slice(0, 4)}`,
    `sc:${script(word)}`,
    `len:${Math.min(word.length, 10)}`,
    ...az.map((f) => `${shape}|${f}`),
  ];
  return { core: core.map(featureHash), local: local.map(featureHash), cap, lower };
}

export function wordInfo(word: string, lang: string): WordInfo {
  const key = `${lang}:${word}`;
  let info = memo.get(key);
  if (info === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    info = compute(word, lang);
    memo.set(key, info);
  }
  return info;
}
