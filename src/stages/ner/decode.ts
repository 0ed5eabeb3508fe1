/**
 * Scoring and Viterbi decoding over BIO tags, one sentence at a time, with the constraint that
 * an inside tag continues a span of its own type.
 */
import { allowed, type NerModel, TAG_COUNT } from './model.js';

/** Emission scores for tokens [from, to): scores[(i - from) * TAG_COUNT + tag]. */
export function emissions(
  model: NerModel,
  features: readonly number[][],
  from: number,
  to: number,
): Float64Array {
  const scores = new Float64Array((to - from) * TAG_COUNT);
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  for (let i = from; i < to; i++) {
    const base = (i - from) * TAG_COUNT;
    for (const h of features[i] ?? []) {
      const b = (h & mask) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) scores[base + t] = (scores[base + t] ?? 0) + (w[b + t] ?? 0);
    }
  }
  return scores;
}

/** Best tag sequence for one sentence given its emission scores; also each token's margin. */
export function viterbi(
  model: NerModel,
  scores: Float64Array,
  length: number,
  tags: Int8Array,
  offset = 0,
): void {
  if (length === 0) return;
  const best = new Float64Array(length * TAG_COUNT);
  const back = new Int8Array(length * TAG_COUNT);
  const tr = model.transitions;
  for (let t = 0; t < TAG_COUNT; t++) {
    best[t] = allowed(-1, t) ? (scores[t] ?? 0) + (tr[t] ?? 0) : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < length; i++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      let top = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < TAG_COUNT; p++) {
        if (!allowed(p, t)) continue;
        const v = (best[(i - 1) * TAG_COUNT + p] ?? 0) + (tr[(p + 1) * TAG_COUNT + t] ?? 0);
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      best[i * TAG_COUNT + t] = top + (scores[i * TAG_COUNT + t] ?? 0);
      back[i * TAG_COUNT + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < TAG_COUNT; t++) {
    if ((best[(length - 1) * TAG_COUNT + t] ?? 0) > (best[(length - 1) * TAG_COUNT + last] ?? 0)) last = t;
  }
  for (let i = length - 1; i >= 0; i--) {
    tags[offset + i] = last;
    last = back[i * TAG_COUNT + last] ?? 0;
  }
}

/** Tags for a whole document, decoded sentence by sentence. */
export function tagDocument(
  model: NerModel,
  features: readonly number[][],
  sentenceOf: (i: number) => number,
): Int8Array {
  const n = features.length;
  const tags = new Int8Array(n);
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (to < n && sentenceOf(to) === sentenceOf(from)) to++;
    viterbi(model, emissions(model, features, from, to), to - from, tags, from);
    from = to;
  }
  return tags;
}
