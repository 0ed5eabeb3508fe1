/**
 * Segmentation: sentences and tokens for ru, uk and en news text, with UTF-16 offsets into the
 * text. A rule-based scanner (razdel's split-then-decide design) instead of Intl.Segmenter, which
 * breaks after initials and abbreviations ("В.В. Путин", "г. Киев", "Mr. Smith") and inside
 * hyphenated words.
 *
 * Token conventions: hyphenated and apostrophised words are one token ("Нью-Йорк", "з'їзд",
 * "don't", "Ukraine's"); a letter suffix stays with its number ("24-го"); "2014-2022" is three
 * tokens; kind is `number` for tokens starting with a digit. Initials and known abbreviations
 * keep their dot ("В.", "г.", "т.д.", "U.S."); other full stops, "...", "?!" are punct tokens.
 */
import type { Lang } from '../../core/doc.js';
import type { Stage } from '../../core/pipeline.js';
import { abbreviationsFor } from './abbreviations.js';
import { type Segmentation, splitSentences } from './sentences.js';
import { scan } from './tokenize.js';

export type { Segmentation } from './sentences.js';

export function segment(text: string, lang: Lang): Segmentation {
  const abbreviations = abbreviationsFor(lang);
  return splitSentences(text, scan(text, abbreviations), abbreviations);
}

export const segmentStage: Stage<'sentences' | 'tokens'> = {
  name: 'segment',
  requires: [],
  provides: ['sentences', 'tokens'],
  run(doc) {
    return segment(doc.text, doc.lang);
  },
};
