/**
 * Occupation facts of factRuEval-2016 (`.facts` blocks `N-K Occupation` with `Who`, `Position`,
 * `Where` lines): Who and Where name `.coref` groups (`objNNN`), Position names `.spans` ids
 * whose offsets index the `.txt`. Alternatives on one line are separated by `|`.
 */

import type { TextSpan } from '../../core/span.js';
import { factruFiles } from '../factru-folder.js';

export interface GoldOccupation {
  id: string;
  /** Surname (or the single name) of the person, as the corpus normalises it. */
  surname: string;
  /** The person's name as the fact states it, for reports. */
  who: string;
  /** The spans that state the position (one, or alternatives). */
  positions: TextSpan[];
  /** The normalised name of the place or organisation, or null when the fact has none. */
  where: string | null;
}

export interface RolesDocument {
  id: string;
  text: string;
  occupations: GoldOccupation[];
}

interface CorefGroup {
  name: string | null;
  lastname: string | null;
  firstname: string | null;
}

function parseCoref(text: string): Map<string, CorefGroup> {
  const groups = new Map<string, CorefGroup>();
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const id = lines[0]?.split(/\s+/)[0];
    if (!id) continue;
    const group: CorefGroup = { name: null, lastname: null, firstname: null };
    for (const line of lines.slice(1)) {
      const space = line.indexOf(' ');
      const key = line.slice(0, space);
      if (space > 0 && (key === 'name' || key === 'lastname' || key === 'firstname')) {
        group[key] ??= line.slice(space + 1).trim();
      }
    }
    groups.set(id, group);
  }
  return groups;
}

/** `.spans` lines: `id type start length ...`. */
function parseSpans(text: string): Map<string, { start: number; length: number }> {
  const spans = new Map<string, { start: number; length: number }>();
  for (const line of text.split('\n')) {
    const [id, , start, length] = line.trim().split(/\s+/);
    if (id && start && length && /^\d+$/.test(start))
      spans.set(id, { start: Number(start), length: Number(length) });
  }
  return spans;
}

export function parseOccupations(doc: {
  facts: string;
  coref: string;
  spans: string;
  text: string;
}): GoldOccupation[] {
  const coref = parseCoref(doc.coref);
  const spans = parseSpans(doc.spans);
  const out: GoldOccupation[] = [];
  for (const block of doc.facts.split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const head = /^(\S+)\s+Occupation$/.exec(lines[0] ?? '');
    if (!head?.[1]) continue;
    let surname: string | null = null;
    let who = '';
    let where: string | null = null;
    const positions: TextSpan[] = [];
    for (const line of lines.slice(1)) {
      const [role, rest = ''] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
      if (role === 'Who' && surname === null) {
        const obj = /obj(\d+)\s*([^|]*)/.exec(rest);
        const group = coref.get(obj?.[1] ?? '');
        who = (obj?.[2] ?? '').trim();
        surname = group?.lastname ?? group?.firstname ?? group?.name ?? who.split(/\s+/)[0] ?? null;
      } else if (role === 'Position') {
        for (const [, id] of rest.matchAll(/span(\d+)/g)) {
          const span = spans.get(id ?? '');
          if (!span || span.start + span.length > doc.text.length) continue;
          const end = span.start + span.length;
          positions.push({ start: span.start, end, text: doc.text.slice(span.start, end) });
        }
      } else if (role === 'Where' && where === null) {
        const obj = /obj(\d+)\s*([^|]*)/.exec(rest);
        where = coref.get(obj?.[1] ?? '')?.name ?? ((obj?.[2] ?? '').trim() || null);
      }
    }
    // A fact without a stated position or person cannot be compared with a role.
    if (surname && positions.length > 0) out.push({ id: head[1], surname, who, positions, where });
  }
  return out;
}

/** Every text of a factRuEval folder with a `.facts` file, in sorted order. */
export function readRolesDir(dir: string): RolesDocument[] {
  return factruFiles(dir).map(({ id, read }) => {
    const text = read('txt');
    return {
      id,
      text,
      occupations: parseOccupations({
        facts: read('facts'),
        coref: read('coref'),
        spans: read('spans'),
        text,
      }),
    };
  });
}
