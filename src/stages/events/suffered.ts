/**
 * Threats told by what the other side will suffer: "warned that Russia would pay a heavy price",
 * "Israel will make Hezbollah pay a heavy price". The one who pays is the target; the one who
 * says so threatens (the main clause's subject, the speaker of the quote, or a name before the
 * speech verb of the same clause), unless "make" tells who will exact the price.
 */
import { fold } from '../../core/token-pattern.js';
import type { ActorCandidate } from './actors.js';
import { findSubject } from './arguments.js';
import type { SentenceContext } from './context.js';
import type { Arguments } from './resolve.js';
import { speakerOf, subjectOfEarlierClause } from './subject.js';
import type { Trigger } from './triggers.js';

const CAUSE = new Set(['make', 'makes', 'made', 'заставит', 'заставят', 'змусить', 'змусять']);
const ACTING = new Set(['mention', 'descriptor', 'body']);

function at(trigger: Trigger, token: number): Trigger {
  return { ...trigger, head: token, first: token, last: token, words: [] };
}

export function sufferedArguments(trigger: Trigger, context: SentenceContext): Arguments | null {
  const { doc, candidates } = context;
  const svo = doc.lang === 'en' ? 'svo' : 'free';
  const payer = findSubject(trigger, candidates, svo, doc.lang === 'en');
  if (!payer) return null;
  const before = payer.tokenStart - 1;
  if (CAUSE.has(fold(context.tokens[before]?.text ?? ''))) {
    const maker = findSubject(at(trigger, before), candidates, svo, doc.lang === 'en');
    return maker && maker.key !== payer.key ? { source: maker, target: payer, certainty: 1 } : null;
  }
  const offset = context.tokens[trigger.head]?.start ?? 0;
  const sameClause = (c: ActorCandidate) =>
    c.tokenStart >= trigger.clause.start &&
    c.tokenEnd < payer.tokenStart &&
    c.prep === null &&
    ACTING.has(c.kind);
  const source =
    subjectOfEarlierClause(trigger, context) ??
    speakerOf(doc, offset, candidates) ??
    candidates.find(sameClause) ??
    null;
  if (!source || source.key === payer.key) return null;
  // "Putin said Russia would pay": one's own state paying is no threat to it.
  if (source.actor.country !== null && source.actor.country === payer.actor.country) return null;
  return { source, target: payer, certainty: 0.9 };
}
