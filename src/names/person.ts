/**
 * Person names: first names, patronymics and surnames recognised in any form, and a person
 * mention lemmatised to nominative ("Фридриха Мерца" → "Фридрих Мерц") with the gender that
 * the first name, patronymic or surname form tells.
 */
import type { Lang } from '../core/doc.js';
import type { Case } from '../core/layers.js';
import { ALL_CASES, type Candidate, nameCandidates } from './declension.js';
import { firstNameGender, isListedSurname, type NameGender } from './lexicon.js';

export interface NameAnalysis {
  /** Nominative in the input's capitalisation. */
  lemma: string;
  gender: NameGender | null;
  cases: readonly Case[];
  /** The lexicon lists the nominative. */
  known: boolean;
  rank: number;
}

const EN_POSSESSIVE = /['’]s?$/;
const PATRONYMIC = { ru: /(вич|ьич|ична|вна)$/, uk: /(вич|ьович|ична|івна|ївна|овна)$/ } as const;

function restore(word: string, c: Candidate): string {
  return word.slice(0, c.keep) + c.add;
}

function englishForms(word: string): NameAnalysis[] {
  const base = word.replace(EN_POSSESSIVE, '');
  const cases: Case[] = base === word ? ['nomn'] : ['gent'];
  return [{ lemma: base, gender: null, cases, known: false, rank: 2 }];
}

/** First-name readings of a word form (only names the lexicon lists). */
export function firstNameAnalyses(word: string, lang: Lang): NameAnalysis[] {
  if (lang === 'en') {
    return englishForms(word).flatMap((a) => {
      const g = firstNameGender(a.lemma, lang);
      return g === undefined ? [] : [{ ...a, gender: g, known: true }];
    });
  }
  const out: NameAnalysis[] = [];
  for (const c of nameCandidates(word, lang)) {
    const g = firstNameGender(c.lemma, lang);
    if (g === undefined) continue;
    if (c.gender !== null && g !== null && c.gender !== g) continue;
    // A consonant-final feminine name (Ингрид) takes every case; a masculine one only nomn.
    out.push({ lemma: restore(word, c), gender: g ?? c.gender, cases: c.cases, known: true, rank: c.rank });
  }
  return out;
}

/**
 * An unknown given name before a surname ("Йоханном Вадефулем"): its forms as the endings of
 * personal names suggest, marked not known.
 */
export function guessedFirstNameAnalyses(word: string, lang: Lang): NameAnalysis[] {
  if (lang === 'en') return [{ lemma: word, gender: null, cases: [], known: false, rank: 0 }];
  return nameCandidates(word, lang)
    .filter((c) => !c.lexiconOnly)
    .map((c) => ({ lemma: restore(word, c), gender: c.gender, cases: c.cases, known: false, rank: c.rank }));
}

/** Surname readings: listed ones first, then those the endings suggest (unknown surnames). */
export function surnameAnalyses(word: string, lang: Lang): NameAnalysis[] {
  if (lang === 'en') {
    return englishForms(word).map((a) => ({ ...a, known: isListedSurname(a.lemma, lang) }));
  }
  const known: NameAnalysis[] = [];
  const guessed: NameAnalysis[] = [];
  for (const c of nameCandidates(word, lang)) {
    const listed = isListedSurname(c.lemma, lang);
    if (c.lexiconOnly && !listed) continue;
    const gender = c.gender ?? surnameGender(c.lemma);
    const a = { lemma: restore(word, c), gender, cases: c.cases, known: listed, rank: c.rank };
    (listed ? known : guessed).push(a);
  }
  return [...known, ...guessed];
}

/** Patronymic readings (Ивановича → Иванович, Олександрівни → Олександрівна). */
export function patronymicAnalyses(word: string, lang: Lang): NameAnalysis[] {
  if (lang === 'en') return [];
  const re = PATRONYMIC[lang];
  return nameCandidates(word, lang)
    .filter((c) => re.test(c.lemma))
    .map((c) => {
      const gender: NameGender = /ич$/.test(c.lemma) ? 'masc' : 'femn';
      return { lemma: restore(word, c), gender, cases: c.cases, known: true, rank: c.rank };
    })
    .filter((a) => a.cases !== ALL_CASES);
}

function surnameGender(lemma: string): NameGender | null {
  if (/(ая|ська|цька|ова|ева|ёва|єва|ина|ына|іна|їна)$/.test(lemma)) return 'femn';
  if (/(ий|ый|ов|ев|ёв|єв|ин|ын|ін|їн)$/.test(lemma)) return 'masc';
  return null;
}

export function isFirstName(word: string, lang: Lang): boolean {
  return firstNameAnalyses(word, lang).length > 0;
}

/** True for a listed surname in any inflected form ("Мерцем", "Зеленського", "Си Цзиньпина"). */
export function isKnownSurname(word: string, lang: Lang): boolean {
  const parts = word.trim().split(/\s+/);
  const last = parts.pop() ?? '';
  const head = parts.length > 0 ? `${parts.join(' ')} ` : '';
  return surnameAnalyses(last, lang).some((a) => isListedSurname(head + a.lemma, lang));
}
