/**
 * Tagging a document: features, first pass, then an optional second pass that also sees
 * document-level features (what the first pass said elsewhere, stacking); spans get a
 * confidence from their weakest token's margin.
 */
import type { NerSpan, Token } from '../../core/layers.js';
import { emissions, viterbi } from './decode.js';
import { concatFeatures, docFeatures } from './doc-features.js';
import { extractFeatures, type Features, type NerInput } from './features.js';
import type { NerModel, NerModels } from './model.js';
import { TAG_COUNT } from './model.js';
import { repairOrganisations } from './repair.js';
import { tagsToSpans } from './spans.js';

/** Emission scores of every token: scores[i * TAG_COUNT + tag]. */
export function scoreAll(model: NerModel, features: Features): Float64Array {
  return emissions(model, features, 0, features.offsets.length - 1);
}

/** Decodes every sentence from document-wide scores; fills per-token margins (0..1) if asked. */
export function decodeScores(
  model: NerModel,
  scores: Float64Array,
  tokens: readonly Token[],
  margins?: Float64Array,
): Int8Array {
  const n = tokens.length;
  const tags = new Int8Array(n);
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && tokens[to]?.sentence === tokens[from]?.sentence) to++;
    viterbi(model, scores.subarray(from * TAG_COUNT, to * TAG_COUNT), to - from, tags, from);
    from = to;
  }
  if (margins) {
    for (let i = 0; i < n; i++) {
      const base = i * TAG_COUNT;
      const chosen = tags[i] as number;
      let other = Number.NEGATIVE_INFINITY;
      for (let t = 0; t < TAG_COUNT; t++)
        if (t !== chosen) other = Math.max(other, scores[base + t] as number);
      margins[i] = 1 / (1 + Math.exp(other - (scores[base + chosen] as number)));
    }
  }
  return tags;
}

export function tagNames(input: NerInput, models: NerModels): NerSpan[] {
  const { tokens } = input;
  if (tokens.length === 0) return [];
  const features = extractFeatures(input);
  const margins = new Float64Array(tokens.length);
  const base = scoreAll(models.first, features);
  let tags: Int8Array;
  if (models.second) {
    const first = decodeScores(models.first, base, tokens);
    const scores = scoreAll(models.second, concatFeatures(features, docFeatures(input, first)));
    tags = decodeScores(models.second, scores, tokens, margins);
  } else {
    tags = decodeScores(models.first, base, tokens, margins);
  }
  return repairOrganisations(input, tagsToSpans(tags, tokens, margins));
}
