/**
 * One record per event: repeated mentions of the same event in a document (the call reported in
 * the lead, then "в ходе телефонного разговора") merge into the first record.
 */
import type { Event } from '../../core/layers.js';

const SYMMETRIC = new Set(['CONSULT', 'COOPERATE', 'AGREE']);

function actorKey(actor: Event['source']): string {
  return actor ? (actor.entity ?? actor.country ?? actor.name ?? '') : '';
}

function sameParticipants(a: Event, b: Event): boolean {
  const as = actorKey(a.source);
  const at = actorKey(a.target);
  const bs = actorKey(b.source);
  const bt = actorKey(b.target);
  if (as === bs && (at === bt || at === '' || bt === '')) return true;
  return SYMMETRIC.has(a.type) && as === bt && at === bs;
}

/** Adds `event` to `events`, or folds it into the record it repeats. */
export function addOrMerge(events: Event[], event: Event): void {
  const same = events.find(
    (e) => e.type === event.type && e.modality === event.modality && sameParticipants(e, event),
  );
  if (!same) {
    events.push(event);
    return;
  }
  if (!same.target && event.target) same.target = event.target;
  same.date ??= event.date;
  same.mentions ??= [];
  same.mentions.push({ trigger: event.trigger, evidence: event.evidence });
  same.confidence = Math.max(same.confidence, event.confidence);
}
