/**
 * PLOVER records (the event data standard's JSON form, manual v0.8): one per event, with
 * actor and recipient entity objects, the event type and mode, quad code, and the text and
 * citation it came from.
 */
import type { ActorRecord } from '../core/doc.js';
import type { StoredEvent } from '../store/types.js';
import { PLOVER_QUAD } from './quad.js';

interface PloverEntity {
  code: string | null;
  entity_text: string | null;
  identifier_id?: string;
  office?: string;
}

function entity(actor: ActorRecord | null, key: string | null): PloverEntity[] {
  if (!actor) return [];
  const out: PloverEntity = { code: actor.country, entity_text: actor.name };
  const qid = key?.startsWith('kb:') ? key.slice(3) : null;
  if (qid && /^Q\d+$/.test(qid)) out.identifier_id = qid;
  if (actor.role) out.office = actor.role;
  return [out];
}

export function ploverRecord(event: StoredEvent, version: string): Record<string, unknown> {
  const date = (event.date ?? event.document.published ?? '').slice(0, 10) || null;
  return {
    id: `dyad-${event.id}`,
    has_event: 1,
    date,
    actor: entity(event.source, event.sourceKey),
    recipient: entity(event.target, event.targetKey),
    event: [event.type],
    mode: event.mode ? [event.mode] : [],
    quad_code: PLOVER_QUAD[event.type],
    event_text: [event.trigger.text],
    text: event.evidence.text,
    text_info: { start: event.evidence.start, end: event.evidence.end },
    link: /^https?:\/\//.test(event.document.source) ? event.document.source : null,
    cite_info: {
      url: /^https?:\/\//.test(event.document.source) ? event.document.source : null,
      title: event.document.title,
    },
    coder: `dyad ${version}`,
    comment: `${event.modality}${event.negated ? ', negated' : ''}; ${event.numArticles} articles, ${event.numSources} sources`,
  };
}
