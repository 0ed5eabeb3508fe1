/**
 * The tagger's weights: hashed features × BIO tags in one flat array, plus tag-to-tag
 * transitions. On disk the feature weights are 16-bit integers with one scale factor, which
 * keeps the file small; in memory they are floats.
 */
import type { EntityLabel } from '../../core/doc.js';

/** BIO tags over PER / LOC / ORG; index 0 is outside. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG'] as const;
export const TAG_COUNT = TAGS.length;
export const TAG_LABEL: readonly (EntityLabel | null)[] = [null, 'PER', 'PER', 'LOC', 'LOC', 'ORG', 'ORG'];
export const IS_BEGIN: readonly boolean[] = TAGS.map((t) => t.startsWith('B-'));

const MAGIC = 0x524e4459; // "YDNR"
const FORMAT = 1;
const HEADER_WORDS = 6;

export interface NerModel {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Bucket-major weights: weights[bucket * TAG_COUNT + tag]. */
  weights: Float32Array | Float64Array;
  /** transitions[(from + 1) * TAG_COUNT + to]; from = -1 is the sentence start. */
  transitions: Float32Array | Float64Array;
}

export function emptyModel(bits: number): NerModel {
  return {
    bits,
    weights: new Float32Array((1 << bits) * TAG_COUNT),
    transitions: new Float32Array((TAG_COUNT + 1) * TAG_COUNT),
  };
}

/** I-X may only follow B-X or I-X. */
export function allowed(from: number, to: number): boolean {
  const label = TAG_LABEL[to];
  if (label === null || IS_BEGIN[to]) return true;
  return from >= 0 && TAG_LABEL[from] === label;
}

export function encodeModel(model: NerModel): Uint8Array {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const header = new Uint32Array(HEADER_WORDS);
  const headerFloats = new Float32Array(header.buffer);
  header[0] = MAGIC;
  header[1] = FORMAT;
  header[2] = model.bits;
  header[3] = TAG_COUNT;
  headerFloats[4] = scale;
  header[5] = model.transitions.length;
  const quantised = new Int16Array(model.weights.length);
  for (let i = 0; i < quantised.length; i++) quantised[i] = Math.round((model.weights[i] ?? 0) / scale);
  const out = new Uint8Array(header.byteLength + model.transitions.byteLength + quantised.byteLength);
  out.set(new Uint8Array(header.buffer), 0);
  out.set(new Uint8Array(Float32Array.from(model.transitions).buffer), header.byteLength);
  out.set(new Uint8Array(quantised.buffer), header.byteLength + model.transitions.byteLength);
  return out;
}

export function decodeModel(bytes: Uint8Array): NerModel {
  const copy = bytes.slice().buffer;
  const header = new Uint32Array(copy, 0, HEADER_WORDS);
  const scale = new Float32Array(copy, 0, HEADER_WORDS)[4] ?? 1;
  if (header[0] !== MAGIC || header[1] !== FORMAT || header[3] !== TAG_COUNT) {
    throw new Error('not a dyad NER model of this version');
  }
  const bits = header[2] ?? 0;
  const transitionCount = header[5] ?? 0;
  const offset = HEADER_WORDS * 4;
  const transitions = new Float32Array(copy, offset, transitionCount).slice();
  const quantised = new Int16Array(copy, offset + transitionCount * 4, (1 << bits) * TAG_COUNT);
  const weights = new Float32Array(quantised.length);
  for (let i = 0; i < quantised.length; i++) weights[i] = (quantised[i] ?? 0) * scale;
  return { bits, weights, transitions };
}
