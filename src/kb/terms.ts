/**
 * Terms of office: tables headed `person role where from to` (data/kb/README.md), one row per
 * term. They are attached to the person entries after every file is read, so a user file can
 * add a term to a built-in person or close a built-in term.
 */
import { kbError } from './parse.js';
import type { KbEntry, KbRole } from './types.js';

export const TERM_HEADER = ['person', 'role', 'where', 'from', 'to'] as const;

export interface KbTermRow {
  file: string;
  line: number;
  person: string;
  role: string;
  /** ISO3 or an organisation id. */
  where: string;
  from: string;
  to: string | null;
}

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const ROLE = /^[a-z][a-z -]*[a-z]$/;

export function parseTermLine(file: string, line: number, text: string): KbTermRow {
  const fail = (message: string): never => {
    throw kbError(file, line, message);
  };
  const cells = text.split('\t').map((cell) => cell.trim());
  if (cells.length !== 5)
    fail(`expected 5 tab-separated columns (person role where from to), found ${cells.length}`);
  const [person = '', role = '', where = '', from = '', to = ''] = cells;
  if (!/^per:[\p{L}\p{N}_.-]+$/u.test(person)) fail(`person must be a "per:..." id, not "${person}"`);
  if (!ROLE.test(role)) fail(`role must be lower-case English words ("prime minister"), not "${role}"`);
  if (!/^[A-Z]{3}$/.test(where) && !/^org:[\p{L}\p{N}_.-]+$/u.test(where)) {
    fail(`where must be an ISO 3166-1 alpha-3 code or an "org:..." id, not "${where}"`);
  }
  if (!DATE.test(from)) fail(`from must be YYYY-MM-DD (or YYYY-MM, YYYY), not "${from}"`);
  if (to !== '' && to !== '-' && !DATE.test(to))
    fail(`to must be YYYY-MM-DD, YYYY-MM, YYYY or empty, not "${to}"`);
  const end = to === '' || to === '-' ? null : to;
  if (end !== null && end < from.slice(0, end.length)) fail(`term ends (${end}) before it starts (${from})`);
  return { file, line, person, role, where, from, to: end };
}

/** Adds the terms to their people; a later row for the same person, role, place and start replaces an earlier one. */
export function attachTerms(entries: Map<string, KbEntry>, terms: readonly KbTermRow[]): void {
  const byKey = new Map<string, KbTermRow>();
  for (const term of terms) {
    const entry = entries.get(term.person);
    if (entry?.kind !== 'person') {
      throw kbError(
        term.file,
        term.line,
        `term for unknown person "${term.person}" (add a "person" row first)`,
      );
    }
    if (!entries.has(term.where)) {
      throw kbError(term.file, term.line, `term in unknown country or organisation "${term.where}"`);
    }
    byKey.set(`${term.person}\t${term.role}\t${term.where}\t${term.from}`, term);
  }
  for (const term of byKey.values()) {
    const entry = entries.get(term.person) as KbEntry;
    const org = term.where.startsWith('org:');
    const role: KbRole = { role: term.role, country: org ? null : term.where, from: term.from };
    if (org) role.org = term.where;
    if (term.to !== null) role.to = term.to;
    entry.roles.push(role);
  }
  for (const entry of entries.values()) {
    if (entry.roles.length > 1) entry.roles.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  }
}
