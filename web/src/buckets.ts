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
  fillGaps(buckets, size);
  const sortKey = (label: string) => label.replace(/^week of /, '');
  return [...buckets.values()].sort((a, b) => sortKey(a.label).localeCompare(sortKey(b.label)));
}

/** More empty buckets than this and the chart shows only the buckets with events. */
export const MAX_FILLED = 400;

/**
 * Empty buckets between the first and the last full date, so that the bars stand on a time axis
 * and a quiet month looks quiet instead of vanishing.
 */
function fillGaps(buckets: Map<string, Bucket>, size: BucketSize): void {
  const days = [...buckets.keys()]
    .map((label) => label.replace(/^week of /, ''))
    .filter((label) => (size === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/).test(label))
    .sort();
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) return;
  const labels: string[] = [];
  const date = new Date(`${size === 'month' ? `${first}-01` : first}T00:00:00Z`);
  const end = size === 'month' ? `${last}-01` : last;
  while (date.toISOString().slice(0, 10) <= end) {
    if (labels.length > MAX_FILLED) return;
    const day = date.toISOString().slice(0, 10);
    labels.push(size === 'month' ? day.slice(0, 7) : size === 'week' ? `week of ${day}` : day);
    if (size === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
    else date.setUTCDate(date.getUTCDate() + (size === 'week' ? 7 : 1));
  }
  for (const label of labels) {
    if (!buckets.has(label)) buckets.set(label, { label, events: 0, cooperation: 0, conflict: 0 });
  }
}
