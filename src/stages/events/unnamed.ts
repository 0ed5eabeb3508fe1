/**
 * Subjects the text names no actor by: a Russian common noun ("Оппозиция обвиняет", "полиция
 * задержала"), protesters, an English group of people ("Students also called on"). The acting
 * subject is then unknown, or the people who last protested, not the paragraph's last subject.
 */
import { fold, matchSequence } from '../../core/token-pattern.js';
import type { EventGrammar } from '../../lang/shared/events.js';
import type { ActorCandidate } from './actors.js';
import type { SentenceContext } from './context.js';
import type { Trigger } from './triggers.js';

/** Words that may stand between "and" and its second verb: "and also urged", "but has declined". */
export const BEFORE_VERB = new Set([
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

/** A noun for protesters before the trigger in its clause, outside any actor and preposition. */
export function protestersBefore(trigger: Trigger, context: SentenceContext, grammar: EventGrammar): boolean {
  const { doc } = context;
  const prepositions = /^(?:с|со|у|от|против|для|з|із|від|проти|with|against|by|for|of)$/u;
  for (let i = trigger.clause.start; i < trigger.first; i++) {
    if (!(grammar.protesters ?? []).some((words) => matchSequence(doc, i, words) !== -1)) continue;
    if (context.candidates.some((c) => c.tokenStart <= i && i < c.tokenEnd)) continue;
    if (prepositions.test(fold(context.tokens[i - 1]?.text ?? ''))) continue;
    // The subject: in Russian a nominative ("осудила задержания демонстрантов и призвала" is
    // not); elsewhere right before the verb, with no actor between.
    const nominative = (doc.layers.morphology?.[i] ?? []).some((r) => r.case === 'nomn');
    const near =
      trigger.first - i <= 4 &&
      !context.candidates.some((c) => c.tokenStart > i && c.tokenEnd <= trigger.first);
    if (doc.lang === 'ru' ? nominative : near) return true;
  }
  return false;
}

/** Nouns for groups of people by what they do: "students", "critics", "lawmakers", "activists". */
const GROUP = /^(?:\p{L}+(?:ers|ists|ents|ants|ics|ians|ors)|people|opposition|unions)$/u;
const NOT_GROUP =
  /^(?:they|we|it|he|she|this|these|those|both|sides|leaders|ministers|parties|partners|delegations|presidents)$/u;

/**
 * The clause opens with a plural noun phrase of people right before its verb (past "also",
 * "later", auxiliaries), which no actor covers: "Students also called on", "Opposition lawmakers
 * criticised".
 */
export function englishGroupSubject(trigger: Trigger, context: SentenceContext): boolean {
  const word = (i: number) => fold(context.tokens[i]?.text ?? '');
  let end = trigger.first - 1;
  while (end > trigger.clause.start && BEFORE_VERB.has(word(end))) end--;
  if (end < trigger.clause.start || end - trigger.clause.start > 3 || !GROUP.test(word(end))) return false;
  for (let i = trigger.clause.start; i <= end; i++) {
    if (context.tokens[i]?.kind !== 'word' || NOT_GROUP.test(word(i))) return false;
    if (context.candidates.some((c) => c.tokenStart <= i && i < c.tokenEnd)) return false;
  }
  return true;
}

/** Common nouns for a state's government, which refer back to the state in question. */
export const STATE_NOUNS = /^(?:власти|правительство|руководство|кабинет|администрация)$/u;

export function nominativeOnly(c: ActorCandidate): boolean {
  return c.cases.length > 0 && c.cases.every((k) => k === 'nomn');
}

/**
 * A Russian nominative common noun before the verb that agrees with it and that no actor
 * candidate covers: the clause's subject is someone the text does not name as an actor
 * ("Оппозиция обвиняет", "правительство одобрило", "полиция задержала"). Its token, or null.
 */
export function unnamedSubject(trigger: Trigger, context: SentenceContext): number | null {
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
