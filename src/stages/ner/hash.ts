/**
 * Feature hashing: features are strings hashed once (memoised) to 32-bit numbers, and context
 * variants are made by mixing integers, so tagging allocates almost nothing per token.
 */

const memo = new Map<string, number>();
const MEMO_LIMIT = 400_000;

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hash of a feature string, memoised: the same words recur across documents. */
export function featureHash(text: string): number {
  let h = memo.get(text);
  if (h === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    h = hashString(text);
    memo.set(text, h);
  }
  return h;
}

/** Combines two hashes (a feature and its position, or two features) into a new one. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return h >>> 0;
}
