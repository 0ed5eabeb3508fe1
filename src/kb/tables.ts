/**
 * Splits one knowledge-base file into its tables. A file holds entry rows
 * (`id kind country wikidata en ru uk`) until a header line `person role where from to` switches
 * it to terms of office; a header `id kind ...` switches back.
 */
import { type KbRow, parseLine } from './parse.js';
import { type KbTermRow, parseTermLine, TERM_HEADER } from './terms.js';

export interface KbTables {
  rows: KbRow[];
  terms: KbTermRow[];
}

function isTermHeader(text: string): boolean {
  const cells = text.split('\t').map((cell) => cell.trim());
  return TERM_HEADER.every((name, i) => cells[i] === name);
}

export function parseKbTables(file: string, content: string): KbTables {
  const tables: KbTables = { rows: [], terms: [] };
  let terms = false;
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] ?? '').replace(/^\uFEFF/, '');
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    if (isTermHeader(text)) {
      terms = true;
      continue;
    }
    if (text.startsWith('id\tkind')) {
      terms = false;
      continue;
    }
    if (terms) tables.terms.push(parseTermLine(file, i + 1, text));
    else {
      const row = parseLine(file, i + 1, text);
      if (row) tables.rows.push(row);
    }
  }
  return tables;
}
