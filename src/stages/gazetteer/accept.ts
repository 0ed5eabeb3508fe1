/**
 * Whether a knowledge-base form may stand for a stretch of text: exact case for acronyms, a
 * capital letter for proper names, and extra guards for names that are also common words or
 * first names (Того, Мали, Chad, Jordan).
 */
import type { Lang } from '../../core/doc.js';
import type { Token } from '../../core/layers.js';
import { startsUpper } from '../../kb/normalise.js';
import type { KbSurface } from '../../kb/types.js';
import type { PieceStream } from './pieces.js';

function capitalisedWord(token: Token | undefined, sentence: number): boolean {
  return (
    token !== undefined && token.sentence === sentence && token.kind === 'word' && startsUpper(token.text)
  );
}

/** Whether a surface may stand for the pieces [start, end]: case, capital letter, ambiguity. */
export function accepts(
  surface: KbSurface,
  stream: PieceStream,
  tokens: readonly Token[],
  start: number,
  end: number,
  lang: Lang,
): boolean {
  if (surface.exact) {
    for (let k = 0; k < surface.exact.length; k++)
      if (stream.raw[start + k] !== surface.exact[k]) return false;
  }
  const first = stream.raw[start] ?? '';
  if (surface.proper && !startsUpper(first)) return false;
  if (surface.ambiguous) {
    const t0 = stream.token[start] ?? 0;
    const t1 = stream.token[end] ?? 0;
    if (!startsUpper(first) || stream.sentenceInitial[t0]) return false;
    // English first names: Chad Smith, Michael Jordan; also New Jersey.
    const sentence = tokens[t0]?.sentence ?? -1;
    if (
      lang === 'en' &&
      (capitalisedWord(tokens[t0 - 1], sentence) || capitalisedWord(tokens[t1 + 1], sentence))
    ) {
      return false;
    }
  }
  return true;
}
