/**
 * Inverse declension of person names: from an inflected form to nominative candidates, each
 * with the cases and gender the form allows. Rules are (ending, replacement) pairs applied to
 * the lower-cased word; lexicons or context choose among the candidates.
 */
import type { Case } from '../core/layers.js';
import type { NameGender } from './lexicon.js';

export const ALL_CASES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

export interface Rule {
  strip: string;
  add: string;
  cases: readonly Case[];
  gender: NameGender | null;
  /** Condition on the stem left after stripping. */
  stem?: RegExp;
  /** 3: adjectival/possessive surname pattern; 2: form unchanged; 1: noun-type ending. */
  rank: number;
  /** Only trusted when the lexicon knows the result. */
  lexiconOnly?: boolean;
}

export interface Candidate {
  /** Length of the input prefix kept, then `add` appended: keeps the input's capitalisation. */
  keep: number;
  add: string;
  lemma: string;
  cases: readonly Case[];
  gender: NameGender | null;
  rank: number;
  lexiconOnly: boolean;
}

const CONS = /[бвгджзйклмнпрстфхцчшщ]$/;
const HARD_CONS = /[бвгджзклмнпрстфхцчшщ]$/;
const VOWEL = /[аеёиоуыэюяіїє]$/;
const SIBILANT = /[цжшчщ]$/;
const VELAR_SIB = /[гкхжшчщ]$/;

function r(
  strip: string,
  add: string,
  cases: readonly Case[],
  gender: NameGender | null,
  rank: number,
  extra: Partial<Rule> = {},
): Rule {
  return { strip, add, cases, gender, rank, ...extra };
}

/** Surname paradigms keyed by a suffix stem: -ский/-ська, -ов/-ова, -ин/-іна. */
function paradigm(
  stems: readonly string[],
  table: ReadonlyArray<[string, string, Case[], NameGender]>,
): Rule[] {
  return stems.flatMap((s) => table.map(([end, nom, cases, g]) => r(s + end, s + nom, cases, g, 3)));
}

const RU_RULES: Rule[] = [
  ...paradigm(
    ['ск', 'цк'],
    [
      ['ий', 'ий', ['nomn'], 'masc'],
      ['ого', 'ий', ['gent', 'accs'], 'masc'],
      ['ому', 'ий', ['datv'], 'masc'],
      ['им', 'ий', ['ablt'], 'masc'],
      ['ом', 'ий', ['loct'], 'masc'],
      ['ая', 'ая', ['nomn'], 'femn'],
      ['ой', 'ая', ['gent', 'datv', 'ablt', 'loct'], 'femn'],
      ['ую', 'ая', ['accs'], 'femn'],
    ],
  ),
  ...paradigm(
    ['ов', 'ев', 'ёв', 'ин', 'ын'],
    [
      ['', '', ['nomn'], 'masc'],
      ['а', '', ['gent', 'accs'], 'masc'],
      ['у', '', ['datv'], 'masc'],
      ['ым', '', ['ablt'], 'masc'],
      ['е', '', ['loct'], 'masc'],
      ['а', 'а', ['nomn'], 'femn'],
      ['ой', 'а', ['gent', 'datv', 'ablt', 'loct'], 'femn'],
      ['у', 'а', ['accs'], 'femn'],
    ],
  ),
  // Other adjectival surnames (Залужный, Толстой) only when listed.
  ...['ый', 'ий', 'ой'].flatMap((nom) => [
    r('ого', nom, ['gent', 'accs'], 'masc', 3, { lexiconOnly: true }),
    r('ему', nom, ['datv'], 'masc', 3, { lexiconOnly: true }),
    r('ому', nom, ['datv'], 'masc', 3, { lexiconOnly: true }),
    r('ым', nom, ['ablt'], 'masc', 3, { lexiconOnly: true }),
  ]),
  r('а', '', ['gent', 'accs'], 'masc', 1, { stem: HARD_CONS }),
  r('у', '', ['datv'], 'masc', 1, { stem: HARD_CONS }),
  r('ом', '', ['ablt'], 'masc', 1, { stem: HARD_CONS }),
  r('ем', '', ['ablt'], 'masc', 1, { stem: SIBILANT }),
  r('е', '', ['loct'], 'masc', 1, { stem: HARD_CONS }),
  r('я', 'ь', ['gent', 'accs'], 'masc', 1, { stem: CONS }),
  r('я', 'й', ['gent', 'accs'], 'masc', 1, { stem: VOWEL }),
  r('ю', 'ь', ['datv'], 'masc', 1, { stem: CONS }),
  r('ю', 'й', ['datv'], 'masc', 1, { stem: VOWEL }),
  r('ем', 'ь', ['ablt'], 'masc', 1, { stem: CONS }),
  r('ём', 'ь', ['ablt'], 'masc', 1, { stem: CONS }),
  r('ем', 'й', ['ablt'], 'masc', 1, { stem: VOWEL }),
  r('е', 'ь', ['loct'], 'masc', 1, { stem: CONS, lexiconOnly: true }),
  r('е', 'й', ['loct'], 'masc', 1, { stem: VOWEL }),
  r('ы', 'а', ['gent'], null, 1, { stem: CONS }),
  r('и', 'а', ['gent'], null, 1, { stem: VELAR_SIB }),
  r('е', 'а', ['datv', 'loct'], null, 1, { stem: CONS }),
  r('у', 'а', ['accs'], null, 1, { stem: CONS }),
  r('ой', 'а', ['ablt'], null, 1, { stem: CONS }),
  r('ою', 'а', ['ablt'], null, 1, { stem: CONS }),
  r('и', 'я', ['gent', 'datv', 'loct'], null, 1),
  r('ю', 'я', ['accs'], null, 1),
  r('ей', 'я', ['ablt'], null, 1),
  r('ею', 'я', ['ablt'], null, 1),
  r('е', 'я', ['datv', 'loct'], null, 1, { stem: /[^и]$/ }),
  r('и', 'ь', ['gent', 'datv', 'loct'], 'femn', 1, { lexiconOnly: true }),
];

