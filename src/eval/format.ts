/**
 * Evaluation reports for people (aligned tables) and for programs (stable JSON: fixed key order,
 * sorted rows, scores rounded to four places).
 */
import type { EventError, EventsReport } from './events.js';
import type { MeetingsReport } from './meetings.js';
import type { Score } from './score.js';

const HEADER = ['', 'P', 'R', 'F1', 'TP', 'FP', 'FN'];

// An empty denominator prints as '-' here (JSON keeps 1, so programs always get a number).
function scoreRow(label: string, s: Score): string[] {
  const p = s.tp + s.fp === 0 ? '-' : s.precision.toFixed(3);
  const r = s.tp + s.fn === 0 ? '-' : s.recall.toFixed(3);
  return [label, p, r, s.f1.toFixed(3), `${s.tp}`, `${s.fp}`, `${s.fn}`];
}

/** Columns padded to their widest cell; the first column left-aligned, numbers right-aligned. */
export function alignTable(rows: readonly string[][]): string {
  const widths = HEADER.map((_, col) => Math.max(...rows.map((r) => [...(r[col] ?? '')].length)));
  return rows
    .map((row) =>
      row
        .map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function block(title: string, rows: Record<string, Score>): string {
  const body = Object.entries(rows).map(([key, s]) => scoreRow(key, s));
  return `${title}\n${alignTable([HEADER, ...body])}\n`;
}

function errorLine(e: EventError): string {
  const flags = [e.negated ? 'negated' : '', e.date ?? ''].filter(Boolean).join(', ');
  const head = `${e.error.toUpperCase()} ${e.id} [${e.kind}] ${e.type}${e.mode ? `/${e.mode}` : ''}`;
  const lines = [`${head}  ${e.source} → ${e.target}${flags ? `  (${flags})` : ''}`];
  lines.push(`    «${e.evidence.replace(/\s+/g, ' ')}»`);
  if (e.near) lines.push(`    nearest gold: ${e.near}`);
  if (e.rule) lines.push(`    rule: ${e.rule}`);
  return lines.join('\n');
}

export function formatEventsTable(report: EventsReport, withErrors: boolean): string {
  const parts = [
    `${report.articles} articles, ${report.gold} gold events, ${report.predicted} predicted\n`,
    block('overall', { all: report.overall, 'strict (dates)': report.strict }),
    block('by language', report.byLang),
    block('by type', report.byType),
  ];
  const kinds = Object.entries(report.errorKinds).sort(([, a], [, b]) => b - a);
  if (kinds.length > 0)
    parts.push(`errors by kind\n${kinds.map(([k, n]) => `  ${k.padEnd(16)} ${n}`).join('\n')}\n`);
  if (withErrors) {
    const sorted = [...report.errors].sort(
      (a, b) => a.id.localeCompare(b.id) || a.error.localeCompare(b.error),
    );
    parts.push(`errors\n${sorted.map(errorLine).join('\n')}\n`);
  }
  return parts.join('\n');
}

export function eventsJson(report: EventsReport, withErrors: boolean): string {
  const { errors, ...rest } = report;
  return `${JSON.stringify(withErrors ? { ...rest, errors } : rest, null, 2)}\n`;
}

export function formatMeetingsTable(report: MeetingsReport, withErrors: boolean): string {
  const head = `${report.documents} documents, ${report.meetings} gold meetings, ${report.predicted} predicted CONSULT events\n`;
  const parts = [head, `${alignTable([HEADER, scoreRow('meetings', report.score)])}\n`];
  if (withErrors && report.errors.length > 0) {
    const lines = report.errors.map(
      (e) =>
        `${e.error.toUpperCase()} ${e.id}  ${e.participants}${e.evidence ? `\n    «${e.evidence.replace(/\s+/g, ' ')}»` : ''}`,
    );
    parts.push(`errors\n${lines.join('\n')}\n`);
  }
  return parts.join('\n');
}

export function meetingsJson(report: MeetingsReport, withErrors: boolean): string {
  const { errors, ...rest } = report;
  return `${JSON.stringify(withErrors ? { ...rest, errors } : rest, null, 2)}\n`;
}
