/**
 * Scoring and Viterbi decoding over BIO tags, one sentence at a time, with the constraint that
 * an inside tag continues a span of its own type.
 */
import type { Features } from './features.js';
import { allowed, type NerModel, TAG_COUNT } from './model.js';

/** Emission scores for tokens [from, to): scores[(i - from) * TAG_COUNT + tag]. */
export function emissions(model: NerModel, features: Features, from: number, to: number): Float64Array {
  const scores = new Float64Array((to - from) * TAG_COUNT);
  const mask = (1 << model.bits) - 1;
  const w = model.weights;
  const { data, offsets } = features;
  for (let i = from; i < to; i++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    const end = offsets[i + 1] as number;
    for (let k = offsets[i] as number; k < end; k++) {
      const b = ((data[k] as number) & mask) * TAG_COUNT;
      s0 += w[b] as number;
      s1 += w[b + 1] as number;
      s2 += w[b + 2] as number;
      s3 += w[b + 3] as number;
      s4 += w[b + 4] as number;
      s5 += w[b + 5] as number;
      s6 += w[b + 6] as number;
    }
    const base = (i - from) * TAG_COUNT;
    const scale = model.scale;
    scores[base] = s0 * scale;
    scores[base + 1] = s1 * scale;
    scores[base + 2] = s2 * scale;
    scores[base + 3] = s3 * scale;
    scores[base + 4] = s4 * scale;
    scores[base + 5] = s5 * scale;
    scores[base + 6] = s6 * scale;
  }
  return scores;
}

const ALLOWED: boolean[] = [];
for (let p = -1; p < TAG_COUNT; p++) for (let t = 0; t < TAG_COUNT; t++) ALLOWED.push(allowed(p, t));

/** Best tag sequence for one sentence given its emission scores, written to tags[offset..]. */
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
    best[t] = ALLOWED[t] ? (scores[t] as number) + (tr[t] as number) : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < length; i++) {
    for (let t = 0; t < TAG_COUNT; t++) {
      let top = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < TAG_COUNT; p++) {
        const k = (p + 1) * TAG_COUNT + t;
        if (!ALLOWED[k]) continue;
        const v = (best[(i - 1) * TAG_COUNT + p] as number) + (tr[k] as number);
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      best[i * TAG_COUNT + t] = top + (scores[i * TAG_COUNT + t] as number);
      back[i * TAG_COUNT + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < TAG_COUNT; t++) {
    if ((best[(length - 1) * TAG_COUNT + t] as number) > (best[(length - 1) * TAG_COUNT + last] as number))
      last = t;
  }
  for (let i = length - 1; i >= 0; i--) {
    tags[offset + i] = last;
    last = back[i * TAG_COUNT + last] as number;
  }
}
