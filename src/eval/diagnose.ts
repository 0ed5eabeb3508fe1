/**
 * Why a false positive is false: the nearest unmatched gold event it almost matched, so error
 * listings can be counted by kind (wrong modality, wrong actor, wrong type, duplicate, spurious).
 */
import type { GoldEvent } from './gold.js';
import { actorMatches, eventsMatch, goldType, isAsserted, type PredictedEvent } from './match.js';

export type ErrorKind =
  | 'modality'
  | 'source'
  | 'target'
  | 'actors'
  | 'type'
  | 'duplicate'
  | 'spurious'
  | 'missed';

function sidesMatch(gold: GoldEvent, p: PredictedEvent): { source: boolean; target: boolean } {
  const source = actorMatches(gold.source, p.source);
  const target = actorMatches(gold.target, p.target);
  return { source, target };
}

/** Whether a gold evidence quote and a predicted evidence span overlap in the text. */
function samePlace(gold: GoldEvent, p: PredictedEvent, text: string): boolean {
  if (!p.evidence) return false;
  const at = text.indexOf(gold.evidence);
  if (at < 0) return false;
  return at < p.evidence.end && p.evidence.start < at + gold.evidence.length;
}

export interface Diagnosis {
  kind: ErrorKind;
  /** Index of the gold event the prediction came closest to, if any. */
  gold: number | null;
}

/**
 * Diagnoses one false positive against the document's unmatched gold events (`open`) and its
 * matched ones (`taken`).
 */
export function diagnose(
  p: PredictedEvent,
  gold: readonly GoldEvent[],
  open: readonly number[],
  taken: readonly number[],
  text: string,
): Diagnosis {
  const pick = (indexes: readonly number[]) =>
    indexes.flatMap((g) => {
      const event = gold[g];
      return event ? [{ g, event }] : [];
    });
  const unmatched = pick(open);
  const asIfSameModality = (event: GoldEvent) => eventsMatch({ ...event, negated: !isAsserted(p) }, p);
  for (const { g, event } of unmatched) {
    if (asIfSameModality(event)) return { kind: 'modality', gold: g };
  }
  // Of the gold events of this type stated in the same place, the one sharing an actor is nearest.
  const here = unmatched
    .filter(({ event }) => goldType(event) === p.type && samePlace(event, p, text))
    .map(({ g, event }) => ({ g, ...sidesMatch(event, p) }));
  const nearest = here.find((c) => c.source) ?? here.find((c) => c.target) ?? here[0];
  if (nearest) {
    return { kind: nearest.source ? 'target' : nearest.target ? 'source' : 'actors', gold: nearest.g };
  }
  for (const { g, event } of unmatched) {
    if (samePlace(event, p, text)) return { kind: 'type', gold: g };
  }
  for (const { g, event } of pick(taken)) {
    if (asIfSameModality(event)) return { kind: 'duplicate', gold: g };
  }
  for (const { g, event } of unmatched) {
    if (goldType(event) !== p.type) continue;
    const { source, target } = sidesMatch(event, p);
    if (source || target) return { kind: source ? 'target' : 'source', gold: g };
  }
  return { kind: 'spurious', gold: null };
}
