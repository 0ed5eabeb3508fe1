/**
 * Nouns: the lexicon expanded into every form (exact case sets), and suffix guesses for words
 * outside it, mostly names (Стубб, Схоофом, Гельсінкі) and rarer common nouns.
 */
import type { Case, Reading } from '../../../core/layers.js';
import { INDECLINABLE, NOUNS, PLURAL_ONLY } from '../../../lang/uk/morphology-nouns.js';
import { type Gender, type GrammaticalNumber, reading } from './build.js';
import { CASES, type NounClass, nounForms, PARADIGMS } from './paradigms.js';

let table: Map<string, Reading[]> | null = null;

function add(map: Map<string, Reading[]>, form: string, r: Reading): void {
  const list = map.get(form) ?? [];
  if (!list.some((x) => x.lemma === r.lemma && x.case === r.case && x.number === r.number)) list.push(r);
  map.set(form, list);
}

function build(): Map<string, Reading[]> {
  const map = new Map<string, Reading[]>();
  for (const [cls, words] of Object.entries(NOUNS) as [NounClass, string][]) {
    for (const entry of words.split(/\s+/).filter(Boolean)) {
      const animate = entry.endsWith('+');
      const [lemma = '', oblique] = entry.replace(/\+$/, '').split('/');
      const gender = PARADIGMS[cls].gender;
      for (const f of nounForms(lemma, cls, { ...(oblique ? { oblique } : {}), animate })) {
        if (f.case === 'voct') continue;
        const r = reading(lemma, 'NOUN', f.case, f.number, gender);
        if (animate) r.animate = true;
        add(map, f.form, r);
      }
    }
  }
  for (const [cls, words] of Object.entries(PLURAL_ONLY) as [NounClass, string][]) {
    const nomn = PARADIGMS[cls].plur[0]?.[0] ?? '';
    for (const lemma of words.split(/\s+/).filter(Boolean)) {
      const oblique = lemma.slice(0, lemma.length - nomn.length);
      for (const f of nounForms(lemma, cls, { oblique, pluralOnly: true })) {
        if (f.case === 'voct') continue;
        add(map, f.form, reading(lemma, 'NOUN', f.case, 'plur', null));
      }
    }
  }
  for (const word of INDECLINABLE.split(/\s+/).filter(Boolean)) {
    for (const kase of CASES.slice(0, 6)) add(map, word, reading(word, 'NOUN', kase, 'sing', null));
  }
  return map;
}

/** Readings of a known noun form (lower case), or undefined. */
export function lexiconNoun(lower: string): Reading[] | undefined {
  table ??= build();
  return table.get(lower);
}

type Guess = [string, string, Gender, GrammaticalNumber, Case[]];

/** Ending, lemma ending, gender, number, cases; longer endings first. */
const GUESSES: Guess[] = [
  ['ією', 'ія', 'femn', 'sing', ['ablt']],
  ['ові', '', 'masc', 'sing', ['datv', 'loct']],
  ['еві', 'ь', 'masc', 'sing', ['datv', 'loct']],
  ['ами', '', null, 'plur', ['ablt']],
  ['ями', 'я', null, 'plur', ['ablt']],
  ['ії', 'ія', 'femn', 'sing', ['gent', 'datv', 'loct']],
  ['ії', 'ія', 'femn', 'plur', ['nomn', 'accs']],
  ['ію', 'ія', 'femn', 'sing', ['accs']],
  ['ія', 'ія', 'femn', 'sing', ['nomn']],
  ['ій', 'ія', 'femn', 'plur', ['gent']],
  ['ою', 'а', 'femn', 'sing', ['ablt']],
  ['ею', 'а', 'femn', 'sing', ['ablt']],
  ['ом', '', 'masc', 'sing', ['ablt']],
  ['ем', '', 'masc', 'sing', ['ablt']],
  ['ів', '', 'masc', 'plur', ['gent', 'accs']],
  ['ам', '', null, 'plur', ['datv']],
  ['ах', '', null, 'plur', ['loct']],
  ['ях', 'я', null, 'plur', ['loct']],
  ['а', 'а', 'femn', 'sing', ['nomn']],
  ['а', '', 'masc', 'sing', ['gent']],
  ['и', 'а', 'femn', 'sing', ['gent']],
  ['и', '', 'masc', 'plur', ['nomn', 'accs']],
  ['і', 'а', 'femn', 'sing', ['datv', 'loct']],
  ['і', '', 'masc', 'sing', ['loct']],
  ['і', '', null, 'plur', ['nomn', 'accs']],
  ['у', 'а', 'femn', 'sing', ['accs']],
  ['у', '', 'masc', 'sing', ['gent', 'datv', 'loct']],
  ['я', 'я', 'femn', 'sing', ['nomn']],
  ['ю', 'я', 'femn', 'sing', ['accs']],
  ['о', 'о', 'neut', 'sing', ['nomn', 'accs']],
];

const CONSONANT_END = /[бвгґджзклмнпрстфхцчшщьй]$/;

/** Suffix guesses for a noun outside the lexicon; `lower` is the lower-cased word. */
export function guessNoun(lower: string): Reading[] {
  const out: Reading[] = [];
  let matched = '';
  for (const [ending, lemmaEnd, gender, number, cases] of GUESSES) {
    if (matched && ending !== matched) break;
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
    matched = ending;
    const lemma = lower.slice(0, -ending.length) + lemmaEnd;
    for (const kase of cases) out.push(reading(lemma, 'NOUN', kase, number, gender));
  }
  if (out.length === 0 && CONSONANT_END.test(lower)) {
    const gender = lower.endsWith('ь') ? null : 'masc';
    out.push(reading(lower, 'NOUN', 'nomn', 'sing', gender), reading(lower, 'NOUN', 'accs', 'sing', gender));
  }
  if (out.length === 0)
    for (const kase of CASES.slice(0, 6)) out.push(reading(lower, 'NOUN', kase, 'sing', null));
  return out;
}
