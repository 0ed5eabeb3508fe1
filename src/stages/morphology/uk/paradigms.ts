/**
 * Ukrainian noun paradigms: the endings of each declension class in both numbers, so a lexicon
 * of lemmas can be expanded into every form with its exact case set. Cells list variants where
 * usage varies (genitive -а/-у, dative -ові/-у). Cases are ordered nomn, gent, datv, accs, ablt,
 * loct, voct; an accusative of '=' means "same as the lemma", '~' "same as the genitive"
 * (animate nouns).
 */
import type { Case } from '../../../core/layers.js';

export type NounClass = 'm' | 'mz' | 'ms' | 'mj' | 'f' | 'fz' | 'fs' | 'fv' | 'fc' | 'n' | 'ne' | 'nn';
export type Gender = 'masc' | 'femn' | 'neut';

interface Paradigm {
  gender: Gender;
  /** What the lemma ends in beyond the stem. */
  lemmaEnd: string;
  sing: string[][];
  plur: string[][];
}

export const CASES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct'];

const c = (...cells: string[]): string[][] => cells.map((cell) => cell.split('|'));

export const PARADIGMS: Record<NounClass, Paradigm> = {
  // Hard masculine: удар, президент, уряд.
  m: {
    gender: 'masc',
    lemmaEnd: '',
    sing: c('', 'а|у', 'ові|у', '=', 'ом', 'і|ові|у', 'е|у'),
    plur: c('и', 'ів', 'ам', 'и', 'ами', 'ах', 'и'),
  },
  // Masculine on a sibilant: Париж, матч.
  mz: {
    gender: 'masc',
    lemmaEnd: '',
    sing: c('', 'а|у', 'еві|у', '=', 'ем', 'і|еві|у', 'е|у'),
    plur: c('і', 'ів', 'ам', 'і', 'ами', 'ах', 'і'),
  },
  // Soft masculine: Кремль, Брюссель, українець (oblique stem українц).
  ms: {
    gender: 'masc',
    lemmaEnd: 'ь',
    sing: c('ь', 'я|ю', 'еві|ю', '=', 'ем', 'і|еві|ю', 'ю'),
    plur: c('і', 'ів', 'ям', 'і', 'ями', 'ях', 'і'),
  },
  // Masculine on -й: Китай, музей, край.
  mj: {
    gender: 'masc',
    lemmaEnd: 'й',
    sing: c('й', 'ю|я', 'єві|ю', '=', 'єм', 'ї|ю|єві', 'ю'),
    plur: c('ї', 'їв', 'ям', 'ї', 'ями', 'ях', 'ї'),
  },
  // Hard feminine: країна, допомога, угода.
  f: {
    gender: 'femn',
    lemmaEnd: 'а',
    sing: c('а', 'и', 'і', 'у', 'ою', 'і', 'о'),
    plur: c('и', '', 'ам', 'и', 'ами', 'ах', 'и'),
  },
  // Feminine on a sibilant: Польща, межа.
  fz: {
    gender: 'femn',
    lemmaEnd: 'а',
    sing: c('а', 'і', 'і', 'у', 'ею', 'і', 'е'),
    plur: c('і', '', 'ам', 'і', 'ами', 'ах', 'і'),
  },
  // Soft feminine after a consonant: земля, неділя.
  fs: {
    gender: 'femn',
    lemmaEnd: 'я',
    sing: c('я', 'і', 'і', 'ю', 'ею', 'і', 'е'),
    plur: c('і', 'ь', 'ям', 'і', 'ями', 'ях', 'і'),
  },
  // Feminine -я after a vowel: санкція, Росія, ідея.
  fv: {
    gender: 'femn',
    lemmaEnd: 'я',
    sing: c('я', 'ї', 'ї', 'ю', 'єю', 'ї', 'є'),
    plur: c('ї', 'й', 'ям', 'ї', 'ями', 'ях', 'ї'),
  },
  // Feminine of the third declension: зустріч, область, незалежність.
  fc: {
    gender: 'femn',
    lemmaEnd: '',
    sing: c('', 'і', 'і', '=', 'ю', 'і', 'е'),
    plur: c('і', 'ей', 'ям', 'і', 'ями', 'ях', 'і'),
  },
  // Hard neuter: місто, військо.
  n: {
    gender: 'neut',
    lemmaEnd: 'о',
    sing: c('о', 'а', 'у', 'о', 'ом', 'і|у', 'о'),
    plur: c('а', '', 'ам', 'а', 'ами', 'ах', 'а'),
  },
  // Soft neuter on -е: місце, прізвище.
  ne: {
    gender: 'neut',
    lemmaEnd: 'е',
    sing: c('е', 'я', 'ю', 'е', 'ем', 'і', 'е'),
    plur: c('я', '', 'ям', 'я', 'ями', 'ях', 'я'),
  },
  // Neuter on -я with a doubled consonant: рішення, питання, життя.
  nn: {
    gender: 'neut',
    lemmaEnd: 'я',
    sing: c('я', 'я', 'ю', 'я', 'ям', 'і|ю', 'я'),
    plur: c('я', 'ь', 'ям', 'я', 'ями', 'ях', 'я'),
  },
};

