/**
 * Who acts and who is acted upon for one trigger: the rule's source slot ("помощь от
 * Германии"), a genitive after a noun head ("визит президента"), the clause's subject, and when
 * the clause has none, the main clause's subject, a pronoun's antecedent, the quote's speaker
 * or the paragraph's last subject.
 */
import type { ActorRecord } from '../../core/doc.js';
import type { AnalyzedDoc } from '../../core/layers.js';
import { fold, tokenMatches } from '../../core/token-pattern.js';
import type { EventGrammar, TriggerRule } from '../../lang/shared/events.js';
import type { ActorCandidate } from './actors.js';
import { adjectiveBefore, adjectiveOfSubject, adjectiveSubject } from './adjective-actors.js';
import { findAdjectiveSource, findSubject, findTarget } from './arguments.js';
import type { Clause } from './clauses.js';
import type { SentenceContext } from './context.js';
import { isPassive, passiveAgent } from './passive.js';
import type { Trigger } from './triggers.js';

/** Talks and meetings: naming the partner makes the clause's subject the other party. */
const PARTNERED = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
const AND = new Set(['и', 'і', 'й', 'та', 'and']);

/** Acts of a state whose agentless passive still tells who acted: the paragraph's state. */
const AGENTLESS = new Set(['SANCTION', 'ACCUSE', 'COERCE']);
const LOCATIVE = new Set(['в', 'во', 'у', 'на', 'in', 'near', 'on', 'at']);

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

function speakerOf(
  doc: AnalyzedDoc,
  offset: number,
  candidates: readonly ActorCandidate[],
): ActorCandidate | null {
  const quote = (doc.layers.quotes ?? []).find((q) => q.start <= offset && offset < q.end);
  const entity = quote?.speaker ? doc.layers.entities?.find((e) => e.id === quote.speaker) : undefined;
  if (!entity) return null;
  const actor: ActorRecord = {
    entity: entity.id,
    name: entity.name,
    country: entity.country,
    role: entity.roles[0]?.role ?? null,
  };
  const inText = candidates.find((c) => c.key === entity.id);
  return (
    inText ?? {
      tokenStart: -1,
      tokenEnd: -1,
      cases: [],
      prep: null,
      kind: 'mention',
      actor,
      key: entity.id,
      person: entity.label === 'PER',
    }
  );
}

/** The subject of an earlier clause of the sentence: its first nominative actor. */
function subjectOfEarlierClause(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  for (let k = context.clauses.indexOf(trigger.clause) - 1; k >= 0; k--) {
    const clause = context.clauses[k] as Clause;
    const at = { ...trigger, clause, head: clause.start, first: clause.start, last: clause.start, words: [] };
    const found = findSubject(at, context.candidates, 'free');
    if (found) return found;
  }
  return null;
}

/** "в ходе визита в Украину Эрдоган договорился": the noun is the frame of the subject's act. */
export function framed(trigger: Trigger, context: SentenceContext, grammar: EventGrammar): boolean {
  for (let i = Math.max(trigger.clause.start, trigger.first - 3); i < trigger.first; i++) {
    if (tokenMatches(context.doc, i, grammar.framing)) return true;
  }
  return false;
}

const FEMININE = new Set(['она', 'вона', 'she']);

/** The personal pronoun standing as the clause's subject before the trigger, if any. */
function pronounSubject(
  trigger: Trigger,
  context: SentenceContext,
  grammar: EventGrammar,
  after: ActorCandidate | null = null,
): string | null {
  const from = after && after.tokenEnd <= trigger.first ? after.tokenEnd : trigger.clause.start;
  for (let i = from; i < trigger.first; i++) {
    const word = fold(context.tokens[i]?.text ?? '');
    if (grammar.personalPronouns.has(word)) return word;
  }
  return null;
}

function pronounInSentenceBefore(trigger: Trigger, context: SentenceContext, grammar: EventGrammar): boolean {
  const start = context.clauses[0]?.start ?? trigger.clause.start;
  for (let i = start; i < trigger.first; i++) {
    if (grammar.personalPronouns.has(fold(context.tokens[i]?.text ?? ''))) return true;
  }
  return false;
}

