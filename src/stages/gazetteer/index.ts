/**
 * Finds knowledge-base names in the token stream: countries, their adjectives, demonyms,
 * capitals and seats of power, organisations, cities and regions, in every case form. Longest
 * match wins, left to right; each match carries the cases its form can have.
 */
import type { Lang } from '../../core/doc.js';
import { type AnalyzedDoc, type GazetteerMatch, layer, type Token } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import type { KbSurface, KbTrieNode, KnowledgeBase } from '../../kb/types.js';
import { accepts } from './accept.js';
import { lemmaMatch } from './lemma.js';
import { endsToken, type PieceStream, pieceStream } from './pieces.js';

interface Found {
  end: number; // piece index, inclusive
  surface: KbSurface;
}

function longest(
  trie: KbTrieNode,
  stream: PieceStream,
  tokens: readonly Token[],
  start: number,
  lang: Lang,
): Found | null {
  let found: Found | null = null;
  const sentence = tokens[stream.token[start] ?? 0]?.sentence;
  let node = trie.next?.get(stream.norm[start] ?? '');
  for (let p = start; node; ) {
    if (node.surfaces && endsToken(stream, p)) {
      const surface = node.surfaces.find((s) => accepts(s, stream, tokens, start, p, lang));
      if (surface) found = { end: p, surface };
    }
    p++;
    if (p >= stream.norm.length || tokens[stream.token[p] ?? 0]?.sentence !== sentence) break;
    node = node.next?.get(stream.norm[p] ?? '');
  }
  return found;
}

export function findNames(doc: AnalyzedDoc, kb: KnowledgeBase): GazetteerMatch[] {
  const trie = kb.index?.(doc.lang);
  const tokens = layer(doc, 'tokens');
  if (!trie || tokens.length === 0) return [];
  const morphology = doc.layers.morphology ?? [];
  const stream = pieceStream(tokens);
  const matches: GazetteerMatch[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (!token || (token.kind !== 'word' && token.kind !== 'number')) continue;
    const start = stream.firstPiece[t] ?? 0;
    const found = longest(trie, stream, tokens, start, doc.lang);
    const tokenEnd = found ? (stream.token[found.end] ?? t) + 1 : t + 1;
    const surface = found?.surface ?? lemmaMatch(trie, stream, tokens, morphology, t, doc.lang);
    if (!surface) continue;
    const entry = kb.get(surface.entry);
    matches.push({
      start: token.start,
      end: tokens[tokenEnd - 1]?.end ?? token.end,
      tokenStart: t,
      tokenEnd,
      entry: surface.entry,
      kind: surface.kind,
      label: surface.kind === 'seat' || entry?.label === 'ORG' ? 'ORG' : 'LOC',
      country: entry?.country ?? null,
      cases: surface.cases,
      number: surface.number,
    });
    t = tokenEnd - 1;
  }
  return matches;
}

export const gazetteerStage: Stage<'gazetteer'> = {
  name: 'gazetteer',
  requires: ['tokens', 'morphology'],
  provides: ['gazetteer'],
  run(doc, context) {
    return { gazetteer: findNames(doc, context.kb) };
  },
};
