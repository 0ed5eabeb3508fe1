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

/**
 * Talks referred back to without their kind ("обсудили", "в ходе разговора") are the call or
 * visit already reported; otherwise an invitation is not an agreement, nor thanks a signature.
 */
function sameKind(a: Event, b: Event): boolean {
  if (a.type === 'CONSULT') return a.mode === b.mode || a.mode === null || b.mode === null;
  // Approved, appointed, took office: one appointment; leaving office is another event.
  if (a.type === 'APPOINT') return (a.mode === 'resigned') === (b.mode === 'resigned');
  return family(a.rule) === family(b.rule);
}

/** "ru.support.thank.2" → "support.thank": rules that state the same kind of act. */
function family(rule: string): string {
  return rule.split('.').slice(1, 3).join('.');
}

/**
 * Adds `event` to `events`, or folds it into the record it repeats. `published` is the date an
 * event gets when the text states none; a date the text states wins over it.
 */
export function addOrMerge(events: Event[], event: Event, published: string | null = null): void {
  const same = events.find(
    (e) =>
      e.type === event.type &&
      e.modality === event.modality &&
      sameKind(e, event) &&
      sameParticipants(e, event),
  );
  if (!same) {
    events.push(event);
    return;
  }
  if (!same.target && event.target) same.target = event.target;
  if (same.date === null || (same.date === published && event.date !== null)) same.date = event.date;
  same.mentions ??= [];
  same.mentions.push({ trigger: event.trigger, evidence: event.evidence });
  same.confidence = Math.max(same.confidence, event.confidence);
}
