/**
 * The events of one sentence: triggers, their arguments, modality and date, one record per
 * source and target (coordinated actors give one event each).
 */
import type { DateRecord, Modality } from '../../core/doc.js';
import type { AnalyzedDoc, Event, Token } from '../../core/layers.js';
import { textSpan } from '../../core/span.js';
import { fold, matchSequence, tokenMatches } from '../../core/token-pattern.js';
import type { EventGrammar, TriggerRule } from '../../lang/shared/events.js';
import { dateRecordForSpan } from '../dates/index.js';
import { roleAt } from '../entities/roles.js';
import type { ActorCandidate } from './actors.js';
import { coordinated } from './arguments.js';
import { goldstein } from './cameo.js';
import type { Clause } from './clauses.js';
import type { SentenceContext } from './context.js';
import { LEXICONS } from './lexicon.js';
import { statedDates } from './merge.js';
import { modalityOf } from './modality.js';
import { type Arguments, framed, resolveArguments } from './resolve.js';
import { findTriggers, type Trigger } from './triggers.js';

const CONJUNCTIONS = new Set(['и', 'й', 'і', 'та', 'and', ',']);
const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
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

function hasComplement(
  trigger: Trigger,
  tokens: readonly Token[],
  complementisers: ReadonlySet<string>,
  lang: string,
): boolean {
  for (let i = trigger.last + 1; i <= trigger.last + 4 && i < tokens.length; i++) {
    const word = fold(tokens[i]?.text ?? '');
    if (complementisers.has(word) || word === ':') return true;
  }
  // English drops "that": "Peskov said Russia had developed ...", "said the sanctions were".
  const next = tokens[trigger.last + 1];
  return lang === 'en' && next?.kind === 'word' && !NOT_A_CLAUSE.has(fold(next.text));
}

/** Words after "said" that do not open the reported clause ("said on Monday", "said in a statement"). */
const NOT_A_CLAUSE = new Set(
  'on in at to by after before during late earlier last this that so as while when and but of for with from'.split(
    ' ',
  ),
);

/** CAMEO 130: threaten, not specified. */
const THREAT_CAMEO = '130';
const CONDITIONS = new Set(['если', 'якщо', 'if', 'unless']);

/**
 * The trigger's clause or the one after it states a condition after the trigger ("..., якщо
 * провокації триватимуть"); a trigger inside the condition ("если Варшава разместит ракеты") is
 * what is feared, not a threat.
 */
function conditional(trigger: Trigger, context: SentenceContext): boolean {
  const index = context.clauses.indexOf(trigger.clause);
  for (const clause of [trigger.clause, context.clauses[index + 1]]) {
    if (!clause) continue;
    for (let i = Math.max(clause.start - 1, trigger.last + 1); i < clause.end; i++) {
      if (CONDITIONS.has(fold(context.tokens[i]?.text ?? ''))) return true;
    }
  }
  return false;
}

/** A condition word after the trigger in its own clause: "threatened to respond if ...". */
function conditionAfter(trigger: Trigger, context: SentenceContext): number | null {
  for (let i = trigger.last + 1; i < trigger.clause.end; i++)
    if (CONDITIONS.has(fold(context.tokens[i]?.text ?? ''))) return i;
  return null;
}

function opensWithCondition(clause: Clause | undefined, context: SentenceContext): boolean {
  if (!clause) return false;
  for (let i = clause.start; i < Math.min(clause.end, clause.start + 2); i++)
    if (CONDITIONS.has(fold(context.tokens[i]?.text ?? ''))) return true;
  return false;
}

// "a new prisoner exchange": an adjective before the trigger makes it a noun.
const NOT_FINITE_BEFORE = new Set(['to', 'the', 'a', 'an', 'of', 'for', 'new', 'another', 'further', 'next']);

/**
 * "France has provided Ukraine with 6 billion euros since 2022", "hit by repeated attacks":
 * background that sums up past acts, not an event; judged within the comma-delimited stretch of
 * the clause that holds the trigger.
 */
