/**
 * Events into time buckets (day, ISO week, month) with cooperation and conflict summed apart:
 * Goldstein scores above zero add to cooperation, below zero to conflict. A date known only to
 * the month or year stays in a bucket of its own, labelled as precisely as it is known.
 */
export type BucketSize = 'day' | 'week' | 'month';

export interface Bucket {
  label: string;
  events: number;
  cooperation: number;
  conflict: number;
}

/** Monday of the ISO week of a full date. */
function weekStart(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const offset = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - offset);
  return date.toISOString().slice(0, 10);
}

export function bucketOf(date: string, size: BucketSize): string {
  const full = /^\d{4}-\d{2}-\d{2}/.test(date);
  if (!full) return date.slice(0, 7);
  const day = date.slice(0, 10);
  if (size === 'day') return day;
  if (size === 'week') return `week of ${weekStart(day)}`;
  return day.slice(0, 7);
}

const round = (n: number) => Math.round(n * 10) / 10;

export function bucketize(
  events: readonly { date: string; goldstein: number }[],
  size: BucketSize,
): Bucket[] {
  const buckets = new Map<string, Bucket>();
  for (const event of events) {
    if (!event.date) continue;
    const label = bucketOf(event.date, size);
    const bucket = buckets.get(label) ?? { label, events: 0, cooperation: 0, conflict: 0 };
    bucket.events++;
    if (event.goldstein > 0) bucket.cooperation = round(bucket.cooperation + event.goldstein);
    if (event.goldstein < 0) bucket.conflict = round(bucket.conflict + event.goldstein);
    buckets.set(label, bucket);
  }
  const sortKey = (label: string) => label.replace(/^week of /, '');
  return [...buckets.values()].sort((a, b) => sortKey(a.label).localeCompare(sortKey(b.label)));
}
