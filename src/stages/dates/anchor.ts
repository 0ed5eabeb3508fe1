/**
 * Which date an event gets: the date expression in the event's sentence (its evidence span)
 * nearest to the trigger. The events stage calls this; it falls back to whatever it likes
 * (the publication date, the previous sentence's date) when this returns null.
 */
import type { DateRecord } from '../../core/doc.js';
import type { Span } from '../../core/span.js';

/** Characters between two spans; 0 when they touch or overlap. */
function gap(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** The date expressions lying wholly inside `span`, in text order (dates must be sorted). */
export function datesInSpan(dates: readonly DateRecord[], span: Span): DateRecord[] {
  const out: DateRecord[] = [];
  for (const date of dates) {
    if (date.start >= span.end) break;
    if (date.start >= span.start && date.end <= span.end) out.push(date);
  }
  return out;
}

/**
 * The date record inside `evidence` closest to `trigger` (a date before the trigger wins a tie,
 * as news puts the time first: "В пятницу президент провёл переговоры"), or null.
 */
export function dateRecordForSpan(
  dates: readonly DateRecord[],
  evidence: Span,
  trigger: Span,
): DateRecord | null {
  let best: DateRecord | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const date of datesInSpan(dates, evidence)) {
    const distance = gap(date, trigger);
    if (distance < bestGap || (distance === bestGap && best !== null && date.end <= trigger.start)) {
      best = date;
      bestGap = distance;
    }
  }
  return best;
}

/** The normalised value (YYYY-MM-DD, YYYY-MM or YYYY) of dateRecordForSpan, or null. */
export function dateForSpan(dates: readonly DateRecord[], evidence: Span, trigger: Span): string | null {
  return dateRecordForSpan(dates, evidence, trigger)?.value ?? null;
}
