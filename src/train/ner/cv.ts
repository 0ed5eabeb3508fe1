/**
 * k-fold cross-validation on a factRuEval folder: documents are dealt round-robin into k folds;
 * each fold is tagged by a model trained on the others, and scores are summed over all folds.
 * Three systems are scored: the rules alone, the tagger alone, and the record's mentions (the
 * entities stage over the held-out tagger's spans, as `dyad extract` would give them).
 */
import type { Pipeline } from '../../core/pipeline.js';
import type { LabelledSpan } from '../../eval/ner/factru.js';
import { addScores, emptyScore, type Score, scoreDoc } from '../../eval/ner/score.js';
import { tagNames } from '../../stages/ner/index.js';
import { type AnalysedDoc, mentionsWith } from './corpus.js';
import { DEFAULT_TRAIN, type TrainOptions } from './perceptron.js';
import { trainStacked } from './stacked.js';

export interface Prediction {
  doc: AnalysedDoc;
  tagger: LabelledSpan[];
  mentions: LabelledSpan[];
}

export interface CvResult {
  tagger: Score;
  mentions: Score;
  rules: Score;
  predictions: Prediction[];
}

export function crossValidate(
  pipeline: Pipeline,
  docs: readonly AnalysedDoc[],
  folds: number,
  options: TrainOptions = DEFAULT_TRAIN,
  onFold?: (fold: number) => void,
  stack = true,
): CvResult {
  const result: CvResult = {
    tagger: emptyScore(),
    mentions: emptyScore(),
    rules: emptyScore(),
    predictions: [],
  };
  for (let fold = 0; fold < folds; fold++) {
    const train = docs.filter((_, i) => i % folds !== fold);
    const test = docs.filter((_, i) => i % folds === fold);
    const model = trainStacked(train, options, stack);
    for (const doc of test) {
      const ner = tagNames(doc.input, model);
      const mentions = mentionsWith(pipeline, doc, ner);
      const { tokens, gold } = doc.source;
      addScores(result.tagger, scoreDoc(tokens, gold, ner));
      addScores(result.mentions, scoreDoc(tokens, gold, mentions));
      addScores(result.rules, scoreDoc(tokens, gold, doc.mentions));
      result.predictions.push({ doc, tagger: ner, mentions });
    }
    onFold?.(fold);
  }
  return result;
}
