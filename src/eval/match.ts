/**
 * Matching predicted events to gold events in one document, by rules 1–4 of gold-format.md:
 * same type (gold INVITE = AGREE), source and target match by country or name, symmetric types
 * may swap their actors; one-to-one, greedy in document order; non-asserted predictions pair
 * with negated gold events only.
 */
import type { ActorRecord, EventRecord, EventType } from '../core/doc.js';
import type { GoldActor, GoldEvent } from './gold.js';
import { namesMatch } from './names.js';

const SYMMETRIC = new Set<EventType>(['CONSULT', 'COOPERATE', 'AGREE']);

/** The type a gold event is scored as. */
export function goldType(event: GoldEvent): EventType {
  return event.type === 'INVITE' ? 'AGREE' : event.type;
}

/** The slice of a predicted event the scorer reads, so tests can build them by hand. */
export type PredictedEvent = Pick<
  EventRecord,
  'type' | 'source' | 'target' | 'date' | 'modality' | 'negated'
> &
  Partial<Pick<EventRecord, 'evidence' | 'trigger' | 'mode' | 'rule'>>;

export function isAsserted(event: PredictedEvent): boolean {
  return event.modality === 'asserted' && !event.negated;
}

/** A gold actor with no country and no name constrains nothing; `null` gold target likewise. */
export function actorMatches(gold: GoldActor | null, predicted: ActorRecord | null): boolean {
  if (!gold) return true;
  const country = gold.country?.trim().toUpperCase() || null;
  const name = gold.name?.trim() || null;
  if (!country && !name) return true;
  if (!predicted) return false;
  if (country && predicted.country && predicted.country.toUpperCase() === country) return true;
  return Boolean(name && predicted.name && namesMatch(name, predicted.name));
}

/** Whether a predicted date satisfies the gold date: same day, or same month for a month. */
export function dateMatches(gold: string | null | undefined, predicted: string | null): boolean {
  if (!gold) return true;
  if (!predicted) return false;
  return gold.length === 7 ? predicted.slice(0, 7) === gold : predicted.slice(0, 10) === gold;
}

export interface MatchOptions {
  /** Also require the date (the strict score). */
  strict?: boolean;
}

export function eventsMatch(gold: GoldEvent, predicted: PredictedEvent, options: MatchOptions = {}): boolean {
  const type = goldType(gold);
  if (type !== predicted.type) return false;
  if (Boolean(gold.negated) === isAsserted(predicted)) return false;
  if (options.strict && !dateMatches(gold.date, predicted.date)) return false;
  if (actorMatches(gold.source, predicted.source) && actorMatches(gold.target, predicted.target)) return true;
  return (
    SYMMETRIC.has(type) &&
    actorMatches(gold.source, predicted.target) &&
    actorMatches(gold.target, predicted.source)
  );
}

export interface DocumentMatch {
  /** Pairs of [gold index, predicted index]. */
  pairs: [number, number][];
  /** Indexes of unmatched predicted events (false positives). */
  falsePositives: number[];
  /** Indexes of unmatched gold events (false negatives). */
  falseNegatives: number[];
}

/** Indexes sorted by a position, ties kept in list order. */
function orderBy(positions: readonly number[]): number[] {
  return positions.map((_, i) => i).sort((a, b) => (positions[a] ?? 0) - (positions[b] ?? 0) || a - b);
}

function predictedOrder(events: readonly PredictedEvent[]): number[] {
  return orderBy(events.map((e) => e.evidence?.start ?? e.trigger?.start ?? 0));
}

/** Gold events in the order their evidence appears in the text; unfound evidence keeps list order. */
function goldOrder(events: readonly GoldEvent[], text: string | undefined): number[] {
  return orderBy(
    events.map((e) => {
      const at = text === undefined ? -1 : text.indexOf(e.evidence);
      return at < 0 ? Number.MAX_SAFE_INTEGER : at;
    }),
  );
}

/**
 * Each predicted event, in document order, takes the first unmatched gold event (in document
 * order) that it matches.
 */
export function matchDocument(
  gold: readonly GoldEvent[],
  predicted: readonly PredictedEvent[],
  text?: string,
  options: MatchOptions = {},
): DocumentMatch {
  const goldTaken = new Array<boolean>(gold.length).fill(false);
  const gOrder = goldOrder(gold, text);
  const pairs: [number, number][] = [];
  const falsePositives: number[] = [];
  for (const p of predictedOrder(predicted)) {
    const event = predicted[p];
    const g = gOrder.find((i) => {
      const candidate = gold[i];
      return (
        !goldTaken[i] &&
        candidate !== undefined &&
        event !== undefined &&
        eventsMatch(candidate, event, options)
      );
    });
    if (g === undefined) {
      falsePositives.push(p);
    } else {
      goldTaken[g] = true;
      pairs.push([g, p]);
    }
  }
  const falseNegatives = gOrder.filter((i) => !goldTaken[i]);
  return { pairs, falsePositives, falseNegatives };
}
