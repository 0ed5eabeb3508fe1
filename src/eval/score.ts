/** Counts of true/false positives and negatives, and precision, recall and F1 from them. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Empty denominators score 1 (nothing predicted, or nothing to find, is not an error). */
export function score(counts: Counts): Score {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** Counts kept per key (language, type), created on first use. */
export class CountTable {
  private readonly rows = new Map<string, Counts>();

  row(key: string): Counts {
    let row = this.rows.get(key);
    if (!row) {
      row = emptyCounts();
      this.rows.set(key, row);
    }
    return row;
  }

  /** Scores by key, keys sorted so JSON output is stable. */
  scores(): Record<string, Score> {
    const out: Record<string, Score> = {};
    for (const [key, counts] of [...this.rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      out[key] = score(counts);
    }
    return out;
  }
}
