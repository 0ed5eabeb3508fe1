/**
 * The ner stage: a statistical BIO tagger (averaged perceptron over hashed features, Viterbi
 * decoding) that finds PER / LOC / ORG names in Russian text. It provides its own `ner` layer;
 * merging with the rule and gazetteer mentions is left to the entities stage.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { layer } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import { initRussian } from '../morphology/russian.js';
import type { NerInput } from './features.js';
import { decodeModels, type NerModels } from './model.js';
import { tagNames } from './tagger.js';

export { extractFeatures, FEATURE_VERSION, type NerInput } from './features.js';
export { decodeModels, emptyModel, encodeModels, type NerModel, type NerModels, TAGS } from './model.js';
export { spansToTags, tagsToSpans } from './spans.js';
export { tagNames } from './tagger.js';

export const NER_MODEL_URL = new URL('../../../data/models/ner-ru.bin', import.meta.url);

let loaded: NerModels | null = null;

/** The committed Russian model, read once. */
export function defaultNerModel(): NerModels {
  loaded ??= decodeModels(readFileSync(fileURLToPath(NER_MODEL_URL)));
  return loaded;
}

/** A ner stage over a given model (the default one unless told otherwise). */
export function createNerStage(model?: NerModels): Stage<'ner'> {
  return {
    name: 'ner',
    requires: ['tokens', 'morphology', 'gazetteer'],
    provides: ['ner'],
    async prepare() {
      await initRussian();
      model ??= defaultNerModel();
    },
    run(doc) {
      if (doc.lang !== 'ru') return { ner: [] };
      model ??= defaultNerModel();
      const input: NerInput = {
        lang: doc.lang,
        tokens: layer(doc, 'tokens'),
        morphology: layer(doc, 'morphology'),
        gazetteer: layer(doc, 'gazetteer'),
      };
      return { ner: tagNames(input, model) };
    },
  };
}

export const nerStage: Stage<'ner'> = createNerStage();
