/**
 * Offices held on a date: which roles a person held then, and who held a given office. Terms
 * come from the knowledge base (data/kb/terms.tsv); a term without an end is an incumbent's.
 */
import { ROLE_FAMILIES } from '../lang/shared/roles.js';
import type { KbEntry, KbRole, KnowledgeBase } from './types.js';

/** Titles that name the same office as a canonical role; the tables use the canonical one. */
const ALIASES: Readonly<Record<string, string>> = {
  'secretary of state': 'foreign minister',
  'foreign secretary': 'foreign minister',
  'minister of foreign affairs': 'foreign minister',
  'foreign affairs minister': 'foreign minister',
  'defense minister': 'defence minister',
  'minister of defence': 'defence minister',
  'defence secretary': 'defence minister',
  'secretary of defense': 'defence minister',
  'secretary of war': 'defence minister',
  'armed forces minister': 'defence minister',
  premier: 'prime minister',
  taoiseach: 'prime minister',
  'un secretary general': 'secretary general',
  'secretary-general': 'secretary general',
};

export function canonicalRole(role: string): string {
  const lower = role.trim().toLowerCase();
  return ALIASES[lower] ?? lower;
}

/**
 * Whether a term covers the date (YYYY-MM-DD). Dates known only to the month or year cover the
 * whole month or year; with a null date only an incumbent's term (no end) counts.
 */
export function inOffice(role: KbRole, date: string | null): boolean {
  if (date === null) return role.to === undefined;
  if (role.from !== undefined && date.slice(0, role.from.length) < role.from) return false;
  return role.to === undefined || date.slice(0, role.to.length) <= role.to;
}

/** Roles the person held on the date; with a null date, the ones held now. */
export function rolesOn(entry: KbEntry, date: string | null): KbRole[] {
  return entry.roles.filter((role) => inOffice(role, date));
}

interface Holding {
  entry: KbEntry;
  role: KbRole;
}

const indexes = new WeakMap<KnowledgeBase, Map<string, Holding[]>>();

function holdings(kb: KnowledgeBase): Map<string, Holding[]> {
  let index = indexes.get(kb);
  if (index) return index;
  index = new Map();
  for (const entry of kb.entries()) {
    for (const role of entry.roles) {
      const key = `${role.role}\t${role.org ?? role.country}`;
      const list = index.get(key);
      if (list) list.push({ entry, role });
      else index.set(key, [{ entry, role }]);
    }
  }
  indexes.set(kb, index);
  return index;
}

/**
 * Who held the office in the country (ISO3) or organisation ("org:NATO") on the date (null:
 * now). "head of state", "head of government" and "leader" stand for their usual titles. When
 * terms overlap (a date known only to the month), the later appointee wins.
 */
export function holderOf(
  kb: KnowledgeBase,
  role: string,
  where: string,
  date: string | null,
): KbEntry | undefined {
  const index = holdings(kb);
  const wanted = canonicalRole(role);
  for (const title of ROLE_FAMILIES[wanted] ?? [wanted]) {
    let best: Holding | undefined;
    for (const holding of index.get(`${title}\t${where}`) ?? []) {
      if (!inOffice(holding.role, date)) continue;
      if (!best || (holding.role.from ?? '') > (best.role.from ?? '')) best = holding;
    }
    if (best) return best.entry;
  }
  return undefined;
}