function inBackground(trigger: Trigger, tokens: readonly Token[], grammar: EventGrammar): boolean {
  if (!grammar.background) return false;
  let start = trigger.first;
  while (start > trigger.clause.start && tokens[start - 1]?.text !== ',') start--;
  let end = trigger.last + 1;
  while (end < trigger.clause.end && tokens[end]?.text !== ',') end++;
  const words = tokens.slice(start, end).map((t) => fold(t.text));
  if (grammar.background(words, trigger.head - start)) return true;
  // "has supplied Ukraine ... since 2022, but has refused to send ...": a perfect continuing
  // background after a comma sums up too.
  if (!/^(?:but|and)$/u.test(words[0] ?? '') || !/^(?:has|have|had)$/u.test(words[1] ?? '')) return false;
  let before = start - 1;
  if (tokens[before]?.text !== ',') return false;
  while (before > 0 && !/^[,.;:!?]$/u.test(tokens[before - 1]?.text ?? '')) before--;
  // The head is not in that stretch.
  return grammar.background(
    tokens.slice(before, start - 1).map((t) => fold(t.text)),
    -1,
  );
}

/**
 * The trigger is a finite act of its own, not the complement of a request or threat: Russian
 * tells by morphology; English marks the complement with "to" ("urged Russia to release"),
 * Ukrainian with the infinitive ending ("закликав запровадити санкції").
 */
function isFiniteAct(doc: AnalyzedDoc, trigger: Trigger): boolean {
  const tokens = doc.layers.tokens ?? [];
  if (doc.lang === 'ru') return doc.layers.morphology?.[trigger.head]?.[0]?.pos === 'VERB';
  if (trigger.rule.noun) return false;
  // "to release", "the release of", "of blocking": infinitives, nouns and gerunds.
  if (doc.lang === 'en')
    return !trigger.words.some(
      (w) =>
        NOT_FINITE_BEFORE.has(fold(tokens[w - 1]?.text ?? '')) || /ing$/u.test(fold(tokens[w]?.text ?? '')),
    );
  // A past or present form of the verb among the trigger's words ("засудив", "передала", "вимагає").
  return trigger.words.some((w) =>
    /(?:[аяиіо]в|ла|ли|ло|вся|лася|лися|[ая]є|ють|ять|[иі]ть|ать|уть)$/u.test(fold(tokens[w]?.text ?? '')),
  );
}

/**
 * Who speaks for a state or an international body: heads of state and government, ministers,
 * spokespeople, envoys, the heads of alliances and organisations (not mayors, not "former").
 */
const SPEAKS_FOR_STATE =
  /^(?!former)(?:.*(?:president|prime minister|premier|chancellor|minister|secretary|spokes|press|representative|commissioner|ambassador|envoy|king|queen|emir|head of state|head of government|supreme leader|director general))/;
/** State bodies that speak for their state; police, courts and armies report rather than state. */
const SILENT_BODIES = /police|court|military|army|armed|guard|border/;

/**
 * Actors of international relations: a state or a body the knowledge base knows, or a person.
 * A statement needs someone who speaks for a state or holds an office.
 */
function isActor(candidate: ActorCandidate, doc: AnalyzedDoc): boolean {
  const id = candidate.actor.entity;
  const entity = id ? doc.layers.entities?.find((e) => e.id === id) : undefined;
  return candidate.actor.country !== null || entity?.entry !== undefined || entity?.kb != null;
}

function acceptable(trigger: Trigger, source: ActorCandidate, doc: AnalyzedDoc): boolean {
  const { rule } = trigger;
  // A warning is a threat only from someone named with it ("Врачи предупреждают" is no state's).
  const named = source.tokenStart >= trigger.clause.start && source.tokenEnd <= trigger.clause.end;
  if (rule.id.startsWith('threaten.warn') && !source.person && !named) return false;
  const entity = source.actor.entity
    ? doc.layers.entities?.find((e) => e.id === source.actor.entity)
    : undefined;
  if (!source.person) {
    if (rule.type === 'STATEMENT' && SILENT_BODIES.test(source.actor.role ?? '')) return false;
    return isActor(source, doc);
  }
  // Statements and warnings count from those who speak for a state ("Песков предупредил"), not
  // from doctors warning of a danger.
  if (rule.type !== 'STATEMENT' && !rule.id.startsWith('threaten.warn')) return true;
  // A notable statement is made by someone who speaks for a state or an international body.
  const roles = [source.actor.role ?? '', ...(entity?.roles ?? []).map((r) => r.role)];
  return roles.some((role) => SPEAKS_FOR_STATE.test(role));
}

