/**
 * The other party when the rule's slots name none: where it struck or aid went, the state that
 * owns what was hit, the subject of a request's complement, an object pronoun's person, the
 * party named after a threat; and for releases told from the receiving side, the releasing one.
 */

import { fold } from '../../core/token-pattern.js';
import type { TriggerRule } from '../../lang/shared/events.js';
import type { ActorCandidate } from './actors.js';
import type { SentenceContext } from './context.js';
import { joinedTo } from './subject.js';
import type { Trigger } from './triggers.js';

const AND = new Set(['и', 'і', 'й', 'та', 'and']);
const LOCATIVE = new Set(['в', 'во', 'у', 'на', 'in', 'near', 'on', 'at']);

export function locationTarget(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  // "удар по правительственному зданию в Киеве", "объекты в Фордо ... пострадали от ударов": where
  // it struck, in the same clause before the trigger or just after it (not "... и инцидент с
  // дронами в Польше" further on).
  const places = context.candidates.filter(
    (c) =>
      (c.kind === 'mention' || c.kind === 'place') &&
      !c.person &&
      // "на юге Ливана": the place may be named through a noun.
      ((c.prep !== null && LOCATIVE.has(c.prep)) || (c.via?.prep != null && LOCATIVE.has(c.via.prep))) &&
      ((c.tokenEnd <= trigger.first && c.tokenStart >= trigger.clause.start) ||
        (c.tokenStart > trigger.last && c.tokenStart - trigger.last <= 6)),
  );
  const distance = (c: ActorCandidate) => Math.abs(c.tokenStart - trigger.head);
  return places.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/** "Росія атакувала енергетику шести областей, Польща підняла авіацію": past a comma a bare
 *  name starts a new clause, it is no object. */
export function bareBeyondComma(c: ActorCandidate, trigger: Trigger, context: SentenceContext): boolean {
  if (c.prep !== null || c.tokenStart <= trigger.last) return false;
  return context.tokens.slice(trigger.last + 1, c.tokenStart).some((t) => t.text === ',');
}

/** Places are hit and visited; for everything else the other party is a state, body or person. */
export function targetsFor(
  rule: TriggerRule,
  candidates: readonly ActorCandidate[],
): readonly ActorCandidate[] {
  if (rule.type === 'ASSAULT' || rule.mode === 'visit') return candidates;
  return candidates.filter((c) => c.kind !== 'place');
}

/** The other party named after a threat, wherever it stands: "пригрозил ..., если Варшава ...". */
export function laterActor(
  trigger: Trigger,
  context: SentenceContext,
  source: ActorCandidate,
): ActorCandidate | null {
  return (
    context.candidates.find(
      (c) =>
        c.tokenStart > trigger.last &&
        c.key !== source.key &&
        c.kind !== 'weapon' &&
        c.kind !== 'place' &&
        // "warned that Washington was prepared": one's own state is no target.
        (source.actor.country === null || c.actor.country !== source.actor.country),
    ) ?? null
  );
}

export const PLACED = new Set(['ASSAULT', 'AID', 'COERCE']);
/** Acts aimed at one's own government as readily as at another state. */
const DOMESTIC = new Set(['REQUEST', 'PROTEST', 'ACCUSE', 'REJECT']);

/**
 * "Протестувальники вимагають від уряду Польщі", "Polish farmers protested against the
 * government": demands and protests at home are made of the state's own government, a party of
 * its own here.
 */
export function ownGovernment(
  c: ActorCandidate,
  subject: ActorCandidate | null,
  rule: TriggerRule,
): ActorCandidate {
  if (c.kind !== 'body' || !subject || subject.kind === 'body' || c.key !== subject.key) return c;
  return DOMESTIC.has(rule.type) ? { ...c, key: `${c.key}:${c.actor.role ?? 'body'}` } : c;
}

/**
 * The state named in the genitive after the nominative subject of a Russian passive, before its
 * verb: "граждане Китая были задержаны", "экипаж судна под флагом Панамы" is not (a preposition).
 */
export function stateOfSubject(
  trigger: Trigger,
  context: SentenceContext,
  source: ActorCandidate | null,
): ActorCandidate | null {
  return (
    context.candidates.find(
      (c) =>
        c.tokenStart >= trigger.clause.start &&
        c.tokenEnd <= trigger.first &&
        c.via !== undefined &&
        c.via.prep === null &&
        c.via.cases.includes('nomn') &&
        c.kind === 'mention' &&
        !c.person &&
        c.actor.country !== null &&
        c.key !== source?.key,
    ) ?? null
  );
}

/** "удар по енергетичній інфраструктурі України": the state whose objects were hit. */
export function ownerAfter(
  trigger: Trigger,
  context: SentenceContext,
  source: ActorCandidate | null,
): ActorCandidate | null {
  return (
    context.candidates.find(
      (c) =>
        c.tokenStart > trigger.last &&
        c.tokenStart - trigger.last <= 6 &&
        c.tokenEnd <= trigger.clause.end &&
        c.kind === 'mention' &&
        !c.person &&
        c.prep === null &&
        c.actor.country !== null &&
        c.key !== source?.key &&
        (c.cases.length === 0 || c.cases.includes('gent')) &&
        // "ударов США и Израиля": a second attacker, not the one attacked.
        !(
          source &&
          c.tokenStart === source.tokenEnd + 1 &&
          AND.has(fold(context.tokens[source.tokenEnd]?.text ?? ''))
        ) &&
        !context.tokens.slice(trigger.last + 1, c.tokenStart).some((t) => t.kind !== 'word'),
    ) ?? null
  );
}

/** "demanded that Washington explain": the one asked is the subject of the clause that follows. */
export function complementSubject(
  trigger: Trigger,
  context: SentenceContext,
  source: ActorCandidate | null,
  otherState = false,
): ActorCandidate | null {
  const next = context.clauses[context.clauses.indexOf(trigger.clause) + 1];
  if (!next || next.start > trigger.clause.end + 1 || trigger.last < trigger.clause.end - 2) return null;
  const found = context.candidates.find(
    (c) =>
      c.tokenStart >= next.start &&
      c.tokenEnd <= next.end &&
      (c.kind === 'mention' || c.kind === 'descriptor' || c.kind === 'body') &&
      // A promise names the other party anywhere in what is promised; a request's addressee
      // is the complement's subject.
      (otherState ? c.actor.country !== null && c.actor.country !== source?.actor.country : c.prep === null),
  );
  return found && found.key !== source?.key && found.kind !== 'place' ? found : null;
}

const OBJECT_PRONOUNS = new Set(['him', 'her']);

/** "assured him of support", "handed him a protest note": the last other person named. */
export function objectPronoun(
  trigger: Trigger,
  context: SentenceContext,
  source: ActorCandidate | null,
): ActorCandidate | null {
  if (!(trigger.rule.target ?? []).some((slot) => !slot.prep)) return null;
  if (!OBJECT_PRONOUNS.has(fold(context.tokens[trigger.last + 1]?.text ?? ''))) return null;
  // "Zelenskiy met Erdogan and Nawrocki, who assured him": the main subject, not the source's
  // partner in the pair.
  const before = context.candidates.filter(
    (c) =>
      c.person &&
      c.tokenEnd <= trigger.first &&
      c.key !== source?.key &&
      !(source && (joinedTo(source, c, context) || c.tokenEnd === source.tokenStart - 1)),
  );
  return before[0] ?? context.recentPeople.findLast((p) => p.key !== source?.key) ?? null;
}

/** "Зеленский пригласил ... посетить Украину": one's own country is not the other party. */
export function sameCountryPlace(source: ActorCandidate, target: ActorCandidate): boolean {
  return (
    (target.kind === 'mention' || target.kind === 'place') &&
    !target.person &&
    target.actor.country !== null &&
    target.actor.country === source.actor.country
  );
}

/** A state in the dative within the trigger's clause: "Україні були передані". */
export function dativeIn(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  return (
    context.candidates.find(
      (c) =>
        c.tokenStart >= trigger.clause.start &&
        c.tokenEnd <= trigger.clause.end &&
        c.prep === null &&
        !c.person &&
        c.actor.country !== null &&
        c.cases.includes('datv'),
    ) ?? null
  );
}

export function releasingSide(
  receiver: ActorCandidate,
  trigger: Trigger,
  context: SentenceContext,
): ActorCandidate | null {
  const own = receiver.actor.country;
  const other = (c: ActorCandidate | undefined) =>
    c !== undefined && c.actor.country !== null && c.actor.country !== own && c.kind !== 'place';
  const holder = context.candidates.find((c) => c.tokenStart > trigger.last && other(c) && !c.person);
  return holder ?? context.pair?.find(other) ?? null;
}
