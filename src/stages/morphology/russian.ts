/**
 * Russian readings from az (an OpenCorpora dictionary with suffix prediction for unknown
 * words), mapped onto Reading. Lemmas fold ё to е so later stages match either spelling.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import Az, { type AzParse } from 'az';
import type { Case, Pos, Reading } from '../../core/layers.js';

const POS = new Set<string>([
  'NOUN',
  'ADJF',
  'ADJS',
  'VERB',
  'INFN',
  'PRTF',
  'PRTS',
  'GRND',
  'NUMR',
  'ADVB',
  'NPRO',
  'PREP',
  'CONJ',
  'PRCL',
  'INTJ',
  'COMP',
  'PRED',
]);
const CASES = new Set<string>(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct']);
/** az's secondary cases folded onto the six main ones (gen2 → gent, loc2 → loct...). */
const CASE_ALIAS: Record<string, Case> = {
  gen1: 'gent',
  gen2: 'gent',
  acc2: 'accs',
  loc1: 'loct',
  loc2: 'loct',
};
const MAX_READINGS = 8;

let ready: Promise<void> | null = null;

export function dictsPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
}

/** Loads the dictionaries once (~0.15 s); later calls share the same promise. */
export function initRussian(): Promise<void> {
  ready ??= new Promise((resolve, reject) => {
    Az.Morph.init(dictsPath(), (error) => (error ? reject(error) : resolve()));
  });
  return ready;
}

function toCase(value: string | undefined): Case | null {
  if (value === undefined) return null;
  if (CASES.has(value)) return value as Case;
  return CASE_ALIAS[value] ?? null;
}

function toReading(parse: AzParse, word: string): Reading {
  const tag = parse.tag;
  const post = tag.POST;
  const gender = tag.GNdr;
  const tense = tag.TEns;
  // normalize() returns nothing for some predicted parses; the form itself is the lemma then.
  const normal = parse.normalize() as AzParse | undefined;
  const lemma = typeof normal?.word === 'string' ? normal.word : word;
  return {
    lemma: lemma.toLowerCase().replace(/ё/g, 'е'),
    pos: post !== undefined && POS.has(post) ? (post as Pos) : null,
    case: toCase(tag.CAse),
    number: tag.NMbr === 'sing' || tag.NMbr === 'plur' ? tag.NMbr : null,
    gender: gender === 'masc' || gender === 'femn' || gender === 'neut' ? gender : null,
    tense: tense === 'past' || tense === 'pres' || tense === 'futr' ? tense : null,
    name: tag.Surn ? 'surname' : tag.Name ? 'first' : tag.Patr ? 'patronymic' : null,
    ...(tag.Geox ? { geo: true } : {}),
    ...(tag.pssv ? { passive: true } : {}),
    ...(tag.anim ? { animate: true } : {}),
    score: parse.score,
  };
}

function sameFeatures(a: Reading, b: Reading): boolean {
  return (
    a.lemma === b.lemma &&
    a.pos === b.pos &&
    a.case === b.case &&
    a.number === b.number &&
    a.gender === b.gender &&
    a.tense === b.tense &&
    a.name === b.name
  );
}

/** Readings of one word form, best first, scores summing to 1; distinct feature sets only. */
export function analyseRussian(word: string): Reading[] {
  const out: Reading[] = [];
  let parses: AzParse[];
  try {
    parses = Az.Morph(word, { stutter: 0 });
  } catch {
    parses = [];
  }
  for (const parse of parses) {
    const reading = toReading(parse, word);
    if (reading.pos === null && out.length > 0) continue;
    const same = out.find((r) => sameFeatures(r, reading));
    if (same) same.score += reading.score;
    else out.push(reading);
  }
  const total = out.reduce((sum, r) => sum + r.score, 0) || 1;
  for (const r of out) r.score /= total;
  out.sort((a, b) => b.score - a.score);
  return out.slice(0, MAX_READINGS);
}
