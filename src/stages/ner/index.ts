/**
 * The ner stage: a statistical BIO tagger (averaged perceptron over hashed features, Viterbi
 * decoding) that finds PER / LOC / ORG names in Russian text. It provides its own `ner` layer;
 * merging with the rule and gazetteer mentions is left to the entities stage.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { layer, type NerSpan } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import { initRussian } from '../morphology/russian.js';
import { emissions, viterbi } from './decode.js';
import { extractFeatures, type NerInput } from './features.js';
import { decodeModel, type NerModel, TAG_COUNT } from './model.js';
import { tagsToSpans } from './spans.js';

export { extractFeatures, FEATURE_VERSION, type NerInput } from './features.js';
export { decodeModel, emptyModel, encodeModel, type NerModel, TAGS } from './model.js';
export { spansToTags, tagsToSpans } from './spans.js';

export const NER_MODEL_URL = new URL('../../../data/models/ner-ru.bin', import.meta.url);

let loaded: NerModel | null = null;

/** The committed Russian model, read once. */
export function defaultNerModel(): NerModel {
  loaded ??= decodeModel(readFileSync(fileURLToPath(NER_MODEL_URL)));
  return loaded;
}

/** Tags one document; spans carry a confidence from the emission margin of their weakest token. */
export function tagNames(input: NerInput, model: NerModel): NerSpan[] {
  const { tokens } = input;
  const n = tokens.length;
  if (n === 0) return [];
  const features = extractFeatures(input);
  const tags = new Int8Array(n);
  const margins = new Float64Array(n);
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && tokens[to]?.sentence === tokens[from]?.sentence) to++;
    const scores = emissions(model, features, from, to);
    viterbi(model, scores, to - from, tags, from);
    for (let i = from; i < to; i++) {
      const base = (i - from) * TAG_COUNT;
      const chosen = tags[i] ?? 0;
      let other = Number.NEGATIVE_INFINITY;
      for (let t = 0; t < TAG_COUNT; t++) if (t !== chosen) other = Math.max(other, scores[base + t] ?? 0);
      margins[i] = 1 / (1 + Math.exp(-((scores[base + chosen] ?? 0) - other)));
    }
    from = to;
  }
  return tagsToSpans(tags, tokens, margins);
}

/** A ner stage over a given model (the default one unless told otherwise). */
export function createNerStage(model?: NerModel): Stage<'ner'> {
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
