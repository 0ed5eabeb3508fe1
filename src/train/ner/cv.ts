/**
 * k-fold cross-validation on a factRuEval folder: documents are dealt round-robin into k folds;
 * each fold is tagged by a model trained on the others, and scores are summed over all folds.
 */
import type { LabelledSpan } from '../../eval/ner/factru.js';
import { addScores, emptyScore, type Score, scoreDoc } from '../../eval/ner/score.js';
import { combineNames } from '../../stages/ner/combine.js';
import { tagNames } from '../../stages/ner/index.js';
import type { AnalysedDoc } from './corpus.js';
import { DEFAULT_TRAIN, type TrainOptions } from './perceptron.js';
import { trainStacked } from './stacked.js';

export interface Prediction {
  doc: AnalysedDoc;
  tagger: LabelledSpan[];
  combined: LabelledSpan[];
}

export interface CvResult {
  tagger: Score;
  combined: Score;
  rules: Score;
  predictions: Prediction[];
}

export function crossValidate(
  docs: readonly AnalysedDoc[],
  folds: number,
  options: TrainOptions = DEFAULT_TRAIN,
  onFold?: (fold: number) => void,
  stack = true,
): CvResult {
  const result: CvResult = {
    tagger: emptyScore(),
    combined: emptyScore(),
    rules: emptyScore(),
    predictions: [],
  };
  for (let fold = 0; fold < folds; fold++) {
    const train = docs.filter((_, i) => i % folds !== fold);
    const test = docs.filter((_, i) => i % folds === fold);
    const model = trainStacked(train, options, stack);
    for (const doc of test) {
      const tagger: LabelledSpan[] = tagNames(doc.input, model);
      const combined = combineNames(tagger, doc.mentions);
      const { tokens, gold } = doc.source;
      addScores(result.tagger, scoreDoc(tokens, gold, tagger));
      addScores(result.combined, scoreDoc(tokens, gold, combined));
      addScores(result.rules, scoreDoc(tokens, gold, doc.mentions));
      result.predictions.push({ doc, tagger, combined });
    }
    onFold?.(fold);
  }
  return result;
}
