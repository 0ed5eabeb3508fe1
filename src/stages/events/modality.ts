/** Whether an event is asserted, planned, hypothetical or denied, from cues in its clause. */
import type { Modality } from '../../core/doc.js';
import type { AnalyzedDoc } from '../../core/layers.js';
import { fold } from '../../core/token-pattern.js';
import type { EventGrammar } from '../../lang/shared/events.js';
import type { Trigger } from './triggers.js';

const COORDINATORS = new Set(['and', 'but', 'і', 'й', 'та', 'але', 'однак', 'проте', 'и', 'но', 'однако']);

export function modalityOf(
  doc: AnalyzedDoc,
  trigger: Trigger,
  grammar: EventGrammar,
  sentence: { start: number },
): { modality: Modality; negated: boolean } {
  const tokens = doc.layers.tokens ?? [];
  const word = (i: number) => fold(tokens[i]?.text ?? '');
  const { clause, first } = trigger;
  let negated = false;
  if (!trigger.rule.negative) {
    for (let i = Math.max(clause.start, first - 2); i < first; i++)
      if (grammar.negation.has(word(i))) negated = true;
  }
  // "Лавров опроверг сообщения о том, что встречался с Рубио": the report is denied.
  // "denied any involvement and said Moscow would respond", "опровергает эти слухи и требует":
  // a second verb is not denied; inside what is denied ("опроверг, что встречался ... и ...")
  // it is.
  let coordinator = -1;
  let complement = -1;
  for (let i = first - 1; i >= 0 && (tokens[i]?.start ?? -1) >= sentence.start; i--) {
    const w = word(i);
    if (grammar.denial.has(w)) {
      const inside = complement !== -1 && complement < coordinator;
      if (coordinator === -1 || (doc.lang === 'ru' && inside)) negated = true;
      break;
    }
    if (COORDINATORS.has(w) && coordinator === -1) coordinator = i;
    if (grammar.complementisers.has(w) || w === 'том') complement = i;
  }
  // "подготовка встречи Путина и Трампа «пока не ведется»", "визит не состоится": a Russian
  // noun act whose own clause denies its verb did not happen.
  if (!negated && !trigger.rule.negative && nounDeniedAfter(doc, trigger, grammar)) negated = true;
  if (negated) return { modality: 'denied', negated: true };
  let hypothetical = false;
  let planned = false;
  const morphology = doc.layers.morphology ?? [];
  for (let i = clause.start; i < clause.end; i++) {
    const w = word(i);
    if (w === 'если' || w === 'якщо' || w === 'if' || w === 'бы' || w === 'би') hypothetical = true;
    if (i < first && i >= first - (grammar.cueWindow ?? first) && grammar.planned.has(w)) planned = true;
    // "пообещал продолжить поддержку и уже в среду провел разговор": a verb in the past tense
    // between the cue and the trigger states what happened.
    if (
      planned &&
      i > clause.start &&
      i < first &&
      morphology[i]?.[0]?.pos === 'VERB' &&
      morphology[i]?.[0]?.tense === 'past'
    )
      planned = grammar.planned.has(w);
  }
  // "Poland to close last border crossing", "EU to impose new sanctions": a headline's name +
  // "to" + verb is what will be; so are "talks to continue in Geneva", "summit to go ahead".
  if (doc.lang === 'en' && headlineFuture(tokens, trigger)) planned = true;
  const head = doc.layers.morphology?.[trigger.head]?.[0];
  // "договорились довести товарооборот ... и подписали программу": a verb in the past states a fact.
  if (head?.pos === 'VERB' && head.tense === 'past' && !trigger.rule.planned) planned = false;
  // A trigger word that is itself a future form the grammar lists ("передасть").
  if (
    head?.tense === 'futr' ||
    trigger.rule.planned ||
    trigger.words.some((i) => grammar.futureForms?.has(word(i)))
  )
    planned = true;
  // A threat or a refusal is made now, whatever future or condition it speaks of ("Moscow would
  // respond", "would conduct its own tests if ...", "Budapest will not take part").
  if (trigger.rule.type === 'THREATEN' || trigger.rule.negative)
    return { modality: 'asserted', negated: false };
  if (hypothetical) return { modality: 'hypothetical', negated: false };
  return { modality: planned ? 'planned' : 'asserted', negated: false };
}

/** Verbs a headline gives a noun act for what will happen: "talks to resume on Monday". */
const ASPECT = new Set(['continue', 'resume', 'begin', 'start', 'go', 'take', 'be', 'proceed']);

function headlineFuture(tokens: readonly { text: string }[], trigger: Trigger): boolean {
  const word = (i: number) => fold(tokens[i]?.text ?? '');
  const { first, last, clause } = trigger;
  for (let to = Math.max(clause.start + 1, first - 3); to < first; to++) {
    if (word(to) === 'to' && /^\p{Lu}/u.test(tokens[to - 1]?.text ?? '')) return true;
  }
  // The noun's own verb, with nothing after it that it would act on.
  if (!trigger.rule.noun || word(last + 1) !== 'to' || !ASPECT.has(word(last + 2))) return false;
  const next = tokens[last + 3]?.text ?? '';
  return (
    last + 3 >= clause.end ||
    !/^\p{L}/u.test(next) ||
    /^(?:in|on|at|next|this|ahead|place|held)$/u.test(word(last + 3))
  );
}

function nounDeniedAfter(doc: AnalyzedDoc, trigger: Trigger, grammar: EventGrammar): boolean {
  const morphology = doc.layers.morphology ?? [];
  if (doc.lang !== 'ru' || morphology[trigger.head]?.[0]?.pos !== 'NOUN') return false;
  // Only a noun before any verb of its clause: "X провел переговоры, не ..." is not denied.
  for (let i = trigger.clause.start; i < trigger.first; i++)
    if (morphology[i]?.[0]?.pos === 'VERB') return false;
  const tokens = doc.layers.tokens ?? [];
  for (let i = trigger.last + 1; i < trigger.clause.end - 1; i++) {
    const verb = morphology[i + 1]?.[0]?.pos;
    if (grammar.negation.has(fold(tokens[i]?.text ?? '')) && (verb === 'VERB' || verb === 'PRTS'))
      return true;
    if (morphology[i]?.[0]?.pos === 'VERB') return false;
  }
  return false;
}
