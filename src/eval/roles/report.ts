/** Printing a roles evaluation: a table for people, JSON for programs. */
import type { RolesReport } from './index.js';

function pct(value: number): string {
  return (value * 100).toFixed(1).padStart(5);
}

export function formatRolesTable(report: RolesReport, withErrors: boolean): string {
  const row = (label: string, s: RolesReport['pair']) =>
    `${label.padEnd(26)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   ${s.tp}/${s.fp}/${s.fn}`;
  const lines = [
    `factRuEval Occupation facts: ${report.documents} documents, ${report.gold} gold facts, ${report.predicted} extracted roles`,
    `${''.padEnd(26)}     P     R    F1   tp/fp/fn`,
    row('(person, position)', report.pair),
    row('(person, position, where)', report.triple),
    '',
    'errors of (person, position) by kind:',
  ];
  const kinds = new Map<string, number>();
  for (const error of report.errors) kinds.set(error.kind, (kinds.get(error.kind) ?? 0) + 1);
  for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1]))
    lines.push(`  ${String(n).padStart(4)}  ${kind}`);
  if (withErrors) {
    lines.push('');
    for (const error of report.errors) lines.push(`${error.doc}\t${error.kind}\t${error.detail}`);
  }
  return `${lines.join('\n')}\n`;
}

export function rolesJson(report: RolesReport, withErrors: boolean): string {
  const { errors, ...scores } = report;
  return `${JSON.stringify(withErrors ? report : { ...scores, errorKinds: countKinds(errors) }, null, 2)}\n`;
}

function countKinds(errors: RolesReport['errors']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const error of errors) out[error.kind] = (out[error.kind] ?? 0) + 1;
  return out;
}
