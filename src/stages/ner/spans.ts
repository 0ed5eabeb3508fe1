/** BIO tags to spans, and gold spans to BIO tags over dyad's own tokens (for training). */
import type { EntityLabel } from '../../core/doc.js';
import type { NerSpan, Token } from '../../core/layers.js';
import { IS_BEGIN, TAG_LABEL, TAGS } from './model.js';

/**
 * Prepositions and conjunctions a name never ends with: the tagger sometimes runs an organisation
 * on into the word after it ("санкций Евросоюза против России"); the span stops before them.
 */
const NEVER_LAST = new Set(
  'против в во на с со и по для о об от к ко из за у при до без через между или а но как под над перед'.split(
    ' ',
  ),
);

export function tagsToSpans(tags: Int8Array, tokens: readonly Token[], margins?: Float64Array): NerSpan[] {
  const spans: NerSpan[] = [];
  for (let i = 0; i < tags.length; ) {
    const label = TAG_LABEL[tags[i] ?? 0] ?? null;
    if (label === null) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tags.length && !IS_BEGIN[tags[j] ?? 0] && TAG_LABEL[tags[j] ?? 0] === label) j++;
    const next = j;
    while (j > i + 1 && NEVER_LAST.has((tokens[j - 1]?.text ?? '').toLowerCase())) j--;
    let score = 1;
    if (margins) for (let k = i; k < j; k++) score = Math.min(score, margins[k] ?? 1);
    spans.push({
      start: tokens[i]?.start ?? 0,
      end: tokens[j - 1]?.end ?? 0,
      tokenStart: i,
      tokenEnd: j,
      label,
      score,
    });
    i = next;
  }
  return spans;
}

/** Tag indexes for tokens from labelled character spans: B on a span's first token, I after. */
export function spansToTags(
  tokens: readonly Token[],
  spans: readonly { start: number; end: number; label: EntityLabel }[],
): Int8Array {
  const tags = new Int8Array(tokens.length);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let t = 0;
  for (const span of sorted) {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= span.start) t++;
    let first = true;
    for (let i = t; i < tokens.length && (tokens[i]?.start ?? 0) < span.end; i++) {
      if (tags[i] !== 0) continue;
      tags[i] = TAGS.indexOf(`${first ? 'B' : 'I'}-${span.label}` as (typeof TAGS)[number]);
      first = false;
    }
  }
  return tags;
}
