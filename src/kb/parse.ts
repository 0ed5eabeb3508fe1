/**
 * Reads one knowledge-base file (data/kb/README.md): tab-separated rows
 * `id kind country wikidata en ru uk`, `#` comments, names separated by `|`, flags in brackets.
 * Any malformed line is an E_KB error that names the file and the line.
 */
import type { Lang } from '../core/doc.js';
import { DyadError } from '../core/errors.js';
import type { KbFlags, KbKind, KbVariantKind } from './types.js';

export const ENTRY_KINDS: readonly KbKind[] = [
  'country',
  'territory',
  'organisation',
  'body',
  'city',
  'region',
  'person',
];
export const FORM_KINDS: readonly KbVariantKind[] = ['adjective', 'demonym', 'capital', 'seat'];
const NAME_LANGS: readonly Lang[] = ['en', 'ru', 'uk'];

export interface ParsedName {
  text: string;
  flags: KbFlags;
}

export interface KbRow {
  file: string;
  line: number;
  id: string;
  /** An entry kind (defines the entry) or a form kind (adds names to an existing entry). */
  kind: KbKind | KbVariantKind;
  /** undefined: cell left empty (keep an earlier value); null: "-" (none). */
  country: string | null | undefined;
  wikidata: string | null | undefined;
  names: Partial<Record<Lang, ParsedName[]>>;
}

export function kbError(file: string, line: number, message: string): DyadError {
  return new DyadError(
    'E_KB',
    `${file}:${line}: ${message}`,
    'fix the line (format: data/kb/README.md) or leave the file out',
  );
}

function parseFlags(raw: string, fail: (message: string) => never): KbFlags {
  const flags: KbFlags = {};
  for (const item of raw.split(',').map((f) => f.trim())) {
    if (item === 'amb' || item === 'indecl' || item === 'adj' || item === 'fem' || item === 'cs') {
      flags[item] = true;
    } else if (item.startsWith('stem=') && item.length > 5) {
      flags.stem = item.slice(5);
    } else {
      fail(`unknown flag "${item}" (known: amb, indecl, adj, fem, cs, stem=...)`);
    }
  }
  return flags;
}

function parseNames(cell: string, fail: (message: string) => never): ParsedName[] {
  if (cell === '-') return [];
  return cell.split('|').map((raw) => {
    const match = /^([^[\]]+?)\s*(?:\[([^\]]*)\])?$/.exec(raw.trim());
    if (!match?.[1]) fail(`malformed name "${raw.trim()}"`);
    const text = (match[1] ?? '').trim();
    return { text, flags: match[2] === undefined ? {} : parseFlags(match[2], fail) };
  });
}

export function parseLine(file: string, line: number, text: string): KbRow | null {
  const fail = (message: string): never => {
    throw kbError(file, line, message);
  };
  const cells = text.split('\t').map((cell) => cell.trim());
  if (cells[0] === 'id' && cells[1] === 'kind') return null;
  if (cells.length !== 7) fail(`expected 7 tab-separated columns, found ${cells.length}`);
  const [id = '', kind = '', country = '', wikidata = ''] = cells;
  if (!/^[\p{L}\p{N}:_.-]+$/u.test(id)) fail(`malformed id "${id}"`);
  if (
    !(ENTRY_KINDS as readonly string[]).includes(kind) &&
    !(FORM_KINDS as readonly string[]).includes(kind)
  ) {
    fail(`unknown kind "${kind}" (known: ${[...ENTRY_KINDS, ...FORM_KINDS].join(', ')})`);
  }
  if (country !== '' && country !== '-' && !/^[A-Z]{3}$/.test(country)) {
    fail(`country must be an ISO 3166-1 alpha-3 code or "-", not "${country}"`);
  }
  if (wikidata !== '' && wikidata !== '-' && !/^Q\d+$/.test(wikidata)) {
    fail(`wikidata must be a Q-id or "-", not "${wikidata}"`);
  }
  const names: Partial<Record<Lang, ParsedName[]>> = {};
  NAME_LANGS.forEach((lang, i) => {
    const cell = cells[4 + i] ?? '';
    if (cell !== '') names[lang] = parseNames(cell, fail);
  });
  return {
    file,
    line,
    id,
    kind: kind as KbRow['kind'],
    country: country === '' ? undefined : country === '-' ? null : country,
    wikidata: wikidata === '' ? undefined : wikidata === '-' ? null : wikidata,
    names,
  };
}

export function parseKbFile(file: string, content: string): KbRow[] {
  const rows: KbRow[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const row = parseLine(file, i + 1, text.replace(/^\uFEFF/, ''));
    if (row) rows.push(row);
  }
  return rows;
}
