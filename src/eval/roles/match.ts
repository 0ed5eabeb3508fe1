/**
 * Matching extracted roles with Occupation facts. A predicted item is one role with a span on a
 * PER entity. Person: the gold surname (lower-cased, ё → е; several words for "Ле Пен") is among
 * the words of the entity's nominative lemma, allowing one differing final letter, since the
 * gold's and dyad's nominatives of a foreign name may disagree on its declension ("Маехара" /
 * "Маехары", "Брайз" / "Брайза"). Position: the role's span overlaps a gold Position span, or the first words
 * of both share a stem (first five letters), so another mention of the same post counts. Where:
 * the gold place resolves to the same country as the role's (both null counts: neither side
 * names a country). Matching is one-to-one within a document.
 */
import type { RoleRecord } from '../../core/doc.js';
import { overlaps, type TextSpan } from '../../core/span.js';
import { fold } from '../../core/token-pattern.js';
import type { GoldOccupation } from './gold.js';

export interface PredictedRole {
  /** Words of the entity's lemma, folded. */
  words: string[];
  lemma: string;
  role: RoleRecord & { span: TextSpan };
}

export interface GoldItem extends GoldOccupation {
  /** The gold Where resolved to a country (ISO3), or null. */
  whereCountry: string | null;
}

export type ErrorKind =
  | 'person not found'
  | 'person found, no role'
  | 'role on another position'
  | 'person not in gold'
  | 'position not in gold'
  | 'wrong where';

function stem(text: string): string {
  const word =
    fold(text)
      .split(/[^\p{L}\p{N}-]+/u)
      .find((w) => w !== '') ?? '';
  return word.slice(0, 5);
}

/** The same word up to one final letter added, dropped or changed, for words of 4+ letters. */
function sameWord(gold: string, predicted: string): boolean {
  if (gold === predicted) return true;
  const shorter = Math.min(gold.length, predicted.length);
  if (shorter < 4 || Math.abs(gold.length - predicted.length) > 1) return false;
  let common = 0;
  while (common < shorter && gold[common] === predicted[common]) common++;
  return common >= Math.max(gold.length, predicted.length) - 1;
}

export function personMatches(gold: GoldOccupation, predicted: PredictedRole): boolean {
  const surname = fold(gold.surname).split(/\s+/).filter(Boolean);
  const words = predicted.words;
  if (surname.length === 0) return false;
  for (let i = 0; i + surname.length <= words.length; i++) {
    if (surname.every((part, k) => sameWord(part, words[i + k] ?? ''))) return true;
  }
  return fold(predicted.lemma) === surname.join(' ');
}

export function positionMatches(gold: GoldOccupation, predicted: PredictedRole): boolean {
  const span = predicted.role.span;
  if (gold.positions.some((p) => overlaps(p, span))) return true;
  const head = stem(span.text);
  return head.length >= 3 && gold.positions.some((p) => stem(p.text) === head);
}

export function whereMatches(gold: GoldItem, predicted: PredictedRole): boolean {
  return gold.whereCountry === predicted.role.country;
}

export interface DocMatch {
  /** Gold index → predicted index, for each matched pair. */
  pairs: [number, number][];
  unmatchedGold: number[];
  unmatchedPredicted: number[];
}

/** Greedy one-to-one matching, overlapping spans first so that nearer evidence wins. */
export function matchDocument(gold: GoldItem[], predicted: PredictedRole[], withWhere: boolean): DocMatch {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  const unmatchedGold: number[] = [];
  gold.forEach((g, gi) => {
    const candidates = predicted
      .map((p, pi) => ({ p, pi }))
      .filter(({ p, pi }) => !used.has(pi) && personMatches(g, p) && positionMatches(g, p))
      .filter(({ p }) => !withWhere || whereMatches(g, p));
    const best =
      candidates.find(({ p }) => g.positions.some((s) => overlaps(s, p.role.span))) ?? candidates[0];
    if (best) {
      used.add(best.pi);
      pairs.push([gi, best.pi]);
    } else unmatchedGold.push(gi);
  });
  const unmatchedPredicted = predicted.map((_, i) => i).filter((i) => !used.has(i));
  return { pairs, unmatchedGold, unmatchedPredicted };
}

export function missKind(gold: GoldItem, predicted: PredictedRole[], entitySurnames: string[]): ErrorKind {
  const surname = fold(gold.surname);
  const own = predicted.filter((p) => personMatches(gold, p));
  if (own.length === 0)
    return entitySurnames.includes(surname) ? 'person found, no role' : 'person not found';
  if (own.some((p) => positionMatches(gold, p))) return 'wrong where';
  return 'role on another position';
}

export function extraKind(predicted: PredictedRole, gold: GoldItem[]): ErrorKind {
  return gold.some((g) => personMatches(g, predicted)) ? 'position not in gold' : 'person not in gold';
}
