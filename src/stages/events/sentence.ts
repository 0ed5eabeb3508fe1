/**
 * The events of one sentence: triggers, their arguments, modality and date, one record per
 * source and target (coordinated actors give one event each). Which triggers are acts is told in
 * `act-filters.ts`, the parties beyond the rule's slots in `parties.ts`.
 */
import type { Event, Token } from '../../core/layers.js';
import { textSpan } from '../../core/span.js';
import { fold } from '../../core/token-pattern.js';
import type { TriggerRule } from '../../lang/shared/events.js';
import { dateRecordForSpan } from '../dates/index.js';
import {
  acceptable,
  conditionAfter,
  conditional,
  explainsOwnAct,
  finiteVerbIn,
  hasComplement,
  inBackground,
  isActor,
  isFiniteAct,
  namedAct,
  negatedRightBefore,
  ON_PEOPLE,
  objectPronounAfter,
  opensWithCondition,
  protesterAt,
  purposeNoun,
  THREAT_CAMEO,
  unknownObject,
  unnamedSpeaker,
} from './act-filters.js';
import type { ActorCandidate } from './actors.js';
import { coordinated } from './arguments.js';
import { goldstein } from './cameo.js';
import type { SentenceContext } from './context.js';
import { after, plannedForward, SCHEDULED } from './event-dates.js';
import { LEXICONS } from './lexicon.js';
import { statedDates } from './merge.js';
import { modalityOf } from './modality.js';
import {
  betweenParties,
  bothSides,
  CONJUNCTIONS,
  mainSides,
  participantsOf,
  parties,
  partiesBefore,
} from './parties.js';
import { type Arguments, framed, resolveArguments } from './resolve.js';
import { findTriggers } from './triggers.js';

/** Acts whose complement is what they ask for, threaten or refuse, not an act of its own. */
const GOVERNING = new Set(['REQUEST', 'THREATEN', 'REJECT', 'ACCUSE']);
/** Reactions aimed at what another party just did: "В Кремле приветствовали это предложение". */
const REACTIVE = new Set(['ACCUSE', 'THREATEN', 'REJECT', 'SUPPORT']);

function reactive(rule: TriggerRule): boolean {
  // Thanks, congratulations and signatures name their addressee or have none.
  return (
    REACTIVE.has(rule.type) && !(rule.type === 'SUPPORT' && rule.mode !== null) && !rule.joint && !rule.mutual
  );
}

/** What one agrees or offers to do is its content ("agreed to exchange prisoners"); only a
 *  meeting agreed on is an event of its own (a planned CONSULT). */
const AGREEING = new Set(['AGREE']);

export interface SentenceEvents {
  events: Event[];
  /** The last actor that acted, for the next sentence's subjectless clauses. */
  subject: ActorCandidate | null;
  /** The two parties of the last two-party event, for "стороны", "министры". */
  pair: [ActorCandidate, ActorCandidate] | null;
  /** The sources of its events, and whether each act was hostile. */
  acted: { actor: ActorCandidate; hostile: boolean; rule: string; target: ActorCandidate | null }[];
}

