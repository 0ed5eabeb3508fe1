/**
 * The people of a state told by a common noun: protesters a state's police detain, residents a
 * president appeals to, farmers a minister meets. They stand for that state (the one of the
 * place named after them, else the acting side's own), keyed apart from its government so that
 * a state can act on its own people.
 */

import type { WordPattern } from '../../core/token-pattern.js';
import { fold, matchSequence, tokenMatches } from '../../core/token-pattern.js';
import type { EventGrammar } from '../../lang/shared/events.js';
import type { ActorCandidate } from './actors.js';
import type { SentenceContext } from './context.js';
import type { Trigger } from './triggers.js';

/** Acts a state's officials do to or with its own people. */
const DOMESTIC = new Set(['REQUEST', 'CONSULT', 'AGREE']);
/** Acts aimed at one's own government as readily as at another state. */
const AT_GOVERNMENT = new Set(['REQUEST', 'PROTEST', 'ACCUSE', 'REJECT']);
const AGAINST = new Set(['against', 'проти', 'против']);

function peopleOf(context: SentenceContext, country: string, at: number): ActorCandidate {
  const entity = context.doc.layers.entities?.find((e) => e.entry === country);
  const name = context.kb.get(country)?.names.en ?? entity?.name ?? country;
  return {
    tokenStart: at,
    tokenEnd: at + 1,
    cases: [],
    prep: null,
    kind: 'mention',
    actor: { entity: entity?.id ?? null, name, country, role: null },
    key: `${country}:people`,
    person: false,
  };
}

function matchesAny(context: SentenceContext, i: number, sequences: readonly (readonly WordPattern[])[]) {
  return sequences.some((words) => matchSequence(context.doc, i, words) !== -1);
}

/**
 * "полиция задержала не менее 40 участников акции", "police detained dozens of protesters": a
 * state's police detaining protesters acts on that state's own people.
 */
export function detainedProtesters(
  trigger: Trigger,
  context: SentenceContext,
  grammar: EventGrammar,
  source: ActorCandidate,
): ActorCandidate | null {
  const country = source.actor.country;
  if (source.person || !country || !grammar.protesters) return null;
  for (let i = trigger.clause.start; i < trigger.clause.end; i++) {
    if (!trigger.words.includes(i) && matchesAny(context, i, grammar.protesters))
      return peopleOf(context, country, i);
  }
  return null;
}

/**
 * "обратился к жителям прифронтовых общин Донецкой области", "зустрівся з представниками
 * фермерів", "закликав прихильників вийти на протест": people a request, a meeting or a promise
 * is made to, or aid given to, right by the trigger, with no actor named before them.
 */
export function addressedPeople(
  trigger: Trigger,
  context: SentenceContext,
  grammar: EventGrammar,
  source: ActorCandidate,
): ActorCandidate | null {
  const own = DOMESTIC.has(trigger.rule.type);
  // "помощь жителям Харькова": aid goes to the state where they live, never the giver's own.
  if ((!own && trigger.rule.type !== 'AID') || !grammar.people || !source.actor.country) return null;
  const end = Math.min(trigger.clause.end, trigger.last + 5);
  for (let i = trigger.first; i < end; i++) {
    if (trigger.words.includes(i)) continue;
    if (context.candidates.some((c) => c.tokenStart <= i && i < c.tokenEnd)) return null;
    if (!matchesAny(context, i, grammar.people)) continue;
    // "жителям прифронтовых общин Донецкой области": the place named after them tells the state.
    const place = context.candidates.find(
      (c) =>
        c.tokenStart > i &&
        c.tokenStart <= i + 4 &&
        c.tokenEnd <= trigger.clause.end &&
        c.prep === null &&
        !c.person &&
        (c.kind === 'place' || c.kind === 'mention') &&
        c.actor.country !== null,
    );
    const country = place?.actor.country ?? (own ? source.actor.country : null);
    return country ? peopleOf(context, country, i) : null;
  }
  return null;
}

/**
 * "вимагає відставки всього уряду", "rallied ... against the incoming government": a government
 * named by no state, which a demand, protest or criticism at home aims at, is the acting side's
 * own: right by the trigger, or after "against" in its clause.
 */
export function unnamedGovernment(
  trigger: Trigger,
  context: SentenceContext,
  grammar: EventGrammar,
  source: ActorCandidate,
): ActorCandidate | null {
  const country = source.actor.country;
  if (!AT_GOVERNMENT.has(trigger.rule.type) || !grammar.government || !country) return null;
  // "EU foreign policy chief Kaja Kallas urged the authorities": a person speaks for the state
  // of their office, not of their birth.
  if (source.person && !holdsOfficeOf(source, country, context)) return null;
  const word = (i: number) => fold(context.tokens[i]?.text ?? '');
  for (let i = trigger.first; i < trigger.clause.end; i++) {
    if (trigger.words.includes(i) || !tokenMatches(context.doc, i, grammar.government)) continue;
    if (context.candidates.some((c) => c.tokenStart <= i && i < c.tokenEnd)) return null;
    const near = i <= trigger.last + 4;
    const against = [1, 2, 3].some((k) => AGAINST.has(word(i - k)));
    if (!near && !against) return null;
    const name = `Government of ${context.kb.get(country)?.names.en ?? country}`;
    return {
      tokenStart: i,
      tokenEnd: i + 1,
      cases: [],
      prep: null,
      kind: 'body',
      actor: { entity: null, name, country, role: 'government' },
      key: `${country}:government`,
      person: false,
    };
  }
  return null;
}

function holdsOfficeOf(person: ActorCandidate, country: string, context: SentenceContext): boolean {
  const entity = context.doc.layers.entities?.find((e) => e.id === person.actor.entity);
  return entity?.roles.some((r) => r.country === country) ?? false;
}