const UK_RULES: Rule[] = [
  ...paradigm(
    ['ськ', 'цьк', 'зьк'],
    [
      ['ий', 'ий', ['nomn'], 'masc'],
      ['ого', 'ий', ['gent', 'accs'], 'masc'],
      ['ому', 'ий', ['datv', 'loct'], 'masc'],
      ['им', 'ий', ['ablt'], 'masc'],
      ['ім', 'ий', ['loct'], 'masc'],
      ['а', 'а', ['nomn'], 'femn'],
      ['ої', 'а', ['gent'], 'femn'],
      ['ій', 'а', ['datv', 'loct'], 'femn'],
      ['у', 'а', ['accs'], 'femn'],
      ['ою', 'а', ['ablt'], 'femn'],
    ],
  ),
  ...paradigm(
    ['ов', 'ев', 'єв', 'ін', 'ин', 'їн'],
    [
      ['', '', ['nomn'], 'masc'],
      ['а', '', ['gent', 'accs'], 'masc'],
      ['у', '', ['datv'], 'masc'],
      ['ові', '', ['datv', 'loct'], 'masc'],
      ['им', '', ['ablt'], 'masc'],
      ['і', '', ['loct'], 'masc'],
      ['а', 'а', ['nomn'], 'femn'],
      ['ої', 'а', ['gent'], 'femn'],
      ['ій', 'а', ['datv', 'loct'], 'femn'],
      ['у', 'а', ['accs'], 'femn'],
      ['ою', 'а', ['ablt'], 'femn'],
    ],
  ),
  ...['ий', 'ій', 'ой'].flatMap((nom) => [
    r('ого', nom, ['gent', 'accs'], 'masc', 3, { lexiconOnly: true }),
    r('ому', nom, ['datv', 'loct'], 'masc', 3, { lexiconOnly: true }),
    r('им', nom, ['ablt'], 'masc', 3, { lexiconOnly: true }),
  ]),
  r('а', '', ['gent', 'accs'], 'masc', 1, { stem: HARD_CONS }),
  r('у', '', ['datv'], 'masc', 1, { stem: HARD_CONS }),
  r('ові', '', ['datv', 'loct'], 'masc', 1, { stem: HARD_CONS }),
  r('ом', '', ['ablt'], 'masc', 1, { stem: HARD_CONS }),
  r('ем', '', ['ablt'], 'masc', 1, { stem: SIBILANT }),
  r('і', '', ['loct'], 'masc', 1, { stem: HARD_CONS }),
  r('я', '', ['gent', 'accs'], 'masc', 1, { stem: /р$/, lexiconOnly: true }),
  r('ю', '', ['datv'], 'masc', 1, { stem: /р$/, lexiconOnly: true }),
  r('ем', '', ['ablt'], 'masc', 1, { stem: /р$/, lexiconOnly: true }),
  r('еві', '', ['datv'], 'masc', 1, { stem: /р$/, lexiconOnly: true }),
  r('я', 'ь', ['gent', 'accs'], 'masc', 1, { stem: CONS }),
  r('я', 'й', ['gent', 'accs'], 'masc', 1, { stem: VOWEL }),
  r('ю', 'ь', ['datv'], 'masc', 1, { stem: CONS }),
  r('ю', 'й', ['datv'], 'masc', 1, { stem: VOWEL }),
  r('еві', 'ь', ['datv', 'loct'], 'masc', 1, { stem: CONS }),
  r('єві', 'й', ['datv', 'loct'], 'masc', 1),
  r('ем', 'ь', ['ablt'], 'masc', 1, { stem: CONS }),
  r('єм', 'й', ['ablt'], 'masc', 1),
  r('і', 'ь', ['loct'], 'masc', 1, { stem: CONS, lexiconOnly: true }),
  r('ї', 'й', ['loct'], 'masc', 1),
  // Masculine -о (Петро, Шевченко): declines in Ukrainian.
  r('а', 'о', ['gent', 'accs'], 'masc', 1, { stem: CONS }),
  r('ові', 'о', ['datv', 'loct'], 'masc', 1, { stem: CONS }),
  r('ом', 'о', ['ablt'], 'masc', 1, { stem: CONS }),
  r('у', 'о', ['datv'], 'masc', 1, { stem: CONS, lexiconOnly: true }),
  r('и', 'а', ['gent'], null, 1, { stem: CONS }),
  r('і', 'а', ['datv', 'loct'], null, 1, { stem: CONS }),
  r('у', 'а', ['accs'], null, 1, { stem: CONS }),
  r('ою', 'а', ['ablt'], null, 1, { stem: CONS }),
  r('і', 'я', ['gent', 'datv', 'loct'], null, 1),
  r('ї', 'я', ['gent', 'datv', 'loct'], null, 1),
  r('ю', 'я', ['accs'], null, 1),
  r('ею', 'я', ['ablt'], null, 1),
  r('єю', 'я', ['ablt'], null, 1),
  r('і', 'ь', ['gent', 'datv', 'loct'], 'femn', 1, { lexiconOnly: true }),
];

