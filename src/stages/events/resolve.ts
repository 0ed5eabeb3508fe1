/**
 * Who acts and who is acted upon for one trigger: the rule's source slot ("помощь от
 * Германии"), a genitive after a noun head ("визит президента"), a passive's agent, else the
 * acting subject (`subject.ts`); the target from the rule's slots, else the fallbacks of
 * `targets.ts`.
 */
import { tokenMatches } from '../../core/token-pattern.js';
import type { EventGrammar } from '../../lang/shared/events.js';
import type { ActorCandidate } from './actors.js';
import { adjectiveBefore, adjectiveOfSubject, adjectiveSubject } from './adjective-actors.js';
import { findAdjectiveSource, findSubject, findTarget } from './arguments.js';
import type { Clause } from './clauses.js';
import type { SentenceContext } from './context.js';
import { isPassive, passiveAgent } from './passive.js';
import { addressedPeople, detainedProtesters, unnamedGovernment } from './people.js';
import { afterRelative, findActingSubject, joinedTo, peopleOf, relativeAntecedent } from './subject.js';
import { sufferedArguments } from './suffered.js';
import {
  bareBeyondComma,
  complementSubject,
  dativeIn,
  laterActor,
  locationTarget,
  objectPronoun,
  ownerAfter,
  ownGovernment,
  PLACED,
  releasingSide,
  sameCountryPlace,
  stateOfSubject,
  targetsFor,
} from './targets.js';
import type { Trigger } from './triggers.js';

/** Talks and meetings: naming the partner makes the clause's subject the other party. */
const PARTNERED = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** Acts of a state whose agentless passive still tells who acted: the paragraph's state. */
const AGENTLESS = new Set(['SANCTION', 'ACCUSE', 'COERCE', 'MOBILIZE']);

export interface Arguments {
  source: ActorCandidate;
  target: ActorCandidate | null;
  /** How directly the text states the source: 1 named in the clause, lower when inferred. */
  certainty: number;
  /** Parties acting together, each on the other ("стороны подписали"). */
  joint?: ActorCandidate[];
  /** The source is one actor even where others are coordinated with it. */
  single?: boolean;
  /** Several targets named together ("urged both sides"). */
  targets?: ActorCandidate[];
  /** A mutual act told from one side only ("Україні були передані"): one record, not each way. */
  oneWay?: boolean;
}

/** "в ходе визита в Украину Эрдоган договорился": the noun is the frame of the subject's act. */
export function framed(trigger: Trigger, context: SentenceContext, grammar: EventGrammar): boolean {
  for (let i = Math.max(trigger.clause.start, trigger.first - 3); i < trigger.first; i++) {
    if (tokenMatches(context.doc, i, grammar.framing)) return true;
  }
  return false;
}

/** The genitive actor right after a noun head: "визит президента Франции", "удар России". */
function genitiveAfter(trigger: Trigger, candidates: readonly ActorCandidate[]): ActorCandidate | null {
  return (
    candidates.find(
      (c) =>
        c.tokenStart > trigger.last &&
        c.tokenStart <= trigger.last + 2 &&
        c.prep === null &&
        c.kind !== 'weapon' &&
        c.kind !== 'place' &&
        (c.cases.length === 0 || c.cases.includes('gent')),
    ) ?? null
  );
}

/** "the European Union's 19th sanctions package": an English possessive before a noun head. */
function possessiveBefore(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  if (context.doc.lang !== 'en') return null;
  return (
    context.candidates.findLast(
      (c) =>
        c.tokenEnd <= trigger.first &&
        c.tokenEnd >= trigger.first - 3 &&
        /'s$|’s$/u.test(context.tokens[c.tokenEnd - 1]?.text ?? '') &&
        c.kind !== 'place',
    ) ?? null
  );
}

