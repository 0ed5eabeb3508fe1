/**
 * Turns parsed rows into entries. Rows are keyed by (id, kind): a later row with the same key
 * (a user file) replaces the cells it fills and keeps the ones it leaves empty.
 */
import { LANGS, type Lang } from '../core/doc.js';
import { ENTRY_KINDS, type KbRow, kbError, type ParsedName } from './parse.js';
import type { KbEntry, KbKind, KbVariant, KbVariantKind } from './types.js';

interface Slot {
  row: KbRow;
  names: Partial<Record<Lang, ParsedName[]>>;
  country: string | null | undefined;
  wikidata: string | null | undefined;
  kind: KbRow['kind'];
}

const isEntryKind = (kind: string): kind is KbKind => (ENTRY_KINDS as readonly string[]).includes(kind);

function mergeInto(slots: Map<string, Slot>, key: string, row: KbRow): void {
  const slot = slots.get(key);
  if (!slot) {
    slots.set(key, {
      row,
      names: { ...row.names },
      country: row.country,
      wikidata: row.wikidata,
      kind: row.kind,
    });
    return;
  }
  slot.row = row;
  slot.kind = row.kind;
  if (row.country !== undefined) slot.country = row.country;
  if (row.wikidata !== undefined) slot.wikidata = row.wikidata;
  for (const lang of LANGS) {
    const names = row.names[lang];
    if (names !== undefined) slot.names[lang] = names;
  }
}

function variants(kind: KbVariantKind, names: Partial<Record<Lang, ParsedName[]>>): KbVariant[] {
  const out: KbVariant[] = [];
  for (const lang of LANGS) {
    for (const name of names[lang] ?? []) out.push({ kind, lang, text: name.text, flags: name.flags });
  }
  return out;
}

export function mergeRows(rows: readonly KbRow[]): KbEntry[] {
  const entrySlots = new Map<string, Slot>();
  const formSlots = new Map<string, Slot>();
  for (const row of rows) {
    if (isEntryKind(row.kind)) mergeInto(entrySlots, row.id, row);
    else mergeInto(formSlots, `${row.id}\t${row.kind}`, row);
  }
  const entries = new Map<string, KbEntry>();
  for (const [id, slot] of entrySlots) {
    const kind = slot.kind as KbKind;
    const first = (lang: Lang): string | undefined => slot.names[lang]?.[0]?.text;
    const fallback = first('en') ?? first('ru') ?? first('uk');
    if (fallback === undefined) throw kbError(slot.row.file, slot.row.line, `entry "${id}" has no name`);
    const isCountry = kind === 'country' || kind === 'territory';
    entries.set(id, {
      id,
      kind,
      label: kind === 'organisation' || kind === 'body' ? 'ORG' : 'LOC',
      names: { ru: first('ru') ?? fallback, uk: first('uk') ?? fallback, en: first('en') ?? fallback },
      country: slot.country ?? (isCountry && /^[A-Z]{3}$/.test(id) ? id : null),
      wikidata: slot.wikidata ?? null,
      roles: [],
      variants: variants('name', slot.names),
    });
  }
  for (const slot of formSlots.values()) {
    const entry = entries.get(slot.row.id);
    if (!entry) {
      throw kbError(
        slot.row.file,
        slot.row.line,
        `"${slot.row.kind}" row for unknown entry "${slot.row.id}"`,
      );
    }
    entry.variants?.push(...variants(slot.kind as KbVariantKind, slot.names));
  }
  return [...entries.values()];
}
