/**
 * The parties of an event beyond its own slots: the parties of the talks just reported
 * ("стороны"), those named after "между" or before an English noun ("Ukraine, US talks"), "both
 * sides", and one record per coordinated source and target.
 */
import { fold, tokenMatches } from '../../core/token-pattern.js';
import type { EventGrammar, TriggerRule } from '../../lang/shared/events.js';
import { EN_SECOND_VERB } from './act-filters.js';
import type { ActorCandidate } from './actors.js';
import { coordinated } from './arguments.js';
import type { SentenceContext } from './context.js';
import type { Arguments } from './resolve.js';
import type { Trigger } from './triggers.js';

export const CONJUNCTIONS = new Set(['и', 'й', 'і', 'та', 'and', ',']);
export const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

/** "По итогам встречи министры подписали ...": the parties are those of the talks just reported. */
export function participantsOf(
  trigger: Trigger,
  context: SentenceContext,
  grammar: EventGrammar,
): Arguments | null {
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
export function betweenParties(trigger: Trigger, context: SentenceContext): Arguments | null {
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
export function partiesBefore(trigger: Trigger, context: SentenceContext): Arguments | null {
  if (context.doc.lang !== 'en' || !SYMMETRIC.has(trigger.rule.type) || !trigger.rule.noun) return null;
  const acting = (c: ActorCandidate) => c.kind === 'mention' || c.kind === 'body' || c.kind === 'adjective';
  const b = context.candidates.find((c) => c.tokenEnd === trigger.first && acting(c));
  const a = b && context.candidates.find((c) => c.tokenEnd === b.tokenStart - 1 && acting(c));
  if (!a || !b || a.key === b.key || !PAIRING.has(fold(context.tokens[a.tokenEnd]?.text ?? ''))) return null;
  return { source: a, target: b, certainty: 0.8, joint: [a, b] };
}

const BOTH = /^(?:both|обе|обеим|обеих|обоих|обидві|обом|обох)$/u;

export function bothSides(trigger: Trigger, context: SentenceContext): boolean {
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
export function mainSides(context: SentenceContext, source: ActorCandidate, head: number): ActorCandidate[] {
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

export function parties(
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
  targets = leadersOfState(distinct(targets));
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

const LEADERS = /^(?:president|prime minister|chancellor|king|queen|emir|crown prince|sultan)$/;

/**
 * "подякував ОАЕ та особисто президентові Мухаммеду бін Заїду": a leader named beside a state
 * by a title that names no state is that state's.
 */
function leadersOfState(targets: (ActorCandidate | null)[]): (ActorCandidate | null)[] {
  const states = new Set(
    targets.filter((t) => t && !t.person && t.actor.country).map((t) => t?.actor.country),
  );
  if (states.size !== 1) return targets;
  const [country] = [...states] as string[];
  return targets.map((t) =>
    t?.person && t.actor.country === null && LEADERS.test(t.actor.role ?? '')
      ? { ...t, actor: { ...t.actor, country: country ?? null } }
      : t,
  );
}
