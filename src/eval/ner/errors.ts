/**
 * Error listing for `--errors`: maximal runs of corpus tokens where gold and prediction differ,
 * each with the words around it, so that a reader can see what kind of mistake it is.
 */
import type { EntityLabel } from '../../core/doc.js';
import type { CharSpan, LabelledSpan } from './factru.js';
import { tokenLabels } from './score.js';

export interface NerError {
  doc: string;
  start: number;
  end: number;
  gold: EntityLabel | null;
  predicted: EntityLabel | null;
  text: string;
  context: string;
}

const CONTEXT = 40;

export function listErrors(
  doc: { id: string; text: string; tokens: readonly CharSpan[] },
  gold: readonly LabelledSpan[],
  predicted: readonly LabelledSpan[],
): NerError[] {
  const g = tokenLabels(doc.tokens, gold);
  const p = tokenLabels(doc.tokens, predicted);
  const errors: NerError[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    if (g[i] === p[i]) continue;
    let j = i + 1;
    while (j < doc.tokens.length && g[j] === g[i] && p[j] === p[i]) j++;
    const start = doc.tokens[i]?.start ?? 0;
    const end = doc.tokens[j - 1]?.end ?? start;
    const before = doc.text.slice(Math.max(0, start - CONTEXT), start);
    const after = doc.text.slice(end, end + CONTEXT);
    errors.push({
      doc: doc.id,
      start,
      end,
      gold: g[i] ?? null,
      predicted: p[i] ?? null,
      text: doc.text.slice(start, end),
      context: `${before}[${doc.text.slice(start, end)}]${after}`.replace(/\s+/g, ' '),
    });
    i = j - 1;
  }
  return errors;
}

export function formatError(e: NerError): string {
  const kind =
    e.predicted === null
      ? `FN ${e.gold}`
      : e.gold === null
        ? `FP ${e.predicted}`
        : `${e.gold}→${e.predicted}`;
  return `${kind.padEnd(9)} ${e.doc}:${e.start}  ${e.context}`;
}
