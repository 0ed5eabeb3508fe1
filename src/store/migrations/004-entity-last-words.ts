/**
 * An actor asked for by one word («Зеленского») finds entities whose name or lemma ends with
 * that word. A LIKE '% word' read every entity row, which on a store of years of news is
 * hundreds of thousands; the last word in a column of its own, indexed, is a look-up.
 * Existing rows get theirs here, new rows from rows.ts (the same rule: after the last space).
 */
import type { Dialect } from './index.js';

/** SQL for the text after the last space of `column` (all of it when there is none). */
function lastWord(dialect: Dialect, column: string): string {
  return dialect === 'postgres'
    ? `regexp_replace(${column}, '^.* ', '')`
    : // rtrim(x, every non-space character of x) leaves x up to its last space.
      `substr(${column}, length(rtrim(${column}, replace(${column}, ' ', ''))) + 1)`;
}

export function entityLastWords(dialect: Dialect): string[] {
  return [
    "ALTER TABLE entities ADD COLUMN lemma_last TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE entities ADD COLUMN name_last TEXT NOT NULL DEFAULT ''",
    `UPDATE entities SET lemma_last = ${lastWord(dialect, 'lemma_lower')}, name_last = ${lastWord(dialect, 'name_lower')}`,
    'CREATE INDEX entities_lemma_last ON entities (lemma_last)',
    'CREATE INDEX entities_name_last ON entities (name_last)',
  ];
}
