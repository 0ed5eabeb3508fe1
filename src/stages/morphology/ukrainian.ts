/**
 * Ukrainian morphology without a dictionary (the only full one, hunspell-uk, is GPL): closed
 * classes from a list, a noun lexicon expanded through declension paradigms, and suffix rules.
 *
 * Coverage, in the order tried:
 * - Closed classes (src/lang/uk/morphology-closed.ts): prepositions (PREP), conjunctions,
 *   particles, frequent adverbs, personal and demonstrative pronouns with case, irregular verbs
 *   (був/була, провів, пішов, буде, проведе, відбудеться).
 * - Lexicon nouns (src/lang/uk/morphology-nouns.ts, ~450 lemmas: event nouns, institutions,
 *   countries, cities, occupations marked animate): every form of both numbers with its exact
 *   case set, through 12 paradigms (uk/paradigms.ts) with velar alternation (допомога →
 *   допомозі), oblique stems (Київ → Києва) and animate accusatives.
 * - Passive participles (-ан-/-ен-/-ован-/-т- stems in adjective endings: запроваджені,
 *   підписана) as PRTF with passive; impersonal -но/-то forms (запроваджено) as PRTS.
 * - Adjectives: -ого/-ому/-ої/-их/-ими on any stem, other endings on adjectival stems (-ськ-,
 *   -н-, -ов-...); soft adjectives from a closed list of stems (останній, майбутній).
 * - Verbs (lower-case words only): past -в/-ла/-ло/-ли with gender and number, present/future
 *   third person (-є, -ить, -ють, -уть, -ять, -тиме), infinitives, reflexives.
 * - Otherwise a noun guessed from its ending (mainly names: Стубба → gent masc | nomn femn).
 * Capitalised words also get name readings from the names lexicons (merged in index.ts).
 *
 * Known gaps: verb lemmas are rough (провела → провети) except for listed irregulars; aspect is
 * guessed from prefixes; futures in -не (розгляне, стане) read as neuter adjectives; -ів is read as a genitive plural unless the verb is listed (провів);
 * unknown nouns get every case their ending allows; no vocative outside the lexicon; no
 * numerals; fleeting vowels (ринок → ринку) only where the lexicon gives a stem.
 */
import type { Case, Reading } from '../../core/layers.js';
import {
  ADVERBS,
  CONJUNCTIONS,
  NOT_VERBS,
  PARTICLES,
  PREPOSITIONS,
  PRONOUNS,
  VERBS,
} from '../../lang/uk/morphology-closed.js';
import { adjectiveReadings, shortPassive } from './uk/adjectives.js';
import { normalise, reading } from './uk/build.js';
import { guessNoun, lexiconNoun } from './uk/nouns.js';
import { verbReadings } from './uk/verbs.js';

const MAX_READINGS = 16;
let closed: Map<string, Reading[]> | null = null;

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

function buildClosed(): Map<string, Reading[]> {
  const map = new Map<string, Reading[]>();
  const push = (form: string, r: Reading) => map.set(form, [...(map.get(form) ?? []), r]);
  for (const w of words(PREPOSITIONS)) if (!map.has(w)) push(w, reading(w, 'PREP', null, null, null));
  for (const w of words(CONJUNCTIONS)) push(w, reading(w, 'CONJ', null, null, null));
  for (const w of words(PARTICLES)) if (!map.has(w)) push(w, reading(w, 'PRCL', null, null, null));
  for (const w of words(ADVERBS)) if (!map.has(w)) push(w, reading(w, 'ADVB', null, null, null));
  for (const entry of words(PRONOUNS)) {
    const [form = '', lemma = '', cases = '', number = ''] = entry.split(':');
    for (const kase of cases.split('|')) {
      push(form, reading(lemma, 'NPRO', kase as Case, number === 'plur' ? 'plur' : 'sing', null));
    }
  }
  for (const entry of words(VERBS)) {
    const [form = '', lemma = '', tense = '', number = '', gender = ''] = entry.split(':');
    push(
      form,
      reading(
        lemma,
        'VERB',
        null,
        number === '-' ? null : (number as 'sing' | 'plur'),
        gender === '-' ? null : (gender as 'masc' | 'femn' | 'neut'),
        tense as Reading['tense'],
      ),
    );
  }
  for (const w of words(NOT_VERBS)) if (!map.has(w)) push(w, reading(w, 'NOUN', null, null, null));
  return map;
}

const CAPITALISED = /^\p{Lu}/u;
const ABBREVIATION = /^\p{Lu}{2,}$/u;
const APOSTROPHES = /[’ʼ`]/g;

function analyse(word: string): Reading[] {
  const lower = word.toLowerCase().replace(APOSTROPHES, "'");
  closed ??= buildClosed();
  const fixed = closed.get(lower);
  if (fixed) return fixed.map((r) => ({ ...r }));
  if (ABBREVIATION.test(word)) return [reading(lower, 'NOUN', null, null, null)];
  const known = lexiconNoun(lower);
  if (known) return known.map((r) => ({ ...r }));
  const capitalised = CAPITALISED.test(word);
  const passive = shortPassive(lower);
  if (passive.length > 0 && !capitalised) return passive;
  const adjective = adjectiveReadings(lower, true);
  if (adjective.length > 0) {
    if (!capitalised) return adjective;
    return [...adjective, ...guessNoun(lower).map((r) => ({ ...r, score: 0.3 }))];
  }
  if (!capitalised) {
    const verb = verbReadings(lower);
    if (verb.length > 0) return verb;
  }
  return guessNoun(lower);
}

/** Readings of one Ukrainian word form, best first, scores summing to 1. */
export function analyseUkrainian(word: string): Reading[] {
  const out = analyse(word);
  const stable = out.map((r, i) => ({ r, i }));
  stable.sort((a, b) => b.r.score - a.r.score || a.i - b.i);
  return normalise(stable.map((x) => x.r).slice(0, MAX_READINGS));
}
