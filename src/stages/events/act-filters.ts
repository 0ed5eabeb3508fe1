/**
 * Which triggers of a sentence report an act, and whose: complements of speech and requests,
 * conditions, background summaries, purposes, statements by whom and about what, reactions
 * aimed at what they name.
 */
import type { AnalyzedDoc, Token } from '../../core/layers.js';
import { fold, matchSequence, tokenMatches } from '../../core/token-pattern.js';
import type { EventGrammar } from '../../lang/shared/events.js';
import { roleAt } from '../entities/roles.js';
import type { ActorCandidate } from './actors.js';
import type { Clause } from './clauses.js';
import type { SentenceContext } from './context.js';
import { LEXICONS } from './lexicon.js';
import type { Trigger } from './triggers.js';

export function hasComplement(
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
export const THREAT_CAMEO = '130';
const CONDITIONS = new Set(['если', 'якщо', 'if', 'unless']);

/**
 * The trigger's clause or the one after it states a condition after the trigger ("..., якщо
 * провокації триватимуть"); a trigger inside the condition ("если Варшава разместит ракеты") is
 * what is feared, not a threat.
 */
export function conditional(trigger: Trigger, context: SentenceContext): boolean {
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
export function conditionAfter(trigger: Trigger, context: SentenceContext): number | null {
  for (let i = trigger.last + 1; i < trigger.clause.end; i++)
    if (CONDITIONS.has(fold(context.tokens[i]?.text ?? ''))) return i;
  return null;
}

export function opensWithCondition(clause: Clause | undefined, context: SentenceContext): boolean {
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
export function inBackground(trigger: Trigger, tokens: readonly Token[], grammar: EventGrammar): boolean {
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
export function isFiniteAct(doc: AnalyzedDoc, trigger: Trigger): boolean {
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
export function isActor(candidate: ActorCandidate, doc: AnalyzedDoc): boolean {
  const id = candidate.actor.entity;
  const entity = id ? doc.layers.entities?.find((e) => e.id === id) : undefined;
  return candidate.actor.country !== null || entity?.entry !== undefined || entity?.kb != null;
}

export function acceptable(trigger: Trigger, source: ActorCandidate, doc: AnalyzedDoc): boolean {
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
export function namedAct(
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
export const ON_PEOPLE = new Set(['COERCE', 'REQUEST', 'CONSULT', 'AGREE']);

/** The trigger's head names people who protest ("протестующих") or describes them ("protesting
 *  farmers"), not the act. */
export function protesterAt(trigger: Trigger, doc: AnalyzedDoc): boolean {
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
export function purposeNoun(trigger: Trigger, context: SentenceContext): boolean {
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
export function explainsOwnAct(
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
export const EN_SECOND_VERB =
  /^(?:\w+ed|said|told|wrote|met|spoke|sent|gave|took|made|held|saw|went|came|began|left)$/u;

const EN_AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'again']);

/**
 * "Police said the protest was peaceful", "organisers said", "..., court sources said": in English
 * a common noun right before the reporting verb is its speaker, someone the text does not name;
 * the statement is not the last named actor's, nor that of a name earlier in the clause.
 */
export function unnamedSpeaker(
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

export function finiteVerbIn(doc: AnalyzedDoc, from: number, to: number): boolean {
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
export function unknownObject(trigger: Trigger, context: SentenceContext): boolean {
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

export function objectPronounAfter(
  trigger: Trigger,
  context: SentenceContext,
  grammar: EventGrammar,
): boolean {
  for (let i = trigger.last + 1; i <= trigger.last + 2 && i < trigger.clause.end; i++) {
    if (grammar.objectPronouns.has(fold(context.tokens[i]?.text ?? ''))) return true;
  }
  return false;
}

export function negatedRightBefore(
  trigger: Trigger,
  context: SentenceContext,
  grammar: EventGrammar,
): boolean {
  const before = context.tokens[trigger.first - 1];
  return before !== undefined && grammar.negation.has(fold(before.text));
}