/** The rules whose act a reaction names in its clause ("санкции", "учения"), if the grammar lists them. */
function namedAct(
  trigger: Trigger,
  context: SentenceContext,
  grammar: EventGrammar,
): readonly string[] | null {
  for (let i = trigger.clause.start; i < trigger.clause.end; i++) {
    if (trigger.words.includes(i)) continue;
    for (const [pattern, rules] of grammar.actNouns ?? []) {
      if (tokenMatches(context.doc, i, pattern)) return rules;
    }
  }
  return null;
}

/** Acts done to people, whose object may name protesters. */
const ON_PEOPLE = new Set(['COERCE', 'REQUEST', 'CONSULT', 'AGREE']);

/** The trigger's head names people who protest ("протестующих") or describes them ("protesting
 *  farmers"), not the act. */
function protesterAt(trigger: Trigger, doc: AnalyzedDoc): boolean {
  const { grammar } = LEXICONS[doc.lang];
  const at = (i: number, sequences: readonly (readonly string[])[] | undefined) =>
    (sequences ?? []).some((words) => matchSequence(doc, i, words) !== -1);
  return at(trigger.head, grammar.protesters) || at(trigger.head + 1, grammar.people);
}

const PURPOSE = new Set(['для']);

/**
 * "предоставить площадку для прямых переговоров", "средства для восстановления": a Russian noun
 * after "для" names a purpose, not an act that happened.
 */
function purposeNoun(trigger: Trigger, context: SentenceContext): boolean {
  const morphology = context.doc.layers.morphology ?? [];
  if (context.doc.lang !== 'ru' || morphology[trigger.head]?.[0]?.pos !== 'NOUN') return false;
  for (let i = trigger.head - 1; i >= Math.max(trigger.clause.start, trigger.head - 3); i--) {
    if (PURPOSE.has(fold(context.tokens[i]?.text ?? ''))) return true;
    // "прямых" reads first as a noun ("прямая"); any adjective reading will do.
    if (!(morphology[i] ?? []).some((r) => r.pos === 'ADJF' || r.pos === 'PRTF')) return false;
  }
  return false;
}

/**
 * The speaker stands for the actor: the same actor or state, or a person whose title names that
 * actor ("Генеральный секретарь НАТО Марк Рютте" for NATO).
 */
function speaksFor(speaker: ActorCandidate, actor: ActorCandidate, doc: AnalyzedDoc): boolean {
  if (speaker.key === actor.key) return true;
  if (speaker.actor.country !== null && speaker.actor.country === actor.actor.country) return true;
  const entity = doc.layers.entities?.find((e) => e.id === speaker.actor.entity);
  const id = actor.actor.entity;
  if (!entity || !id) return false;
  const mentions = (doc.layers.mentions ?? []).filter((m) => m.entity === id);
  return entity.roles.some(
    ({ span }) => span && mentions.some((m) => m.start >= span.start && m.end <= span.end),
  );
}

/**
 * "В Минобороны России заявили, что удар был нанесен по объектам ВПК", "Рютте подчеркнул, что
 * учения носят оборонительный характер": the acting side explaining an act the article has
 * already reported makes no notable statement of its own. Others' reactions to it count
 * ("Peskov said Russia had developed immunity to sanctions").
 */
function explainsOwnAct(
  trigger: Trigger,
  speaker: ActorCandidate,
  context: SentenceContext,
  grammar: EventGrammar,
): boolean {
  const end = context.clauses.at(-1)?.end ?? trigger.clause.end;
  for (let i = trigger.last + 1; i < end; i++) {
    for (const [pattern, rules] of grammar.actNouns ?? []) {
      if (!tokenMatches(context.doc, i, pattern)) continue;
      const reported = context.actedBefore.filter((a) => rules.some((p) => a.rule?.startsWith(p)));
      if (reported.some((a) => speaksFor(speaker, a.actor, context.doc))) return true;
    }
  }
  return false;
}

