/**
 * Ukrainian adjective endings in every gender, number and case: hard (японський, нова) and soft
 * (синій). The locative masculine has both -ому and -ім. Inanimate accusative.
 */
import type { AdjectiveParadigm, CaseTable, Gender } from '../../kb/inflect.js';

type Endings = Record<Gender, (string | string[])[]>;

const HARD: Endings = {
  masc: ['ий', 'ого', 'ому', 'ий', 'им', ['ому', 'ім']],
  femn: ['а', 'ої', 'ій', 'у', 'ою', 'ій'],
  neut: ['е', 'ого', 'ому', 'е', 'им', ['ому', 'ім']],
  plur: ['і', 'их', 'им', 'і', 'ими', 'их'],
};

const SOFT: Endings = {
  masc: ['ій', 'ього', 'ьому', 'ій', 'ім', ['ьому', 'ім']],
  femn: ['я', 'ьої', 'ій', 'ю', 'ьою', 'ій'],
  neut: ['є', 'ього', 'ьому', 'є', 'ім', ['ьому', 'ім']],
  plur: ['і', 'іх', 'ім', 'і', 'іми', 'іх'],
};

/** Stems that make a final -і or -а an adjective ending rather than a noun's. */
const ADJECTIVAL_STEM = /(н|ськ|цьк|зьк|ов|ев|єв|ін|ин|ал|ик|чн|ан)$/i;

function split(word: string): { stem: string; gender: Gender; soft: boolean } | null {
  const lower = word.toLowerCase();
  const two = lower.slice(-2);
  if (two === 'ий') return { stem: word.slice(0, -2), gender: 'masc', soft: false };
  if (two === 'ій') return { stem: word.slice(0, -2), gender: 'masc', soft: true };
  const one = lower.slice(-1);
  const stem = word.slice(0, -1);
  if (!ADJECTIVAL_STEM.test(stem)) return null;
  if (one === 'а') return { stem, gender: 'femn', soft: false };
  if (one === 'е') return { stem, gender: 'neut', soft: false };
  if (one === 'і') return { stem, gender: 'plur', soft: false };
  return null;
}

export function ukAdjective(word: string): AdjectiveParadigm | null {
  if (word.length < 4) return null;
  const parts = split(word);
  if (!parts) return null;
  const endings = parts.soft ? SOFT : HARD;
  const make = (list: (string | string[])[]): CaseTable =>
    list.map((e) => (Array.isArray(e) ? e : [e]).map((ending) => parts.stem + ending));
  return {
    gender: parts.gender,
    tables: {
      masc: make(endings.masc),
      femn: make(endings.femn),
      neut: make(endings.neut),
      plur: make(endings.plur),
    },
  };
}
