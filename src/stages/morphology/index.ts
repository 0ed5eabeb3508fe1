/**
 * The morphology stage: readings for every word token, best first ([] for other tokens).
 * Russian comes from az, Ukrainian from the suffix analyser (ukrainian.ts), both merged with the
 * name lexicons; English gets light readings.
 * Readings are memoised per word form, so a document costs mostly map look-ups.
 */
import type { Lang } from '../../core/doc.js';
import { layer, type Reading } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import { analyseLight } from './light.js';
import { Memo } from './memo.js';
import { addContextSurnames, lexiconNameReadings, mergeReadings } from './name-readings.js';
import { analyseRussian, initRussian } from './russian.js';
import { analyseUkrainian } from './ukrainian.js';

const MEMO_LIMIT = 50_000;
const memos: Record<Lang, Memo<Reading[]>> = {
  ru: new Memo(MEMO_LIMIT),
  uk: new Memo(MEMO_LIMIT),
  en: new Memo(MEMO_LIMIT),
};

function compute(word: string, lang: Lang): Reading[] {
  if (lang === 'en') return analyseLight(word, lang);
  const analyser = lang === 'ru' ? analyseRussian(word) : analyseUkrainian(word);
  return mergeReadings(lexiconNameReadings(word, lang), analyser);
}

/** Readings of one word form; callers must not mutate them (they are shared through the memo). */
export function readingsOf(word: string, lang: Lang): readonly Reading[] {
  return memos[lang].get(word, (w) => compute(w, lang));
}

export const prepareMorphology = initRussian;

export const morphologyStage: Stage<'morphology'> = {
  name: 'morphology',
  requires: ['tokens'],
  provides: ['morphology'],
  prepare: initRussian,
  run(doc) {
    const tokens = layer(doc, 'tokens');
    const morphology: Reading[][] = tokens.map((t) =>
      t.kind === 'word' ? (readingsOf(t.text, doc.lang) as Reading[]) : [],
    );
    addContextSurnames(tokens, morphology, doc.lang);
    return { morphology };
  },
};