/** English past forms that open a second predicate after "and" / "but" ("... and said the EU would"). */
const EN_SECOND_VERB =
  /^(?:\w+ed|said|told|wrote|met|spoke|sent|gave|took|made|held|saw|went|came|began|left)$/u;

const EN_AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'again']);

/**
 * "Police said the protest was peaceful", "organisers said", "..., court sources said": in English
 * a common noun right before the reporting verb is its speaker, someone the text does not name;
 * the statement is not the last named actor's, nor that of a name earlier in the clause.
 */
function unnamedSpeaker(
  trigger: Trigger,
  context: SentenceContext,
  grammar: EventGrammar,
  named: boolean,
): boolean {
  if (context.doc.lang !== 'en') return false;
  let i = trigger.first - 1;
  while (i > trigger.clause.start && EN_AUXILIARIES.has(fold(context.tokens[i]?.text ?? ''))) i--;
  const token = context.tokens[i];
  if (token?.kind !== 'word' || i < trigger.clause.start) return false;
  const word = fold(token.text);
  if (grammar.personalPronouns.has(word) || word === 'and' || word === 'but' || /ly$/u.test(word))
    return false;
  // Against a subject named in the clause, only a lowercase noun ("court sources") speaks: a
  // capitalised word may be a name the tagger missed.
  if (named && !/^\p{Ll}/u.test(token.text)) return false;
  // "the president said", "the minister said": a title refers back to someone named before.
  for (let k = Math.max(trigger.clause.start, i - 3); k <= i; k++) {
    const role = roleAt(context.doc, k);
    if (role && role.end === i + 1) return false;
  }
  return !context.candidates.some((c) => c.tokenStart <= i && i < c.tokenEnd);
}

function finiteVerbIn(doc: AnalyzedDoc, from: number, to: number): boolean {
  const tokens = doc.layers.tokens ?? [];
  for (let i = from; i < to; i++) {
    if (doc.layers.morphology?.[i]?.[0]?.pos === 'VERB') return true;
    const word = fold(tokens[i]?.text ?? '');
    if (
      doc.lang === 'en' &&
      (word === 'and' || word === 'but') &&
      EN_SECOND_VERB.test(fold(tokens[i + 1]?.text ?? ''))
    )
      return true;
  }
  return false;
}

/**
 * "accused the West of ...": an English reaction whose object is a name the text knows no actor
 * by aims at that name, not at whoever acted last.
 */
function unknownObject(trigger: Trigger, context: SentenceContext): boolean {
  if (context.doc.lang !== 'en') return false;
  let i = trigger.last + 1;
  if (fold(context.tokens[i]?.text ?? '') === 'the') i++;
  const token = context.tokens[i];
  return (
    token?.kind === 'word' &&
    /^\p{Lu}/u.test(token.text) &&
    !context.candidates.some((c) => c.tokenStart <= i && i < c.tokenEnd)
  );
}

function objectPronounAfter(trigger: Trigger, context: SentenceContext, grammar: EventGrammar): boolean {
  for (let i = trigger.last + 1; i <= trigger.last + 2 && i < trigger.clause.end; i++) {
    if (grammar.objectPronouns.has(fold(context.tokens[i]?.text ?? ''))) return true;
  }
  return false;
}

function negatedRightBefore(trigger: Trigger, context: SentenceContext, grammar: EventGrammar): boolean {
  const before = context.tokens[trigger.first - 1];
  return before !== undefined && grammar.negation.has(fold(before.text));
}

/** "По итогам встречи министры подписали ...": the parties are those of the talks just reported. */
function participantsOf(trigger: Trigger, context: SentenceContext, grammar: EventGrammar): Arguments | null {
  // "стороны обсудили последствия российских ударов": the parties act together, not strike.
  const { rule } = trigger;
  if (!context.pair || !(SYMMETRIC.has(rule.type) || rule.joint || rule.mutual)) return null;
  for (let i = trigger.clause.start; i < trigger.first; i++) {
    if (!tokenMatches(context.doc, i, grammar.participants)) continue;
    // "стороны" reads first as a genitive singular; any nominative reading will do.
    const readings = context.doc.layers.morphology?.[i] ?? [];
    if (readings.length > 0 && !readings.some((r) => r.case === null || r.case === 'nomn')) continue;
    const [a, b] = context.pair;
    return { source: a, target: b, certainty: 0.7, joint: [a, b] };
  }
  return null;
}