export function eventsOfSentence(
  context: SentenceContext,
  sentence: { start: number; end: number },
): SentenceEvents {
  const { doc, tokens } = context;
  const lexicon = LEXICONS[doc.lang];
  const found: Event[] = [];
  let subject: ActorCandidate | null = null;
  let pair: [ActorCandidate, ActorCandidate] | null = null;
  const acted: SentenceEvents['acted'] = [];
  /** Clauses whose rest a request, threat or promise governs, from the token after its trigger. */
  const governed = new Map<number, number>();
  /** Clauses with a threat's condition, from the condition word. */
  const feared = new Map<number, number>();
  /** Clauses where a promise governs: a meeting it promises is a planned meeting too. */
  const promised = new Set<number>();
  const agreed = new Set<number>();
  const topics = new Set<number>();
  const invited = new Set<number>();
  const asked = new Set<number>();
  /** Clauses with an act on people, from the token after its trigger. */
  const actedOn = new Map<number, number>();
  for (const trigger of findTriggers(doc, lexicon, context.clauses)) {
    const { rule } = trigger;
    // "полиция задержала десятки протестующих", "met protesting farmers": the protesters are
    // whom the act befell or addressed, not a protest of the acting side.
    const onPeople = actedOn.get(context.clauses.indexOf(trigger.clause));
    if (
      rule.type === 'PROTEST' &&
      onPeople !== undefined &&
      trigger.head >= onPeople &&
      protesterAt(trigger, doc)
    )
      continue;
    if (ON_PEOPLE.has(rule.type)) actedOn.set(context.clauses.indexOf(trigger.clause), trigger.last + 1);
    // "призвал ускорить поставки": the complement of a request is no act of its own; a second
    // finite verb ("... и пригрозил, что ...") is.
    const finite = isFiniteAct(doc, trigger);
    const clauseIndex = context.clauses.indexOf(trigger.clause);
    const from = governed.get(clauseIndex);
    // "пообещал продолжить поддержку и в среду провел разговор": a finite verb ends what the
    // promise governs.
    const infinitive = doc.layers.morphology?.[trigger.head]?.[0]?.pos === 'INFN';
    // "пообещал встретиться с протестующими": the promise is an agreement, and the meeting planned.
    const promisedMeeting = promised.has(clauseIndex) && rule.type === 'CONSULT';
    if (
      from !== undefined &&
      !finite &&
      !promisedMeeting &&
      // Russian marks the complement (an infinitive, a noun right after); elsewhere the clause.
      (doc.lang !== 'ru' || infinitive || trigger.first - from <= 3) &&
      !finiteVerbIn(doc, from, trigger.first)
    )
      continue;
    if (trigger.head > (feared.get(clauseIndex) ?? Number.POSITIVE_INFINITY)) continue;
    // Russian "согласился снизить пошлины" reports the concession itself.
    if (topics.has(clauseIndex) && !finite) continue;
    if (agreed.has(clauseIndex) && !finite && rule.type !== 'CONSULT' && doc.lang !== 'ru') continue;
    // "запросив Мотегі відвідати Київ": the visit is what the invitation is for.
    if (invited.has(clauseIndex) && !finite) continue;
    // "demanded that Japan withdraw the remarks", "warned that Washington was prepared to take
    // further action": what is asked for or threatened.
    if (asked.has(clauseIndex)) continue;
    // "spoke by phone with Zelenskiy to discuss security guarantees": the purpose of talks is
    // those talks.
    if (
      !finite &&
      rule.type === 'CONSULT' &&
      !agreed.has(clauseIndex) &&
      found.some((e) => e.type === 'CONSULT')
    )
      continue;
    if (inBackground(trigger, tokens, lexicon.grammar) || purposeNoun(trigger, context)) continue;
    if (rule.reporting && !hasComplement(trigger, tokens, lexicon.grammar.complementisers, doc.lang))
      continue;
    // "В ходе телефонного разговора ...", "За підсумками зустрічі ...": the talks already reported.
    const referring =
      rule.type === 'CONSULT' && context.pair !== null && framed(trigger, context, lexicon.grammar);
    // Talks are between people; a pair of states came from a signing or a joint act, and the
    // talks they refer to were reported already.
    if (referring && !context.pair?.some((p) => p.person)) continue;
    const referredBack: Arguments | null =
      referring && context.pair ? { source: context.pair[0], target: context.pair[1], certainty: 0.7 } : null;
    // "зустрівся з представниками фермерів, однак сторони не змогли домовитися": the parties of
    // talks told earlier in the same sentence.
    const lastPair: [ActorCandidate, ActorCandidate] | null = pair ?? context.pair;
    const args: Arguments | null =
      referredBack ??
      participantsOf(trigger, { ...context, pair: lastPair }, lexicon.grammar) ??
      resolveArguments(trigger, context, lexicon.grammar) ??
      betweenParties(trigger, context) ??
      partiesBefore(trigger, context);
    if (!args || !acceptable(trigger, args.source, doc)) continue;
    if (rule.type === 'STATEMENT' && unnamedSpeaker(trigger, context, lexicon.grammar, args.certainty === 1))
      continue;
    if (rule.type === 'STATEMENT' && explainsOwnAct(trigger, args.source, context, lexicon.grammar)) continue;
    // "пригласил посетить Украину", "пообещала передать": the visit or the delivery is what the
    // invitation or the promise offers, not an act.
    // "обсудили ситуацию на фронте и последствия российских ударов": what talks are about is
    // no act, however far into the clause.
    if (rule.id.startsWith('consult.discuss')) topics.add(clauseIndex);
    // "warned that Washington was prepared to take further action": a warning to no one named
    // is no act, and what it warns of is the threat.
    if (rule.type === 'THREATEN' && rule.needsTarget && !args.target && !bothSides(trigger, context))
      continue;
    // "приветствовал освобождение политзаключенных": what is welcomed is another's act.
    if (
      GOVERNING.has(rule.type) ||
      rule.mode === 'invite' ||
      rule.id.startsWith('agree.promise') ||
      rule.id.startsWith('support.welcome')
    )
      governed.set(clauseIndex, trigger.last + 1);
    if (rule.id.startsWith('agree.promise')) promised.add(clauseIndex);
    // "demanded that Japan withdraw the remarks": what is asked for in the clause that follows.
    if ((rule.type === 'REQUEST' || rule.type === 'THREATEN') && trigger.last >= trigger.clause.end - 1)
      asked.add(clauseIndex + 1);
    // "пригрозил «адекватными мерами», если Варшава разместит ракеты", "threatened to respond if
    // Germany delivered": the condition of a threat is what is feared, not an act.
    if (rule.type === 'THREATEN') {
      const condition = conditionAfter(trigger, context);
      if (condition !== null) feared.set(clauseIndex, condition);
      if (opensWithCondition(context.clauses[clauseIndex + 1], context)) asked.add(clauseIndex + 1);
    }
    if (AGREEING.has(rule.type)) agreed.add(clauseIndex);
    if (rule.type === 'AGREE' && rule.mode === 'invite') invited.add(clauseIndex);
    // "«Мы договорились ...», – написал Зеленский", "провів розмову з Зеленським і пообіцяв нову
    // допомогу": the other party is the one he just talked to.
    const text = (i: number) => tokens[i]?.text ?? '';
    const together = coordinated(args.source, context.candidates, CONJUNCTIONS, text).length > 1;
    if (
      !args.target &&
      !args.joint &&
      !together &&
      (rule.type === 'CONSULT' ||
        rule.type === 'AGREE' ||
        rule.type === 'AID' ||
        rule.mode === 'release' ||
        rule.alone ||
        rule.joint) &&
      context.pair
    ) {
      const [a, b] = context.pair;
      // "японская сторона приняла приглашение": a party may be named by its state.
      const is = (p: ActorCandidate) =>
        p.key === args.source.key ||
        (!args.source.person &&
          args.source.actor.country !== null &&
          p.actor.country === args.source.actor.country);
      args.target = is(a) && !is(b) ? b : is(b) && !is(a) ? a : null;
    }
    // "urged both sides", "поблагодарил обе стороны": the two parties of the last talks, unless
    // the one speaking was one of them; then the two sides the article is about.
    if (!args.target && !args.joint && rule.target && bothSides(trigger, context)) {
      const others = context.pair?.filter((p) => p.key !== args.source.key) ?? [];
      const sides = others.length === 2 ? others : mainSides(context, args.source, trigger.head);
      const chosen = sides.length === 2 ? sides : others;
      if (chosen.length > 0) {
        args.target = chosen[0] ?? null;
        args.targets = chosen;
      }
    }
    // "В Кремле назвали задержание «пиратством»": what is condemned is the last act of another.
    // A condemnation is aimed at the last hostile act of another, else their last act.
    if (rule.needsTarget && !args.target) continue;
    // "hosted Zelenskiy ... but declined to commit to supplying Tomahawks": a refusal right after
    // talks in the same sentence is given to the other party of those talks.
    if (!args.target && rule.type === 'REJECT' && pair?.some((p) => p.key === args.source.key))
      args.target = pair.find((p) => p.key !== args.source.key) ?? null;
    if (!args.target && reactive(rule) && !unknownObject(trigger, context)) {
      const own = args.source.actor.country;
      const other = (a: { actor: ActorCandidate }) =>
        a.actor.key !== args.source.key && (own === null || a.actor.actor.country !== own);
      const before = context.actedBefore;
      // Welcome and praise go to the news the article leads with ("Сибига приветствовал решение
      // партнеров": the sanctions of the lead, not the threat just quoted).
      // "назвала новые санкции «незаконными»", "учения назвали провокацией": the act named.
      const named = namedAct(trigger, context, lexicon.grammar);
      const aimed =
        (named && before.find((a) => named.some((p) => a.rule?.startsWith(p)) && other(a))) ??
        (rule.type === 'SUPPORT'
          ? before.find(other)
          : (before.findLast((a) => a.hostile && other(a)) ??
            // Thanks and praise are nothing to condemn, reject or threaten.
            before.findLast((a) => other(a) && !/^support\./u.test(a.rule ?? ''))));
      args.target = aimed?.actor ?? null;
      // "Washington was prepared to take further action": a threat of more aims where the
      // threatening side's own last hostile act did.
      if (!args.target && rule.type === 'THREATEN') {
        const own = args.source.actor.country;
        const mine = before.findLast(
          (a) => a.hostile && a.target && own !== null && a.actor.actor.country === own,
        );
        args.target = mine?.target ?? null;
      }
    }
    // "the EU would present a new sanctions package" after a Russian strike: sanctions named
    // without their target answer the article's lead attack or seizure by another state.
    if (!args.target && rule.type === 'SANCTION' && !unknownObject(trigger, context)) {
      const own = args.source.actor.country;
      const offence = context.actedBefore.find(
        (a) =>
          /^(?:assault|coerce)\./u.test(a.rule ?? '') &&
          a.actor.actor.country !== null &&
          a.actor.actor.country !== own &&
          a.actor.kind !== 'place',
      );
      args.target = offence?.actor ?? null;
    }
    // "Зеленский поздравил его": the person just named, other than the one acting.
    if (!args.target && rule.target && objectPronounAfter(trigger, context, lexicon.grammar)) {
      args.target = context.recentPeople.findLast((p) => p.key !== args.source.key) ?? null;
    }
    // The other party too must be a state, a known body or a person ("появление Tomahawk" is not).
    if (args.target && !args.target.person && !isActor(args.target, doc)) args.target = null;

    const { source, target } = args;
    if (source.person || (!subject && source.kind !== 'adjective' && source.kind !== 'weapon'))
      subject = source;
    const confidence = 0.85 * args.certainty - (target || !rule.target ? 0 : 0.1);
    let { modality, negated } = modalityOf(doc, trigger, lexicon.grammar, sentence);
    let type = rule.type;
    let cameo = trigger.cameo;
    // "Будапешт не поддержит открытие переговоров": refusing support is a rejection.
    if (
      type === 'SUPPORT' &&
      rule.mode === null &&
      negated &&
      negatedRightBefore(trigger, context, lexicon.grammar)
    ) {
      type = 'REJECT';
      cameo = '120';
      modality = 'asserted';
      negated = false;
    }
    // "Варшава закриє кордон, якщо провокації триватимуть": force on a condition is a threat.
    const threat =
      type !== 'THREATEN' && modality !== 'denied' && goldstein(cameo) < 0 && conditional(trigger, context);
    if (threat) {
      type = 'THREATEN';
      cameo = THREAT_CAMEO;
      modality = 'asserted';
      negated = false;
    }
    const first = tokens[trigger.first] as Token;
    const last = tokens[trigger.last] as Token;
    const head = tokens[trigger.head] as Token;
    const stated = dateRecordForSpan(doc.layers.dates ?? [], sentence, head);
    // "travel to Washington next week for talks": an act dated, in its own clause, after the
    // report is yet to come (an agreement or invitation is made now, whenever what it offers).
    if (
      modality === 'asserted' &&
      stated &&
      SCHEDULED.has(rule.type) &&
      after(stated.value, doc.published) &&
      stated.start >= (tokens[trigger.clause.start]?.start ?? 0) &&
      stated.end <= (tokens[trigger.clause.end - 1]?.end ?? 0)
    )
      modality = 'planned';
    const date = stated
      ? plannedForward(stated, modality, doc.published)
      : modality === 'asserted'
        ? (context.date ?? doc.published)
        : null;
    for (const [s, t] of parties(args, rule, context)) {
      // "стороны" are the parties of the last talks held, not of the last thanks or of talks
      // only offered ("готовность содействовать переговорам между Россией и Украиной").
      if (
        t &&
        modality === 'asserted' &&
        (rule.type === 'CONSULT' || rule.mutual || rule.joint) &&
        s.kind !== 'adjective' &&
        t.kind !== 'adjective'
      )
        pair = [s, t];
      acted.push({ actor: s, hostile: goldstein(cameo) < 0, rule: rule.id, target: t });
      const event: Event = {
        id: '',
        type,
        mode: trigger.mode,
        cameo,
        goldstein: goldstein(cameo),
        source: { ...s.actor },
        target: t ? { ...t.actor } : null,
        date,
        modality,
        negated,
        trigger: textSpan(doc.text, first.start, last.end),
        evidence: textSpan(doc.text, sentence.start, sentence.end),
        confidence: Math.max(0.3, Math.round(confidence * 100) / 100),
        rule: `${doc.lang}.${rule.id}`,
      };
      if (stated) statedDates.add(event);
      found.push(event);
    }
  }
  // A reporting verb is not the event when what it reports is one ("рассказал, что обсудил").
  const substantive = found.filter((e) => e.type !== 'STATEMENT');
  if (substantive.length === 0) return { events: found, subject, pair, acted };
  const statements = found.filter(
    (e) => e.type === 'STATEMENT' && substantive.every((other) => notReported(e, other, context)),
  );
  return { events: [...statements, ...substantive], subject, pair, acted };
}

const EN_SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'until']);

/**
 * "Trump said Ukraine could win back its territory, ... after he met Zelenskiy": an English act
 * told in a clause of time is the occasion of the statement, not what it reports. (A second
 * predicate, "said ... and called on", leaves the statement as its preface.)
 */
function notReported(statement: Event, other: Event, context: SentenceContext): boolean {
  if (context.doc.lang !== 'en' || other.trigger.start < statement.trigger.end) return false;
  const { tokens } = context;
  for (let i = 0; i < tokens.length && (tokens[i]?.end ?? 0) <= other.trigger.start; i++) {
    if ((tokens[i]?.start ?? 0) < statement.trigger.end) continue;
    const word = fold(tokens[i]?.text ?? '');
    if (EN_SUBORDINATORS.has(word)) return true;
  }
  return false;
}