export function resolveArguments(
  trigger: Trigger,
  context: SentenceContext,
  grammar: EventGrammar,
): Arguments | null {
  const { rule } = trigger;
  if (rule.suffered) return sufferedArguments(trigger, context);
  const { doc, candidates } = context;
  const headIsNoun = rule.noun ?? doc.layers.morphology?.[trigger.head]?.[0]?.pos === 'NOUN';
  const found = rule.source ? findTarget(trigger, rule.source, candidates, null, trigger.clause) : null;
  // "summoned ... to protest remarks by Takaichi": an agent "by" only in a passive clause.
  const slotSource = found?.prep === 'by' && !isPassive(trigger, context) ? null : found;
  const explicit =
    slotSource ??
    (rule.genitiveSource && headIsNoun
      ? (genitiveAfter(trigger, candidates) ?? possessiveBefore(trigger, context))
      : null) ??
    (rule.adjectiveSource && headIsNoun ? adjectiveBefore(trigger, context) : null);
  let acting: { actor: ActorCandidate | null; certainty: number; unnamed?: boolean } = {
    actor: explicit,
    certainty: 1,
  };
  // A noun head ("переговоры", "удар") takes the clause's subject only with a verb that makes
  // it the subject's act, or when its partner is named ("в ходе переговоров с Туском").
  const verbless =
    headIsNoun &&
    rule.nounVerbs !== undefined &&
    !clauseHasVerb(context, trigger.clause, rule.nounVerbs) &&
    // "during the attack, Poland scrambled jets": a framing attack is not the subject's.
    !(framed(trigger, context, grammar) && rule.type !== 'ASSAULT') &&
    !(PARTNERED.has(rule.type) && findTarget(trigger, rule.target ?? [], candidates, null, trigger.clause));
  // In a passive clause the actor is the instrumental agent, or nobody named: "Бут был арестован".
  const passiveClause = !rule.swap && isPassive(trigger, context);
  const passive = !explicit && passiveClause;
  const agent = passive ? passiveAgent(trigger, context) : null;
  if (passive) {
    // "Санкции были введены против ...": the sanctioning party is the paragraph's subject.
    // So is the state that summons a diplomat or detains a ship ("Посол был вызван в министерство").
    // A new paragraph keeps no subject: the one who last did this kind of act ("ВМС задержали
    // танкер." / "Капитан ... были задержаны").
    const sameKind = `${rule.type.toLowerCase()}.`;
    const sanctioner = !AGENTLESS.has(rule.type)
      ? null
      : context.carried
        ? // "заявил министр обороны. ... направлены две батареи": forces are sent by the
          // state whose official just spoke.
          context.carried.person && !(rule.type === 'MOBILIZE' && context.carried.actor.country)
          ? null
          : context.carried
        : (context.actedBefore.findLast((a) => a.rule?.startsWith(sameKind) && !a.actor.person)?.actor ??
          null);
    // "had been arrested in Cologne": the state where it happened acted.
    const place = rule.type === 'COERCE' ? locationTarget(trigger, context) : null;
    // Russian tells where it happened ("в Кельне") from where one was taken ("в Брест").
    const local = doc.lang === 'ru' && !place?.cases.includes('loct') ? null : place;
    acting = agent ? { actor: agent, certainty: 0.9 } : { actor: sanctioner ?? local, certainty: 0.7 };
  } else if (!explicit && !verbless) {
    acting = findActingSubject(trigger, context, grammar);
    // "Французские военные моряки ... задержали судно": the subject is a common noun, its state
    // told by the adjective before it.
    // A name after that phrase is its apposition or an object ("высадились на танкер Boracay").
    const byAdjective = rule.type === 'STATEMENT' ? null : adjectiveSubject(trigger, context);
    if (
      byAdjective &&
      (acting.certainty < 1 || (acting.actor?.tokenStart ?? -1) > byAdjective.actor.tokenEnd)
    )
      acting = byAdjective;
    // Protesters are people: not the state or official the paragraph was about, but the people
    // of a place ("тысячи жителей Белграда вышли на акцию").
    if (rule.type === 'PROTEST' && acting.certainty < 1)
      acting = { actor: peopleOf(trigger, context), certainty: 0.8 };
  }
  // "санкции российского Минсельхоза ударят по экономике": the subject is not the adjective's.
  // "Ukrainian naval drones hit an oil terminal": a country adjective on the clause's own subject
  // says who acted, before anyone the context would lend.
  const subjectAdjective =
    rule.adjectiveSource && acting.certainty < 1 ? adjectiveOfSubject(trigger, context) : null;
  if (subjectAdjective) acting = { actor: subjectAdjective, certainty: 0.9 };
  if (!acting.actor && rule.adjectiveSource && !acting.unnamed)
    acting = { actor: findAdjectiveSource(trigger, candidates), certainty: 0.8 };
  // "Тысячи человек вышли на улицы в Тбилиси, протестуя против ...": the people of that place.
  if (!acting.actor && rule.type === 'PROTEST')
    acting = { actor: locationTarget(trigger, context), certainty: 0.6 };
  const subject = acting.actor;
  let source: ActorCandidate | null;
  let target: ActorCandidate | null;
  if (rule.swap) {
    target = subject;
    source = findTarget(trigger, rule.target ?? [], candidates, subject, trigger.clause, doc.lang === 'en');
  } else {
    source = subject;
    // An English passive has no object after it: the one acted upon is its subject.
    const slots =
      passiveClause && doc.lang === 'en'
        ? (rule.target ?? []).filter((slot) => slot.prep)
        : (rule.target ?? []);
    target = findTarget(
      trigger,
      slots,
      targetsFor(rule, candidates)
        .filter(
          (c) =>
            !bareBeyondComma(c, trigger, context) && !(doc.lang === 'uk' && joinedTo(subject, c, context)),
        )
        .map((c) => ownGovernment(c, subject, rule))
        // "фермеры из стран ЕС провели в Брюсселе демонстрацию против соглашения Евросоюза":
        // people told only by their place protest against the body of that place.
        .map((c) =>
          rule.type === 'PROTEST' && acting.certainty < 1 && c.key === subject?.key
            ? { ...c, key: `${c.key}:protested` }
            : c,
        ),
      subject,
      trigger.clause,
      doc.lang === 'en',
    );
    // "Капитан и старший помощник, граждане Китая, были задержаны": the state of those it befell.
    if (!target && passiveClause && doc.lang === 'ru') target = stateOfSubject(trigger, context, source);
    // Where it struck, where aid went or hackers hit: the place names the state.
    if (!target && PLACED.has(rule.type)) target = locationTarget(trigger, context);
    if (!target && rule.type === 'ASSAULT') target = ownerAfter(trigger, context, source);
    if (!target && doc.lang === 'en') target = objectPronoun(trigger, context, source);
    if (!target && rule.type === 'REQUEST') target = complementSubject(trigger, context, source);
    // "запевнила, що Токіо продовжить підтримувати Україну": the other party of a promise.
    if (!target && rule.type === 'AGREE') target = complementSubject(trigger, context, source, true);
    if (!target && source && rule.type === 'THREATEN' && !rule.needsTarget)
      target = laterActor(trigger, context, source);
    if (!target && rule.type === 'SANCTION') {
      target = findTarget(trigger, [{ adjective: true }], candidates, subject, trigger.clause);
      // "внесла в санкционный список российские компании": an adjective or a body after it.
      if ((target?.kind !== 'adjective' && target?.kind !== 'body') || target.tokenStart < trigger.first)
        target = null;
    }
    // "Куба была отрезана ... наложенным Вашингтоном эмбарго": the passive's subject suffers it.
    if (!target && passiveClause) {
      const sufferer = findSubject(
        trigger,
        candidates.filter((c) => c !== agent),
        'free',
      );
      // "The Russian ambassador, Sergei Nechayev, was summoned": a name without a country in
      // apposition to a country's title is that country's envoy.
      const title = doc.lang === 'en' ? findAdjectiveSource(trigger, candidates) : null;
      target =
        sufferer?.person && sufferer.actor.country === null && title && title.tokenEnd <= sufferer.tokenStart
          ? title
          : (sufferer ?? title);
    }
  }
  // "Україні були передані 15 цивільних", "Ukraine received eight civilians": only the receiving
  // side is named; the releasing side is the other party of the exchange just reported, or the
  // state named as holding them ("яких Росія утримувала").
  let oneWay = false;
  if (!source && rule.type === 'RETREAT' && rule.mode === 'release') {
    const receiver = target ?? (passiveClause ? dativeIn(trigger, context) : null);
    source = receiver ? releasingSide(receiver, trigger, context) : null;
    target = source ? receiver : null;
    oneWay = true;
  }
  // "Україна отримає новий пакет допомоги" after the talks with Stubb: aid received from no one
  // named comes from the other party of the talks just reported.
  if (!source && rule.type === 'AID' && rule.swap && target) {
    const own = target.actor.country;
    source = context.pair?.find((p) => p.actor.country !== null && p.actor.country !== own) ?? null;
  }
  if (!source) return null;
  if (target && (target.key === source.key || sameCountryPlace(source, target))) target = null;
  // Protesters detained by a state's police are its own people, not a foreign state the clause names.
  if (rule.type === 'COERCE' && !target?.person)
    target = detainedProtesters(trigger, context, grammar, source) ?? target;
  target ??=
    addressedPeople(trigger, context, grammar, source) ??
    unnamedGovernment(trigger, context, grammar, source);
  // "Erdogan and Nawrocki, who assured him": the relative pronoun stands for the last name only.
  const single =
    source.tokenEnd === trigger.clause.start - 1 &&
    relativeAntecedent(trigger, context) === source &&
    !afterRelative(trigger, context);
  return { source, target, certainty: acting.certainty, single, oneWay };
}

/** A verb of the pattern in the clause; "от начала вторжения" has the noun, not the verb. */
function clauseHasVerb(context: SentenceContext, clause: Clause, pattern: string): boolean {
  const morphology = context.doc.layers.morphology ?? [];
  const verbal = (i: number) =>
    context.doc.lang !== 'ru' ||
    ((morphology[i] ?? []).some((r) => VERBAL.has(r.pos ?? '')) && morphology[i - 1]?.[0]?.pos !== 'PREP');
  for (let i = clause.start; i < clause.end; i++)
    if (tokenMatches(context.doc, i, pattern) && verbal(i)) return true;
  return false;
}

const VERBAL = new Set(['VERB', 'INFN', 'PRTF', 'PRTS', 'GRND']);
