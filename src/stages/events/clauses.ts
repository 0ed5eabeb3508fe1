/**
 * Clauses inside a sentence: the span within which an event's arguments are looked for. A clause
 * ends at ";", ":", a dash, or a comma that opens a subordinate or coordinated clause
 * (", что", ", который", ", но").
 */
import type { AnalyzedDoc, Token } from '../../core/layers.js';
import { fold } from '../../core/token-pattern.js';
import type { EventGrammar } from '../../lang/shared/events.js';

export interface Clause {
  /** Token range, end exclusive. */
  start: number;
  end: number;
}

const HARD_BREAKS = new Set([';', ':', '–', '—', '(', ')']);

export function splitClauses(
  doc: AnalyzedDoc,
  tokenStart: number,
  tokenEnd: number,
  grammar: EventGrammar,
): Clause[] {
  const tokens = doc.layers.tokens ?? [];
  const clauses: Clause[] = [];
  let start = tokenStart;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const isBreak =
      HARD_BREAKS.has(token.text) ||
      (token.text === ',' && next !== undefined && grammar.clauseOpeners.has(fold(next.text)));
    // English often drops the comma: "demanded that Washington explain"; the verb stays in its
    // clause.
    const beforeComplement =
      next !== undefined && grammar.complementisers.has(fold(next.text)) && token.kind === 'word';
    if (isBreak) {
      if (i > start) clauses.push({ start, end: i });
      start = i + 1;
    } else if (beforeComplement) {
      clauses.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (tokenEnd > start) clauses.push({ start, end: tokenEnd });
  return clauses;
}