/** "соглашение о прекращении огня между Израилем и ХАМАС": the parties named after "между". */
function betweenParties(trigger: Trigger, context: SentenceContext): Arguments | null {
  const between = new Set(['между', 'між', 'between']);
  const first = context.candidates.find(
    (c) =>
      c.prep !== null &&
      between.has(c.prep) &&
      c.tokenStart >= trigger.clause.start &&
      c.tokenEnd <= trigger.clause.end,
  );
  if (!first) return null;
  const text = (i: number) => context.tokens[i]?.text ?? '';
  const group = coordinated(first, context.candidates, CONJUNCTIONS, text);
  const [a, b] = group;
  return a && b ? { source: a, target: b, certainty: 0.8, joint: group } : null;
}

const PAIRING = new Set([',', '-', '–', '/', 'and']);

/**
 * "Ukraine, US talks to continue", "US-China talks": English names the parties of talks as the
 * pair of names right before the noun.
 */
function partiesBefore(trigger: Trigger, context: SentenceContext): Arguments | null {
  if (context.doc.lang !== 'en' || !SYMMETRIC.has(trigger.rule.type) || !trigger.rule.noun) return null;
  const acting = (c: ActorCandidate) => c.kind === 'mention' || c.kind === 'body' || c.kind === 'adjective';
  const b = context.candidates.find((c) => c.tokenEnd === trigger.first && acting(c));
  const a = b && context.candidates.find((c) => c.tokenEnd === b.tokenStart - 1 && acting(c));
  if (!a || !b || a.key === b.key || !PAIRING.has(fold(context.tokens[a.tokenEnd]?.text ?? ''))) return null;
  return { source: a, target: b, certainty: 0.8, joint: [a, b] };
}

const BOTH = /^(?:both|обе|обеим|обеих|обоих|обидві|обом|обох)$/u;

function bothSides(trigger: Trigger, context: SentenceContext): boolean {
  for (let i = trigger.last + 1; i < Math.min(trigger.clause.end, trigger.last + 4); i++) {
    if (BOTH.test(fold(context.tokens[i]?.text ?? ''))) return true;
  }
  return false;
}

/**
 * The two states other than the source's that the text names most often before the trigger, by
 * their names, places, people and adjectives
 * (a tie for second place names none): the sides of the conflict or dispute the article is about.
 */
function mainSides(context: SentenceContext, source: ActorCandidate, head: number): ActorCandidate[] {
  const { doc } = context;
  const counts = new Map<string, number>();
  const count = (country: string | null | undefined) => {
    if (country && country !== source.actor.country) counts.set(country, (counts.get(country) ?? 0) + 1);
  };
  // Named states, places and people, and the country adjectives ("Ukrainian President").
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  for (const mention of doc.layers.mentions ?? [])
    if (mention.tokenStart < head) count(entities.get(mention.entity ?? '')?.country);
  for (const match of doc.layers.gazetteer ?? [])
    if (match.tokenStart < head && match.kind === 'adjective') count(match.country);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  // A tie for second place names no two sides.
  if (top.length < 2 || top[1]?.[1] === top[2]?.[1]) return [];
  return top.slice(0, 2).map(([country]) => {
    const entity = doc.layers.entities?.find((e) => e.label === 'LOC' && e.entry === country);
    return {
      tokenStart: -1,
      tokenEnd: -1,
      cases: [],
      prep: null,
      kind: 'mention' as const,
      actor: { entity: entity?.id ?? null, name: entity?.name ?? null, country, role: null },
      key: country,
      person: false,
    };
  });
}

const WEEKDAY =
  /понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресень|понеділ|вівтор|середу|четвер|п'ятниц|субот|неділ|monday|tuesday|wednesday|thursday|friday|saturday|sunday/iu;