const RULES = { ru: RU_RULES, uk: UK_RULES } as const;

const INDECLINABLE_END = /[оеиуэюыіє]$/;
const ADJ_OBLIQUE = /(ого|его|ому|ему)$/;

const memo = new Map<string, Candidate[]>();
const MEMO_LIMIT = 20_000;

/** Nominative candidates for an inflected name form, best-ranked rules first (shared: do not mutate). */
export function nameCandidates(word: string, lang: 'ru' | 'uk'): readonly Candidate[] {
  const key = `${lang}:${word}`;
  let hit = memo.get(key);
  if (hit === undefined) {
    hit = computeCandidates(word, lang);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, hit);
  }
  return hit;
}

function computeCandidates(word: string, lang: 'ru' | 'uk'): Candidate[] {
  const lower = word.toLowerCase();
  const out: Candidate[] = [];
  const push = (keep: number, add: string, rule: Omit<Rule, 'strip' | 'add'>): void => {
    const lemma = lower.slice(0, keep) + add;
    out.push({
      keep,
      add,
      lemma,
      cases: rule.cases,
      gender: rule.gender,
      rank: rule.rank,
      lexiconOnly: rule.lexiconOnly ?? false,
    });
  };
  for (const rule of RULES[lang]) {
    if (!lower.endsWith(rule.strip)) continue;
    const keep = lower.length - rule.strip.length;
    if (keep < 2) continue;
    if (rule.stem && !rule.stem.test(lower.slice(0, keep))) continue;
    push(keep, rule.add, rule);
  }
  // The form itself as nominative: indeclinable vowel-final names take every case.
  const n = lower.length;
  if (INDECLINABLE_END.test(lower) && !ADJ_OBLIQUE.test(lower)) {
    push(n, '', { cases: ALL_CASES, gender: null, rank: 2 });
  } else if (/[ая]$/.test(lower)) {
    push(n, '', { cases: ['nomn'], gender: null, rank: 2 });
  } else if (CONS.test(lower) || lower.endsWith('ь')) {
    push(n, '', { cases: ['nomn'], gender: 'masc', rank: 2 });
    push(n, '', { cases: ALL_CASES, gender: 'femn', rank: 2 });
  } else {
    push(n, '', { cases: ALL_CASES, gender: null, rank: 2 });
  }
  return out.sort((a, b) => b.rank - a.rank);
}
