/**
 * Near-duplicate articles (the same agency wire under several mastheads) by SimHash over word
 * trigrams: copies that differ in a headline, a byline or a sentence differ in a few of the 64
 * bits. Five bands of 12-13 bits are indexed, so any fingerprint within 4 bits shares at least
 * one band with its original (pigeonhole) and a lookup never scans the table.
 */
const WORD = /[\p{L}\p{N}]+/gu;
/** Below this many trigrams a text is too short for its fingerprint to mean anything. */
const MIN_SHINGLES = 24;
export const NEAR_DUPLICATE_BITS = 4;
const BAND_BITS = [13, 13, 13, 13, 12];

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** 16 hex digits, or '' for texts too short to fingerprint. */
export function fingerprint(text: string): string {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length - 2 < MIN_SHINGLES) return '';
  const weights = new Int32Array(64);
  for (let i = 0; i + 2 < words.length; i++) {
    const shingle = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
    const halves = [fnv1a(shingle, 0x811c9dc5), fnv1a(shingle, 0x050c5d1f)];
    for (let bit = 0; bit < 64; bit++) {
      const half = halves[bit >> 5] ?? 0;
      weights[bit] = (weights[bit] ?? 0) + ((half >>> (bit & 31)) & 1 ? 1 : -1);
    }
  }
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let k = 0; k < 4; k++) if ((weights[nibble * 4 + k] ?? 0) > 0) value |= 1 << k;
    hex += value.toString(16);
  }
  return hex;
}

export function bands(print: string): string[] {
  if (print === '') return [];
  let value = BigInt(`0x${print}`);
  return BAND_BITS.map((bits, band) => {
    const part = value & ((1n << BigInt(bits)) - 1n);
    value >>= BigInt(bits);
    return `${band}:${part.toString(16)}`;
  });
}

export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < a.length; i++) {
    let x = Number.parseInt(a[i] ?? '0', 16) ^ Number.parseInt(b[i] ?? '0', 16);
    while (x) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance;
}
