/**
 * Fallback for one-word names the generated forms miss (an irregular or variant ending): when
 * the morphology layer lemmatises a token to a name's nominative, the token is that name, with
 * the cases the analyser gives it.
 */
import type { Lang } from '../../core/doc.js';
import type { Case, Morphology, Token } from '../../core/layers.js';
import { CASES } from '../../kb/inflect.js';
import { normalise } from '../../kb/normalise.js';
import type { KbSurface, KbTrieNode } from '../../kb/types.js';
import { accepts } from './accept.js';
import { endsToken, type PieceStream } from './pieces.js';

export function lemmaMatch(
  trie: KbTrieNode,
  stream: PieceStream,
  tokens: readonly Token[],
  morphology: Morphology,
  t: number,
  lang: Lang,
): KbSurface | null {
  const readings = morphology[t];
  const start = stream.firstPiece[t] ?? 0;
  if (!readings || readings.length === 0 || !endsToken(stream, start)) return null;
  for (const reading of readings) {
    const node = trie.next?.get(normalise(reading.lemma));
    const surface = node?.surfaces?.find(
      (s) => s.exact === null && s.cases.includes('nomn') && accepts(s, stream, tokens, start, start, lang),
    );
    if (!surface) continue;
    const lemma = normalise(reading.lemma);
    const cases = new Set<Case>();
    for (const r of readings) if (r.case && normalise(r.lemma) === lemma) cases.add(r.case);
    return { ...surface, cases: CASES.filter((c) => cases.has(c)) };
  }
  return null;
}
