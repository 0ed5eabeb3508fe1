/**
 * Reads factRuEval-2016 texts and turns their object layer into the PER / LOC / ORG spans of
 * the usual NER protocol: PER is a whole Person object, ORG the org_name spans of Org objects,
 * LOC the loc_name spans of Location and LocOrg objects; overlapping gold spans are dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityLabel } from '../../core/doc.js';

export interface LabelledSpan {
  start: number;
  end: number;
  label: EntityLabel;
}

export interface CharSpan {
  start: number;
  end: number;
}

export interface FactruDoc {
  id: string;
  text: string;
  /** The corpus's own tokens: they decide token boundaries when scoring. */
  tokens: CharSpan[];
  gold: LabelledSpan[];
}

interface RawSpan {
  type: string;
  start: number;
  end: number;
}

/** `id start length text` lines; blank lines end sentences and carry no token. */
export function parseTokens(content: string): CharSpan[] {
  const tokens: CharSpan[] = [];
  for (const line of content.split('\n')) {
    const [, start, length] = line.trim().split(/\s+/);
    if (start === undefined || length === undefined) continue;
    const s = Number(start);
    tokens.push({ start: s, end: s + Number(length) });
  }
  return tokens;
}

function parseSpans(content: string): Map<string, RawSpan> {
  const spans = new Map<string, RawSpan>();
  for (const line of content.split('\n')) {
    const [id, type, start, length] = line.split('#')[0]?.trim().split(/\s+/) ?? [];
    if (id === undefined || type === undefined || start === undefined || length === undefined) continue;
    const s = Number(start);
    spans.set(id, { type, start: s, end: s + Number(length) });
  }
  return spans;
}

function protocolSpans(type: string, parts: RawSpan[]): LabelledSpan[] {
  if (type === 'Person' && parts.length > 0) {
    const start = Math.min(...parts.map((p) => p.start));
    const end = Math.max(...parts.map((p) => p.end));
    return [{ start, end, label: 'PER' }];
  }
  const wanted = type === 'Org' ? 'org_name' : type === 'Location' || type === 'LocOrg' ? 'loc_name' : null;
  const label: EntityLabel = type === 'Org' ? 'ORG' : 'LOC';
  return parts.filter((p) => p.type === wanted).map((p) => ({ start: p.start, end: p.end, label }));
}

/** Keeps spans left to right, dropping any that overlaps one already kept. */
export function dropOverlapping(spans: LabelledSpan[]): LabelledSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LabelledSpan[] = [];
  let lastEnd = -1;
  for (const span of sorted) {
    if (span.start < lastEnd) continue;
    kept.push(span);
    lastEnd = span.end;
  }
  return kept;
}

/** Gold spans of one text from the contents of its `.spans` and `.objects` files. */
export function goldSpans(spansFile: string, objectsFile: string): LabelledSpan[] {
  const spans = parseSpans(spansFile);
  const out: LabelledSpan[] = [];
  const seen = new Set<string>();
  for (const line of objectsFile.split('\n')) {
    const [, type, ...ids] = line.split('#')[0]?.trim().split(/\s+/) ?? [];
    if (type === undefined) continue;
    const parts = ids.map((id) => spans.get(id)).filter((s): s is RawSpan => s !== undefined);
    for (const span of protocolSpans(type, parts)) {
      const key = `${span.label}:${span.start}:${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(span);
    }
  }
  return dropOverlapping(out);
}

/** All `book_N` texts of a folder, in numeric order. */
export function readFactru(dir: string): FactruDoc[] {
  const ids = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort(
      (a, b) =>
        (Number(a.replace(/\D/g, '')) || 0) - (Number(b.replace(/\D/g, '')) || 0) || a.localeCompare(b),
    );
  return ids.map((id) => {
    const read = (ext: string): string => readFileSync(path.join(dir, `${id}${ext}`), 'utf8');
    return {
      id,
      text: read('.txt'),
      tokens: parseTokens(read('.tokens')),
      gold: goldSpans(read('.spans'), read('.objects')),
    };
  });
}
