/**
 * Search terms: every word of a document is indexed under its surface form and its lemmas, so a
 * query for «Москвы» finds an article that says «Москва» (and the reverse). Lemmas come from the
 * morphology stage's readings; entity lemmas are indexed too, since names inflect.
 */
import type { DocumentRecord, Lang } from '../core/doc.js';
import { prepareMorphology, readingsOf } from '../stages/morphology/index.js';
import { type Db, placeholders, type SqlValue } from './db.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’ʼ-]*/gu;
const DIGITS = /^\p{N}+$/u;
const MAX_TERM = 64;

let ready: Promise<void> | undefined;

/** Loads the Russian dictionaries once; call before indexing or searching. */
export function prepareTerms(): Promise<void> {
  ready ??= prepareMorphology();
  return ready;
}

function addWord(terms: Set<string>, word: string, lang: Lang): void {
  const lower = word.toLowerCase();
  if (lower.length > MAX_TERM || DIGITS.test(lower)) return;
  terms.add(lower);
  for (const reading of readingsOf(word, lang)) {
    const lemma = reading.lemma.toLowerCase();
    if (lemma.length <= MAX_TERM) terms.add(lemma);
  }
}

export function textTerms(text: string, lang: Lang, terms: Set<string> = new Set()): Set<string> {
  for (const [word] of text.matchAll(WORD)) addWord(terms, word, lang);
  return terms;
}

export function documentTerms(record: DocumentRecord): Set<string> {
  const { doc } = record;
  const terms = textTerms(doc.text, doc.lang);
  if (doc.title) textTerms(doc.title, doc.lang, terms);
  for (const entity of record.entities) {
    for (const [word] of `${entity.lemma} ${entity.name}`.matchAll(WORD)) {
      const lower = word.toLowerCase();
      if (lower.length <= MAX_TERM) terms.add(lower);
    }
  }
  return terms;
}

/**
 * A query as alternatives per word: each word matches any of its forms. The query's language is
 * unknown, so Russian readings (the only real lemmatiser) are tried with the plain lower case.
 */
export function queryTerms(q: string): string[][] {
  const words: string[][] = [];
  for (const [word] of q.matchAll(WORD)) {
    const alternatives = new Set<string>();
    addWord(alternatives, word, 'ru');
    addWord(alternatives, word, 'uk');
    if (alternatives.size > 0) words.push([...alternatives]);
  }
  return words;
}

/**
 * A clause true for documents (by the id in `idColumn`) containing any of `alternatives`: the
 * terms table on SQLite, the GIN-indexed array on PostgreSQL (migration 002).
 */
export function hasAnyTerm(
  dialect: Db['dialect'],
  idColumn: string,
  alternatives: readonly string[],
): { sql: string; params: SqlValue[] } {
  const sql =
    dialect === 'postgres'
      ? `${idColumn} IN (SELECT id FROM documents WHERE terms && ARRAY[${placeholders(alternatives.length)}]::text[])`
      : `${idColumn} IN (SELECT doc_id FROM terms WHERE term IN (${placeholders(alternatives.length)}))`;
  return { sql, params: [...alternatives] };
}
