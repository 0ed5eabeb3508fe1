/** Reading construction shared by the Ukrainian analyser's parts. */
import type { Case, Pos, Reading } from '../../../core/layers.js';

export type GrammaticalNumber = 'sing' | 'plur' | null;
export type Gender = 'masc' | 'femn' | 'neut' | null;

export function reading(
  lemma: string,
  pos: Pos,
  kase: Case | null,
  number: GrammaticalNumber,
  gender: Gender,
  tense: Reading['tense'] = null,
  score = 1,
): Reading {
  return { lemma, pos, case: kase, number, gender, tense, name: null, score };
}

/** Scales scores to sum to `total` (default 1), keeping their ratios. */
export function normalise(readings: Reading[], total = 1): Reading[] {
  const sum = readings.reduce((s, r) => s + r.score, 0) || 1;
  for (const r of readings) r.score = (r.score / sum) * total;
  return readings;
}
