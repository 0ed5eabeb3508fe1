/**
 * Who acts when no slot of the rule names the source: the clause's subject (in Ukrainian also
 * after the verb, in English shared by coordinated verbs), a relative pronoun's antecedent, a
 * personal pronoun's person, the main clause's subject, the quote's speaker, a capital in the
 * locative, or the paragraph's last subject; a Russian common noun no actor covers stands for
 * someone unnamed.
 */
import type { ActorRecord } from '../../core/doc.js';
import type { AnalyzedDoc } from '../../core/layers.js';
import { fold } from '../../core/token-pattern.js';
import type { EventGrammar } from '../../lang/shared/events.js';
import type { ActorCandidate } from './actors.js';
import { findSubject } from './arguments.js';
import type { Clause } from './clauses.js';
import type { SentenceContext } from './context.js';
import type { Trigger } from './triggers.js';
import {
  BEFORE_VERB,
  englishGroupSubject,
  nominativeOnly,
  protestersBefore,
  STATE_NOUNS,
  unnamedSubject,
} from './unnamed.js';

export function speakerOf(
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
export function subjectOfEarlierClause(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  for (let k = context.clauses.indexOf(trigger.clause) - 1; k >= 0; k--) {
    const clause = context.clauses[k] as Clause;
    const at = { ...trigger, clause, head: clause.start, first: clause.start, last: clause.start, words: [] };
    const found = findSubject(at, context.candidates, 'free');
    if (found) return found;
  }
  return null;
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
export function relativeAntecedent(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
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
export function afterRelative(trigger: Trigger, context: SentenceContext): boolean {
  if (context.doc.lang !== 'en') return false;
  const { clause } = trigger;
  if (!RELATIVES.has(fold(context.tokens[clause.start]?.text ?? ''))) return false;
  let i = trigger.first - 1;
  while (i > clause.start && BEFORE_VERB.has(fold(context.tokens[i]?.text ?? ''))) i--;
  return i > clause.start && context.tokens[i]?.text === ',';
}

const AND_WORDS = new Set(['і', 'й', 'та', 'and']);

/** "Кошта та фон дер Ляєн": the subject's partner in a pair acts with it, not upon it. */
export function joinedTo(
  subject: ActorCandidate | null,
  c: ActorCandidate,
  context: SentenceContext,
): boolean {
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

export function findActingSubject(
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
  // "Протестующие требуют отставки правительства": protesters act for the people who last
  // protested, not for the state or the police the paragraph was about.
  if (trigger.rule.type !== 'PROTEST' && protestersBefore(trigger, context, grammar)) {
    const protested = context.actedBefore.findLast((a) => a.rule?.startsWith('protest.'))?.actor ?? null;
    return protested ? { actor: protested, certainty: 0.8 } : { actor: null, certainty: 0, unnamed: true };
  }
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
  // "Students also called on farmers", "Critics accused him": an English group of people the
  // text names no actor by is the subject; nobody known acts, not the last sentence's subject.
  if (
    doc.lang === 'en' &&
    (!subject || subject.tokenStart > trigger.last) &&
    englishGroupSubject(trigger, context)
  )
    return { actor: null, certainty: 0, unnamed: true };
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

/** "жителей Белграда", "граждан Грузии" before a protest: the place whose people act. */
export function peopleOf(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
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
