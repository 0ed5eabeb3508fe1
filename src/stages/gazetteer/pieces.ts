/**
 * The token stream cut into the same pieces as knowledge-base names (src/kb/normalise.ts), with
 * what the matcher needs per token: where its pieces are and whether it opens its sentence.
 */
import type { Token } from '../../core/layers.js';
import { normalise, tokenPieces } from '../../kb/normalise.js';

export interface PieceStream {
  raw: string[];
  norm: string[];
  /** Token index of each piece. */
  token: number[];
  /** Index of the first piece of each token. */
  firstPiece: number[];
  /** Whether each token is the first word or number of its sentence. */
  sentenceInitial: boolean[];
}

export function pieceStream(tokens: readonly Token[]): PieceStream {
  const stream: PieceStream = { raw: [], norm: [], token: [], firstPiece: [], sentenceInitial: [] };
  let sentence = -1;
  let seenWord = false;
  tokens.forEach((token, index) => {
    if (token.sentence !== sentence) {
      sentence = token.sentence;
      seenWord = false;
    }
    const isWord = token.kind === 'word' || token.kind === 'number';
    stream.sentenceInitial.push(isWord && !seenWord);
    if (isWord) seenWord = true;
    stream.firstPiece.push(stream.raw.length);
    for (const piece of tokenPieces(token.text)) {
      stream.raw.push(piece);
      stream.norm.push(normalise(piece));
      stream.token.push(index);
    }
  });
  return stream;
}

/** True when piece `p` is the last piece of its token. */
export function endsToken(stream: PieceStream, p: number): boolean {
  return stream.token[p + 1] !== stream.token[p];
}
