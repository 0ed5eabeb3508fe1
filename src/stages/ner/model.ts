/**
 * The tagger's weights: hashed features × BIO tags in one flat array, plus tag-to-tag
 * transitions. The feature weights are 16-bit integers with one scale factor, on disk and in
 * memory: the file stays small and the table stays in cache while tagging.
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
  /** Bucket-major weights: weights[bucket * TAG_COUNT + tag] × scale. */
  weights: Int16Array | Float64Array;
  /** Multiplier of the stored weights (16-bit ones are quantised; float ones use 1). */
  scale: number;
  /** transitions[(from + 1) * TAG_COUNT + to]; from = -1 is the sentence start. */
  transitions: Float32Array | Float64Array;
}

export function emptyModel(bits: number): NerModel {
  return {
    bits,
    weights: new Float64Array((1 << bits) * TAG_COUNT),
    scale: 1,
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
  for (const w of model.weights) max = Math.max(max, Math.abs(w * model.scale));
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
  for (let i = 0; i < quantised.length; i++) {
    quantised[i] = Math.round(((model.weights[i] ?? 0) * model.scale) / scale);
  }
  const out = new Uint8Array(header.byteLength + model.transitions.byteLength + quantised.byteLength);
  out.set(new Uint8Array(header.buffer), 0);
  out.set(new Uint8Array(Float32Array.from(model.transitions).buffer), header.byteLength);
  out.set(new Uint8Array(quantised.buffer), header.byteLength + model.transitions.byteLength);
  return out;
}

export function decodeModel(bytes: Uint8Array): NerModel {
  // A copy, aligned at 0: a Node Buffer may be a view into a shared pool.
  const copy = new Uint8Array(bytes).buffer;
  const header = new Uint32Array(copy, 0, HEADER_WORDS);
  const scale = new Float32Array(copy, 0, HEADER_WORDS)[4] ?? 1;
  if (header[0] !== MAGIC || header[1] !== FORMAT || header[3] !== TAG_COUNT) {
    throw new Error('not a dyad NER model of this version');
  }
  const bits = header[2] ?? 0;
  const transitionCount = header[5] ?? 0;
  const offset = HEADER_WORDS * 4;
  const transitions = new Float32Array(copy, offset, transitionCount).slice();
  const weights = new Int16Array(copy, offset + transitionCount * 4, (1 << bits) * TAG_COUNT);
  return { bits, weights, scale, transitions };
}

/** The stacked tagger: a first pass, and a second one that also sees the first's tags. */
export interface NerModels {
  first: NerModel;
  second: NerModel | null;
}

const CONTAINER = 0x324e4459; // "YDN2"

export function encodeModels(models: NerModels): Uint8Array {
  const parts = [models.first, ...(models.second ? [models.second] : [])].map(encodeModel);
  const header = new Uint32Array([CONTAINER, parts.length, ...parts.map((p) => p.length)]);
  const out = new Uint8Array(header.byteLength + parts.reduce((s, p) => s + p.length, 0));
  out.set(new Uint8Array(header.buffer), 0);
  let at = header.byteLength;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function decodeModels(bytes: Uint8Array): NerModels {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== CONTAINER) return { first: decodeModel(bytes), second: null };
  const count = view.getUint32(4, true);
  const models: NerModel[] = [];
  let at = 8 + count * 4;
  for (let i = 0; i < count; i++) {
    const length = view.getUint32(8 + i * 4, true);
    models.push(decodeModel(bytes.subarray(at, at + length)));
    at += length;
  }
  return { first: models[0] as NerModel, second: models[1] ?? null };
}
