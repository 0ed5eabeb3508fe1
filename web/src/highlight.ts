/**
 * An article's layers as marked pieces of text. Spans overlap (a quote holds names, an evidence
 * sentence holds its trigger), so the text is cut at every span boundary and each piece knows all
 * spans that cover it. The selected evidence is kept whole: its pieces are grouped so the page can
 * wrap exactly its characters in one element.
 */
import type { DocumentRecord, EventRecord } from './api.js';

export type MarkKind = 'PER' | 'ORG' | 'LOC' | 'trigger' | 'quote' | 'date';

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** Index into the record's list of that kind (mentions, events, quotes, dates). */
  index: number;
}

export interface Piece {
  start: number;
  end: number;
  marks: Mark[];
}

export interface Segment {
  /** True for the run of pieces that is exactly the selected evidence. */
  evidence: boolean;
  pieces: Piece[];
}

export function marksOf(record: DocumentRecord): Mark[] {
  const marks: Mark[] = [];
  for (const [index, m] of record.mentions.entries()) {
    marks.push({ kind: m.label, start: m.start, end: m.end, index });
  }
  for (const [index, event] of record.events.entries()) {
    for (const trigger of triggersOf(event)) marks.push({ kind: 'trigger', ...trigger, index });
  }
  for (const [index, q] of record.quotes.entries())
    marks.push({ kind: 'quote', start: q.start, end: q.end, index });
  for (const [index, d] of record.dates.entries())
    marks.push({ kind: 'date', start: d.start, end: d.end, index });
  return marks.filter((mark) => mark.end > mark.start);
}

/** The event's trigger and those of its repeated mentions. */
export function triggersOf(event: EventRecord): { start: number; end: number }[] {
  const all = [event.trigger, ...(event.mentions ?? []).map((m) => m.trigger)];
  return all.map(({ start, end }) => ({ start, end }));
}

/** Cuts the text into pieces at every boundary of the marks and of the evidence. */
export function segment(
  length: number,
  marks: readonly Mark[],
  evidence: { start: number; end: number } | null,
): Segment[] {
  const cuts = new Set([0, length]);
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(length, mark.start)));
    cuts.add(Math.max(0, Math.min(length, mark.end)));
  }
  if (evidence) {
    cuts.add(evidence.start);
    cuts.add(evidence.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    const covering = marks.filter((mark) => mark.start <= start && mark.end >= end);
    const inEvidence = evidence !== null && evidence.start <= start && evidence.end >= end;
    const last = segments.at(-1);
    const piece = { start, end, marks: covering };
    if (last && last.evidence === inEvidence) last.pieces.push(piece);
    else segments.push({ evidence: inEvidence, pieces: [piece] });
  }
  return segments;
}
