/**
 * Merging the tagger's spans with rule and gazetteer mentions: the tagger decides wherever it
 * found a name; a rule mention is added only where the tagger found nothing on any of its tokens.
 */
import type { EntityLabel } from '../../core/doc.js';

export interface NamedSpan {
  start: number;
  end: number;
  label: EntityLabel;
}

export function combineNames(ner: readonly NamedSpan[], mentions: readonly NamedSpan[]): NamedSpan[] {
  const out: NamedSpan[] = ner.map((s) => ({ start: s.start, end: s.end, label: s.label }));
  for (const m of mentions) {
    if (ner.some((s) => s.start < m.end && m.start < s.end)) continue;
    out.push({ start: m.start, end: m.end, label: m.label });
  }
  return out.sort((a, b) => a.start - b.start);
}
