/**
 * Training the stacked tagger: the second pass must learn from first-pass tags as noisy as
 * those it will see on new text, so they come from inner cross-validation (each document
 * tagged by a first-pass model that did not see it).
 */
import { concatFeatures, docFeatures } from '../../stages/ner/doc-features.js';
import { type NerModel, type NerModels, TAG_COUNT, TAG_LABEL } from '../../stages/ner/model.js';
import { decodeScores, scoreAll } from '../../stages/ner/tagger.js';
import type { AnalysedDoc } from './corpus.js';
import { type TrainDoc, type TrainOptions, trainPerceptron } from './perceptron.js';

export const INNER_FOLDS = 4;

/** Adds `bias` to the score of every ORG tag, through the transitions into it. */
function biasOrganisations(model: NerModel, bias: number): NerModel {
  for (let from = -1; from < TAG_COUNT; from++) {
    for (let to = 0; to < TAG_COUNT; to++) {
      const k = (from + 1) * TAG_COUNT + to;
      if (TAG_LABEL[to] === 'ORG') model.transitions[k] = (model.transitions[k] ?? 0) + bias;
    }
  }
  return model;
}

export function trainStacked(docs: readonly AnalysedDoc[], options: TrainOptions, stack = true): NerModels {
  const bias = options.orgBias ?? 0;
  const first = trainPerceptron(docs, options);
  if (!stack) return { first: biasOrganisations(first, bias), second: null };
  const stacked: TrainDoc[] = [];
  for (let fold = 0; fold < INNER_FOLDS; fold++) {
    const model = trainPerceptron(
      docs.filter((_, i) => i % INNER_FOLDS !== fold),
      options,
    );
    docs.forEach((doc, i) => {
      if (i % INNER_FOLDS !== fold) return;
      const tags = decodeScores(model, scoreAll(model, doc.features), doc.input.tokens);
      const features = concatFeatures(doc.features, docFeatures(doc.input, tags));
      stacked.push({ features, gold: doc.gold, bounds: doc.bounds });
    });
  }
  return { first, second: biasOrganisations(trainPerceptron(stacked, options), bias) };
}