/**
 * "в пятницу встретится с Трампом": a weekday or a month resolved to the past for a planned
 * event is the coming one.
 */
function plannedForward(date: DateRecord, modality: Modality, published: string | null): string {
  if (modality !== 'planned' || !published) return date.value;
  // "посетит Китай в апреле", said in November: next April.
  if (date.value.length === 7 && date.value < published.slice(0, 7) && !/\d{4}/.test(date.text))
    return `${Number(date.value.slice(0, 4)) + 1}${date.value.slice(4)}`;
  if (date.value.length !== 10 || date.value >= published) return date.value;
  if (!WEEKDAY.test(date.text)) return date.value;
  const next = new Date(`${date.value}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 7);
  return next.toISOString().slice(0, 10);
}

/** Acts done on a day, unlike statements, requests or agreements made now about later acts. */
const SCHEDULED = new Set([
  'CONSULT',
  'AID',
  'MOBILIZE',
  'COOPERATE',
  'RETREAT',
  'SANCTION',
  'COERCE',
  'ASSAULT',
]);

/** A day or month later than the publication date (a bare year is too coarse to tell). */
function after(value: string, published: string | null): boolean {
  if (!published || value.length < 7) return false;
  return value.length === 7 ? value > published.slice(0, 7) : value > published;
}

/** Drops repeats of one actor: "удары по Киеву и Днепру" hit one country. */
function distinct<T extends ActorCandidate | null>(actors: T[]): T[] {
  const seen = new Set<string>();
  return actors.filter((a) => {
    const key = a?.key ?? '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function parties(
  args: Arguments,
  rule: TriggerRule,
  context: SentenceContext,
): [ActorCandidate, ActorCandidate | null][] {
  const text = (i: number) => context.tokens[i]?.text ?? '';
  // "с Рубио и обсуждал Украину": a verb between two names ends the list.
  // "congratulated the new prime minister and urged Prague": an English past form too.
  const verbAt = (i: number) =>
    context.doc.layers.morphology?.[i]?.[0]?.pos === 'VERB' ||
    (context.doc.lang === 'en' && EN_SECOND_VERB.test(fold(text(i))));
  const { source, target } = args;
  let sources =
    args.joint ??
    (source.tokenStart >= 0 && !args.single
      ? coordinated(source, context.candidates, CONJUNCTIONS, text, verbAt)
      : [source]);
  let targets: (ActorCandidate | null)[] = args.joint
    ? []
    : (args.targets ??
      (target ? coordinated(target, context.candidates, CONJUNCTIONS, text, verbAt) : [null]));
  sources = distinct(sources);
  targets = distinct(targets);
  // "Сибига и Каллас обсудили": a joint act of two parties is one event between them, or one
  // each way when each acts on the other ("подписали соглашение", "обменялись пленными").
  if (
    (args.joint || !target) &&
    sources.length > 1 &&
    (SYMMETRIC.has(rule.type) || rule.joint || rule.mutual)
  ) {
    const [first, ...others] = sources as [ActorCandidate, ...ActorCandidate[]];
    const pairs: [ActorCandidate, ActorCandidate | null][] = others.map((o) => [first, o]);
    if (rule.mutual) for (const o of others) pairs.push([o, first]);
    return pairs;
  }
  if (targets.length === 0) targets = [null];
  // "Россия обменялась пленными с Украиной", "подписал соглашение с ...": each way.
  if (rule.mutual && !args.oneWay) {
    return sources.flatMap((s) =>
      targets.flatMap((t): [ActorCandidate, ActorCandidate | null][] =>
        t === null
          ? [[s, null]]
          : t.key === s.key
            ? []
            : [
                [s, t],
                [t, s],
              ],
      ),
    );
  }
  // "Израиль и США отвергают подобный шаг": one of the subjects is no target of the others.
  const own = targets.filter((t) => t === null || !sources.some((s) => s.key === t.key));
  return sources.flatMap((s) =>
    (own.length > 0 ? own : [null]).map((t): [ActorCandidate, ActorCandidate | null] => [s, t]),
  );
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
    const args =
      referredBack ??
      participantsOf(trigger, context, lexicon.grammar) ??
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
