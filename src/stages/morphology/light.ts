/**
 * Light readings for Ukrainian and English, which az does not cover: the lower-cased word as
 * lemma, and name readings (with case for Ukrainian) from the lexicons.
 */
import type { Lang } from '../../core/doc.js';
import type { Reading } from '../../core/layers.js';
import { lexiconNameReadings, mergeReadings } from './name-readings.js';

const EN_POSSESSIVE = /['’]s$/;

export function analyseLight(word: string, lang: Lang): Reading[] {
  const lower = word.toLowerCase();
  const plain: Reading = {
    lemma: lang === 'en' ? lower.replace(EN_POSSESSIVE, '') : lower.replace(/[’ʼ]/g, "'"),
    pos: null,
    case: lang === 'en' && EN_POSSESSIVE.test(lower) ? 'gent' : null,
    number: null,
    gender: null,
    tense: null,
    name: null,
    score: 1,
  };
  return mergeReadings(lexiconNameReadings(word, lang), [plain]);
}
