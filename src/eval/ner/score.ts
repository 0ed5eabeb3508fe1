/**
 * Token-level scoring: every corpus token is inside or outside a span of each type, in the gold
 * and in the prediction; precision, recall and F1 count tokens, per type.
 */
import type { EntityLabel } from '../../core/doc.js';
import type { CharSpan, LabelledSpan } from './factru.js';

export const NER_LABELS: readonly EntityLabel[] = ['PER', 'LOC', 'ORG'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Score = Record<EntityLabel, Counts>;

export function emptyScore(): Score {
  return { PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } };
}

/** Per token, the label of the span that overlaps it (first wins), or null. */
export function tokenLabels(
  tokens: readonly CharSpan[],
  spans: readonly LabelledSpan[],
): (EntityLabel | null)[] {
  const labels: (EntityLabel | null)[] = new Array(tokens.length).fill(null);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let first = 0;
  for (const span of sorted) {
    while (first < tokens.length && (tokens[first]?.end ?? 0) <= span.start) first++;
    for (let i = first; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token || token.start >= span.end) break;
      labels[i] ??= span.label;
    }
  }
  return labels;
}

/** Adds one document's token counts to `into`. */
export function scoreDoc(
  tokens: readonly CharSpan[],
  gold: readonly LabelledSpan[],
  predicted: readonly LabelledSpan[],
  into: Score = emptyScore(),
): Score {
  const g = tokenLabels(tokens, gold);
  const p = tokenLabels(tokens, predicted);
  for (let i = 0; i < tokens.length; i++) {
    for (const label of NER_LABELS) {
      const inGold = g[i] === label;
      const inPred = p[i] === label;
      if (inGold && inPred) into[label].tp++;
      else if (inPred) into[label].fp++;
      else if (inGold) into[label].fn++;
    }
  }
  return into;
}

export function addScores(into: Score, other: Score): Score {
  for (const label of NER_LABELS) {
    into[label].tp += other[label].tp;
    into[label].fp += other[label].fp;
    into[label].fn += other[label].fn;
  }
  return into;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(counts: Counts): Prf {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** A plain-text table: one row per type with P, R, F1 and the token counts. */
export function formatScore(score: Score, title = ''): string {
  const lines = [`${title.padEnd(8)}  prec    rec     F1      tp    fp    fn`];
  for (const label of NER_LABELS) {
    const c = score[label];
    const { precision, recall, f1 } = prf(c);
    lines.push(
      [
        label.padEnd(8),
        precision.toFixed(3).padStart(6),
        recall.toFixed(3).padStart(6),
        f1.toFixed(3).padStart(6),
        String(c.tp).padStart(6),
        String(c.fp).padStart(5),
        String(c.fn).padStart(5),
      ].join('  '),
    );
  }
  return `${lines.join('\n')}\n`;
}
