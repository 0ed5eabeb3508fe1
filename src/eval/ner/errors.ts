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

/**
 * Span-level kinds of error, for sorting what remains: a gold name found with the right type but
 * other bounds (`boundary`), found as another type (`type`), or not touched at all (`missed`);
 * a predicted name touching no gold name (`spurious`).
 */
export type ErrorKind = 'boundary' | 'type' | 'missed' | 'spurious';

export type ErrorKinds = Record<EntityLabel, Record<ErrorKind, number> & { exact: number }>;

function emptyKinds(): ErrorKinds {
  const row = () => ({ exact: 0, boundary: 0, type: 0, missed: 0, spurious: 0 });
  return { PER: row(), LOC: row(), ORG: row() };
}

const overlaps = (a: LabelledSpan, b: LabelledSpan): boolean => a.start < b.end && b.start < a.end;

/** Counts exact matches and each kind of error per type (gold type; predicted for `spurious`). */
export function countErrorKinds(
  gold: readonly LabelledSpan[],
  predicted: readonly LabelledSpan[],
  into: ErrorKinds = emptyKinds(),
): ErrorKinds {
  for (const g of gold) {
    const touching = predicted.filter((p) => overlaps(g, p));
    const row = into[g.label];
    if (touching.some((p) => p.label === g.label && p.start === g.start && p.end === g.end)) row.exact++;
    else if (touching.some((p) => p.label === g.label)) row.boundary++;
    else if (touching.length > 0) row.type++;
    else row.missed++;
  }
  for (const p of predicted) if (!gold.some((g) => overlaps(g, p))) into[p.label].spurious++;
  return into;
}

export function formatErrorKinds(kinds: ErrorKinds): string {
  const cols = ['exact', 'boundary', 'type', 'missed', 'spurious'] as const;
  const lines = [`spans     ${cols.map((c) => c.padStart(8)).join(' ')}`];
  for (const label of ['PER', 'LOC', 'ORG'] as const) {
    lines.push(`${label.padEnd(9)} ${cols.map((c) => String(kinds[label][c]).padStart(8)).join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
