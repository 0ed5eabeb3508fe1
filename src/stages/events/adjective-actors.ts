/**
 * Actors told by a country adjective rather than a name: the subject noun phrase of a clause
 * ("Французские военные моряки задержали", "Ukrainian naval drones hit") or the phrase of an
 * event noun ("a Russian drone attack"). Russian checks case and number agreement with the verb;
 * English and Ukrainian go by the shape of the phrase.
 */
import type { ActorCandidate } from './actors.js';
import type { SentenceContext } from './context.js';
import type { Trigger } from './triggers.js';

/**
 * A Russian subject that is a common noun with a country adjective: "Французские военные моряки
 * задержали", "польские пограничники задержали". The adjective opens the clause (or follows only
 * adverbs), its noun is nominative and agrees with the verb in number.
 */
export function adjectiveSubject(
  trigger: Trigger,
  context: SentenceContext,
): { actor: ActorCandidate; certainty: number } | null {
  const { doc } = context;
  if (doc.lang !== 'ru') return null;
  const morphology = doc.layers.morphology ?? [];
  const verb = morphology[trigger.head]?.[0];
  if (verb?.pos !== 'VERB') return null;
  const adjective = context.candidates.find(
    (c) =>
      c.kind === 'adjective' &&
      c.prep === null &&
      c.tokenStart >= trigger.clause.start &&
      c.tokenEnd < trigger.first &&
      c.cases.includes('nomn'),
  );
  if (!adjective) return null;
  // Only adverbs and other words of the subject phrase before it ("Вчера французские ...").
  for (let i = trigger.clause.start; i < adjective.tokenStart; i++) {
    const pos = morphology[i]?.[0]?.pos;
    if (pos !== 'ADVB' && pos !== 'CONJ' && pos !== 'PRCL') return null;
  }
  for (let i = adjective.tokenEnd; i < trigger.first; i++) {
    const reading = morphology[i]?.[0];
    if (reading?.pos === 'ADJF' || reading?.pos === 'PRTF') continue;
    if (reading?.pos !== 'NOUN') return null;
    // "Российский президент Владимир Путин": the noun is part of a named actor's phrase.
    if (context.candidates.some((c) => c !== adjective && c.tokenStart <= i && i < c.tokenEnd)) return null;
    const nominative = (morphology[i] ?? []).some(
      (r) => r.pos === 'NOUN' && r.case === 'nomn' && (!verb.number || r.number === verb.number),
    );
    return nominative ? { actor: adjective, certainty: 0.9 } : null;
  }
  return null;
}

/** "Ukrainian naval drones hit ...": a country adjective opening the noun phrase right before the verb. */
export function adjectiveOfSubject(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  return (
    context.candidates.find(
      (c) =>
        (c.kind === 'adjective' || c.kind === 'weapon') &&
        c.prep === null &&
        c.tokenStart >= trigger.clause.start &&
        c.tokenEnd <= trigger.first &&
        trigger.first - c.tokenEnd <= 3 &&
        context.tokens.slice(c.tokenEnd, trigger.first).every((t) => /^\p{Ll}+$/u.test(t.text)),
    ) ?? null
  );
}

/** "a Russian drone attack", "Russian strikes": the adjective within the noun's phrase. */
export function adjectiveBefore(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  return (
    context.candidates.findLast(
      (c) =>
        c.kind === 'adjective' &&
        c.tokenEnd <= trigger.first &&
        c.tokenEnd >= trigger.first - 2 &&
        c.tokenStart >= trigger.clause.start &&
        context.tokens.slice(c.tokenEnd, trigger.first).every((t) => /^\p{Ll}/u.test(t.text)),
    ) ?? null
  );
}
