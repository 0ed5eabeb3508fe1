/** The gazetteer layer indexed for the role and entity rules that look next to a name. */
import type { GazetteerMatch } from '../../core/layers.js';

/** Gazetteer matches indexed by the token they start at and the token they end before. */
export interface GazetteerIndex {
  byStart: Map<number, GazetteerMatch>;
  byEnd: Map<number, GazetteerMatch>;
  covered: Uint8Array;
}

export function indexGazetteer(matches: readonly GazetteerMatch[], tokenCount: number): GazetteerIndex {
  const byStart = new Map<number, GazetteerMatch>();
  const byEnd = new Map<number, GazetteerMatch>();
  const covered = new Uint8Array(tokenCount);
  for (const match of matches) {
    byStart.set(match.tokenStart, match);
    byEnd.set(match.tokenEnd, match);
    covered.fill(1, match.tokenStart, match.tokenEnd);
  }
  return { byStart, byEnd, covered };
}

/** Places and bodies that say where a role is held: "мэр Москвы", "премьер-министр Японии". */
export const TRAILING_KINDS: ReadonlySet<string> = new Set([
  'country',
  'organisation',
  'seat',
  'capital',
  'city',
  'region',
]);