function pluralVerb(trigger: Trigger, context: SentenceContext): boolean {
  const head = context.doc.layers.morphology?.[trigger.head]?.[0];
  return context.doc.lang === 'ru' && head?.pos === 'VERB' && head.number === 'plur';
}

/** "Она пригрозила": a woman, unless the name does not tell. */
function genderFits(candidate: ActorCandidate, pronoun: string, doc: AnalyzedDoc): boolean {
  const gender = doc.layers.entities?.find((e) => e.id === candidate.actor.entity)?.gender;
  if (!gender) return true;
  return (gender === 'femn') === FEMININE.has(pronoun);
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

function locationTarget(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
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

const RELATIVES = new Set([
  'который',
  'которая',
  'которое',
  'которые',
  'який',
  'яка',
  'яке',
  'які',
  'which',
  'who',
]);

/** "Britain, which sanctioned the same companies": the relative pronoun stands for the actor before it. */
function relativeAntecedent(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  const { clause } = trigger;
  if (!RELATIVES.has(fold(context.tokens[clause.start]?.text ?? ''))) return null;
  return (
    context.candidates.findLast(
      (c) =>
        c.tokenEnd === clause.start - 1 && c.prep === null && c.kind !== 'adjective' && c.kind !== 'place',
    ) ?? null
  );
}

/**
 * "Egypt and Qatar, which have been mediating between Israel and Hamas, called on all sides": an
 * English verb right after the comma that closes a relative clause is the main clause's, and its
 * subject is what the relative pronoun stands for.
 */
function afterRelative(trigger: Trigger, context: SentenceContext): boolean {
  if (context.doc.lang !== 'en') return false;
  const { clause } = trigger;
  if (!RELATIVES.has(fold(context.tokens[clause.start]?.text ?? ''))) return false;
  let i = trigger.first - 1;
  while (i > clause.start && BEFORE_VERB.has(fold(context.tokens[i]?.text ?? ''))) i--;
  return i > clause.start && context.tokens[i]?.text === ',';
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

const AND_WORDS = new Set(['і', 'й', 'та', 'and']);

/** "Кошта та фон дер Ляєн": the subject's partner in a pair acts with it, not upon it. */
function joinedTo(subject: ActorCandidate | null, c: ActorCandidate, context: SentenceContext): boolean {
  if (!subject) return false;
  const [a, b] = subject.tokenStart < c.tokenStart ? [subject, c] : [c, subject];
  return b.tokenStart === a.tokenEnd + 1 && AND_WORDS.has(fold(context.tokens[a.tokenEnd]?.text ?? ''));
}

/**
 * Ukrainian puts the subject after the verb too: "Литву підтримала Польща" (a nominative after,
 * nothing nominative before), "Санду привітали Кошта та фон дер Ляєн" (a plural verb and
 * a coordinated pair after it, one name before).
 */
function ukrainianSubjectAfter(
  trigger: Trigger,
  context: SentenceContext,
  before: ActorCandidate | null,
): ActorCandidate | null {
  // "надала Японія, ще 400 млн доларів": the subject may stand between the verb and its companion.
  const after = context.candidates.filter(
    (c) =>
      c.tokenStart > trigger.head &&
      !trigger.words.some((w) => w >= c.tokenStart && w < c.tokenEnd) &&
      c.tokenEnd <= trigger.clause.end &&
      c.prep === null &&
      (c.kind === 'mention' || c.kind === 'descriptor' || c.kind === 'body'),
  );
  const first = after[0];
  if (!first) return null;
  if (!before) return first.cases.includes('nomn') && !first.cases.includes('accs') ? first : null;
  const plural = /ли$/u.test(context.tokens[trigger.head]?.text ?? '');
  const word = (i: number) => fold(context.tokens[i]?.text ?? '');
  const pair = after.some((c) => c.tokenStart === first.tokenEnd + 1 && AND_WORDS.has(word(first.tokenEnd)));
  const single = !context.candidates.some(
    (c) => c.tokenEnd === before.tokenStart - 1 && AND_WORDS.has(word(before.tokenStart - 1)),
  );
  return plural && pair && single && !before.cases.every((c) => c === 'nomn') ? first : null;
}

/** Words that may stand between "and" and its second verb: "and also urged", "but has declined". */
const BEFORE_VERB = new Set([
  'also',
  'later',
  'then',
  'has',
  'have',
  'had',
  'would',
  'will',
  'was',
  'were',
  'is',
  'again',
  'further',
]);

/**
 * English verbs that share the clause's first subject: the second of coordinated verbs ("Trump
 * hosted Zelenskiy ... but declined to commit") and a participle after a comma ("Pavel delayed
 * the appointment until Babis resolved ..., asking him to explain").
 */
function sharedSubject(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  const word = (i: number) => fold(context.tokens[i]?.text ?? '');
  let i = trigger.first - 1;
  while (i > trigger.clause.start && BEFORE_VERB.has(word(i))) i--;
  const coordinated = word(i) === 'and' || word(i) === 'but';
  const participle = word(trigger.first - 1) === ',' && /ing$/u.test(word(trigger.head));
  if (!coordinated && !participle) return null;
  const first = context.candidates.find(
    (c) =>
      c.tokenStart >= trigger.clause.start &&
      c.tokenEnd <= i &&
      c.prep === null &&
      (c.kind === 'mention' || c.kind === 'descriptor' || c.kind === 'body'),
  );
  // "NATO Secretary General Mark Rutte": the person the body's name stands before.
  const person = context.candidates.find((c) => c.person && c.tokenStart === first?.tokenEnd);
  return person ?? first ?? null;
}

function findActingSubject(
  trigger: Trigger,
  context: SentenceContext,
  grammar: EventGrammar,
): { actor: ActorCandidate | null; certainty: number; unnamed?: boolean } {
  const { doc, candidates } = context;
  const offset = context.tokens[trigger.head]?.start ?? 0;
  // Without case endings to tell them apart, a name after the verb is its object whenever the
  // rule takes a bare object ("запросив прем'єр-міністра Японії").
  const bareObject = (trigger.rule.target ?? []).some((slot) => !slot.prep);
  const order = doc.lang === 'en' || (doc.lang === 'uk' && bareObject) ? 'svo' : 'free';
  const main = afterRelative(trigger, context) ? relativeAntecedent(trigger, context) : null;
  if (main) return { actor: main, certainty: 1 };
  let subject =
    findSubject(trigger, candidates, order, doc.lang === 'en') ?? relativeAntecedent(trigger, context);
  // "Он также призвал польские власти ...": with a pronoun before the verb, a name after it is
  // the object.
  if (subject && subject.tokenStart > trigger.last && pronounSubject(trigger, context, grammar))
    subject = null;
  // "Он также сообщил, что посетит Китай": the pronoun of the main clause acts; the name after
  // the verb is its object.
  if (
    subject &&
    subject.tokenStart > trigger.last &&
    bareObject &&
    subject.cases.includes('accs') &&
    pronounInSentenceBefore(trigger, context, grammar)
  )
    subject = null;
  // "Оппозиция обвиняет Саакашвили", "правительство одобрило проект": a common noun the text
  // names no actor by is the subject; the name after the verb is its object, and nobody known acts.
  const unnamed = unnamedSubject(trigger, context);
  if (unnamed && (!subject || (subject.tokenStart > trigger.last && !nominativeOnly(subject)))) {
    // "власти заявили": the authorities of the state the paragraph is about, not a person in it.
    const state = STATE_NOUNS.test(fold(context.tokens[unnamed]?.text ?? ''));
    const carried = context.carried;
    return state && carried && !carried.person && carried.actor.country !== null
      ? { actor: carried, certainty: 0.75 }
      : { actor: null, certainty: 0, unnamed: true };
  }
  // An indeclinable name after the verb ("проинформировал Такаичи") is more likely its object
  // when the sentence or the text before already has someone to act.
  if (
    subject &&
    subject.tokenStart > trigger.last &&
    subject.cases.length > 1 &&
    trigger.rule.target?.length
  ) {
    subject = subjectOfEarlierClause(trigger, context) ?? speakerOf(doc, offset, candidates) ?? subject;
  }
  if (doc.lang === 'en') subject = sharedSubject(trigger, context) ?? subject;
  if (doc.lang === 'uk' && order === 'svo')
    subject = ukrainianSubjectAfter(trigger, context, subject) ?? subject;
  // "Trump said that Ukraine could win ... after he met Zelenskiy": in English the nearest
  // subject before the verb is the pronoun, not the name further back.
  if (subject && (order !== 'svo' || subject.tokenEnd > trigger.first))
    return { actor: subject, certainty: 1 };
  const pronoun = pronounSubject(trigger, context, grammar, subject);
  if (subject && !pronoun) return { actor: subject, certainty: 1 };
  if (pronoun) {
    const earlier = subjectOfEarlierClause(trigger, context);
    const fits = (c: ActorCandidate | null | undefined) => c?.person && genderFits(c, pronoun, doc);
    // "Babis has said he wants ...": the name just before the pronoun, when it fits.
    const actor = fits(subject)
      ? subject
      : fits(earlier)
        ? earlier
        : (context.recentPeople.findLast((p) => fits(p)) ?? null);
    return { actor, certainty: 0.8 };
  }
  const earlier = subjectOfEarlierClause(trigger, context);
  // "Посол был вызван в министерство, где ему заявили протест": one person is not "they".
  const agrees = !(earlier?.person && pluralVerb(trigger, context));
  const inferred = (agrees ? earlier : null) ?? speakerOf(doc, offset, candidates);
  if (inferred) return { actor: inferred, certainty: 0.9 };
  const where = locativeSpeaker(trigger, context);
  if (where) return { actor: where, certainty: 0.8 };
  const isVerb = doc.layers.morphology?.[trigger.head]?.[0]?.pos === 'VERB' || doc.lang !== 'ru';
  return isVerb ? { actor: context.carried, certainty: 0.75 } : { actor: null, certainty: 0 };
}

/** Common nouns for a state's government, which refer back to the state in question. */
const STATE_NOUNS = /^(?:власти|правительство|руководство|кабинет|администрация)$/u;

function nominativeOnly(c: ActorCandidate): boolean {
  return c.cases.length > 0 && c.cases.every((k) => k === 'nomn');
}

/**
 * A Russian nominative common noun before the verb that agrees with it and that no actor
 * candidate covers: the clause's subject is someone the text does not name as an actor
 * ("Оппозиция обвиняет", "правительство одобрило", "полиция задержала"). Its token, or null.
 */
function unnamedSubject(trigger: Trigger, context: SentenceContext): number | null {
  const { doc } = context;
  if (doc.lang !== 'ru') return null;
  const morphology = doc.layers.morphology ?? [];
  const verb = morphology[trigger.head]?.[0];
  if (verb?.pos !== 'VERB') return null;
  const covered = (i: number) => context.candidates.some((c) => c.tokenStart <= i && i < c.tokenEnd);
  for (let i = trigger.clause.start; i < trigger.first; i++) {
    const best = morphology[i]?.[0];
    if (best?.pos !== 'NOUN' || best.case !== 'nomn' || covered(i) || trigger.words.includes(i)) continue;
    // Not governed by a preposition ("в правительстве") or by a noun before it ("глава ведомства").
    let k = i - 1;
    while (
      k >= trigger.clause.start &&
      (morphology[k] ?? []).some((r) => r.pos === 'ADJF' || r.pos === 'PRTF')
    )
      k--;
    const before = morphology[k]?.[0]?.pos;
    if (k >= trigger.clause.start && (before === 'PREP' || before === 'NOUN')) continue;
    if (verb.number && best.number && verb.number !== best.number) continue;
    if (
      verb.tense === 'past' &&
      verb.number === 'sing' &&
      verb.gender &&
      best.gender &&
      verb.gender !== best.gender
    )
      continue;
    return i;
  }
  return null;
}

/**
 * "В Москве учения назвали провокацией", "В Кремле заявили": an impersonal plural verb with a
 * capital or seat of power in the locative speaks for that state.
 */
function locativeSpeaker(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  const head = context.doc.layers.morphology?.[trigger.head]?.[0];
  const plural =
    context.doc.lang === 'uk'
      ? /ли$/u.test(context.tokens[trigger.head]?.text ?? '')
      : head?.pos === 'VERB' && head.number === 'plur';
  if (!plural) return null;
  return (
    context.candidates.find(
      (c) =>
        (c.kind === 'mention' || c.kind === 'body') &&
        !c.person &&
        c.actor.country !== null &&
        (c.prep === 'в' || c.prep === 'во' || c.prep === 'у') &&
        c.tokenStart >= trigger.clause.start &&
        c.tokenEnd <= trigger.first,
    ) ?? null
  );
}

/** "Росія атакувала енергетику шести областей, Польща підняла авіацію": past a comma a bare
 *  name starts a new clause, it is no object. */
function bareBeyondComma(c: ActorCandidate, trigger: Trigger, context: SentenceContext): boolean {
  if (c.prep !== null || c.tokenStart <= trigger.last) return false;
  return context.tokens.slice(trigger.last + 1, c.tokenStart).some((t) => t.text === ',');
}

/** "жителей Белграда", "граждан Грузии" before a protest: the place whose people act. */
function peopleOf(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  return (
    context.candidates.find(
      (c) =>
        c.tokenStart >= trigger.clause.start &&
        c.tokenEnd <= trigger.first &&
        c.via?.prep === null &&
        (c.kind === 'place' || c.kind === 'mention') &&
        !c.person &&
        c.actor.country !== null,
    ) ?? null
  );
}

/** Places are hit and visited; for everything else the other party is a state, body or person. */
function targetsFor(rule: TriggerRule, candidates: readonly ActorCandidate[]): readonly ActorCandidate[] {
  if (rule.type === 'ASSAULT' || rule.mode === 'visit') return candidates;
  return candidates.filter((c) => c.kind !== 'place');
}

/** The other party named after a threat, wherever it stands: "пригрозил ..., если Варшава ...". */
function laterActor(
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

export function resolveArguments(
  trigger: Trigger,
  context: SentenceContext,
  grammar: EventGrammar,
): Arguments | null {
  const { rule } = trigger;
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
        ? context.carried.person
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
  // "Erdogan and Nawrocki, who assured him": the relative pronoun stands for the last name only.
  const single =
    source.tokenEnd === trigger.clause.start - 1 &&
    relativeAntecedent(trigger, context) === source &&
    !afterRelative(trigger, context);
  return { source, target, certainty: acting.certainty, single, oneWay };
}

const PLACED = new Set(['ASSAULT', 'AID', 'COERCE']);
/** Acts aimed at one's own government as readily as at another state. */
const DOMESTIC = new Set(['REQUEST', 'PROTEST', 'ACCUSE', 'REJECT']);

/**
 * "Протестувальники вимагають від уряду Польщі", "Polish farmers protested against the
 * government": demands and protests at home are made of the state's own government, a party of
 * its own here.
 */
function ownGovernment(c: ActorCandidate, subject: ActorCandidate | null, rule: TriggerRule): ActorCandidate {
  if (c.kind !== 'body' || !subject || subject.kind === 'body' || c.key !== subject.key) return c;
  return DOMESTIC.has(rule.type) ? { ...c, key: `${c.key}:${c.actor.role ?? 'body'}` } : c;
}

/**
 * The state named in the genitive after the nominative subject of a Russian passive, before its
 * verb: "граждане Китая были задержаны", "экипаж судна под флагом Панамы" is not (a preposition).
 */
function stateOfSubject(
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
function ownerAfter(
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
function complementSubject(
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
function objectPronoun(
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

/** "Зеленский пригласил ... посетить Украину": one's own country is not the other party. */
function sameCountryPlace(source: ActorCandidate, target: ActorCandidate): boolean {
  return (
    (target.kind === 'mention' || target.kind === 'place') &&
    !target.person &&
    target.actor.country !== null &&
    target.actor.country === source.actor.country
  );
}

/** A state in the dative within the trigger's clause: "Україні були передані". */
function dativeIn(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
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

function releasingSide(
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