const VELAR: Record<string, string> = { к: 'ц', г: 'з', х: 'с' };

export interface NounForm {
  form: string;
  case: Case;
  number: 'sing' | 'plur';
}

/** The stem of a class-n or class-f genitive plural: a doubled consonant is simplified (рішень). */
function zeroEndingStem(stem: string, cls: NounClass): string {
  if (cls === 'nn' && stem.length > 2 && stem.at(-1) === stem.at(-2)) return stem.slice(0, -1);
  return stem;
}

/** One form: the lemma, or the stem plus the ending, with the class's alternations. */
function build(
  lemma: string,
  stem: string,
  cls: NounClass,
  ending: string,
  kase: Case,
  number: string,
): string {
  if (ending === '=' || (number === 'sing' && kase === 'nomn')) return lemma;
  if (cls === 'fc') return buildThird(lemma, stem, ending, kase, number);
  if (number === 'plur' && (ending === '' || (ending === 'ь' && cls === 'nn'))) {
    return zeroEndingStem(stem, cls) + ending;
  }
  if (ending === 'і' && (cls === 'f' || cls === 'm') && number === 'sing' && kase !== 'gent') {
    const last = stem.slice(-1);
    const soft = VELAR[last];
    return soft ? `${stem.slice(0, -1)}${soft}і` : `${stem}і`;
  }
  return stem + ending;
}

/** Third declension: зустріч → зустріччю, зустрічам; область → областю, областям. */
function buildThird(lemma: string, stem: string, ending: string, kase: Case, number: string): string {
  const soft = lemma.endsWith('ь');
  const base = stem.endsWith('ь') ? stem.slice(0, -1) : stem;
  if (number === 'sing' && kase === 'ablt')
    return soft ? `${lemma.slice(0, -1)}ю` : `${lemma}${lemma.slice(-1)}ю`;
  if (!soft && ending.startsWith('я')) return `${base}а${ending.slice(1)}`;
  return base + ending;
}

/**
 * Every form of a noun. `oblique` overrides the stem outside the nominative singular (Київ →
 * Києв-, українець → українц-, незалежність → незалежност-).
 */
export function nounForms(
  lemma: string,
  cls: NounClass,
  opts: { oblique?: string; animate?: boolean; pluralOnly?: boolean } = {},
): NounForm[] {
  const p = PARADIGMS[cls];
  const base = p.lemmaEnd && lemma.endsWith(p.lemmaEnd) ? lemma.slice(0, -p.lemmaEnd.length) : lemma;
  const stem = opts.oblique ?? base;
  const out: NounForm[] = [];
  const numbers = opts.pluralOnly ? (['plur'] as const) : (['sing', 'plur'] as const);
  for (const number of numbers) {
    const cells = number === 'sing' ? p.sing : p.plur;
    const genitive = cells[1] ?? [];
    cells.forEach((cell, i) => {
      const kase = CASES[i] as Case;
      let endings = cell;
      const animateAccs = kase === 'accs' && opts.animate && (number === 'plur' || p.gender === 'masc');
      if (animateAccs) endings = genitive;
      for (const ending of endings) {
        out.push({ form: build(lemma, stem, cls, ending, kase, number), case: kase, number });
      }
    });
  }
  return out;
}
