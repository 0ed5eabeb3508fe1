/**
 * Source and target of a trigger from case morphology and the rule's frame: the nominative
 * subject acts; "с" + instrumental, "против" + genitive, a dative recipient... receive. Where
 * the language has no case readings, position and prepositions decide.
 */
import type { Case } from '../../core/layers.js';
import { keyMatches } from '../../core/token-pattern.js';
import type { Slot } from '../../lang/shared/events.js';
import type { ActorCandidate } from './actors.js';
import type { Trigger } from './triggers.js';

function hasCase(candidate: ActorCandidate, cases: readonly Case[] | undefined): boolean {
  if (!cases || candidate.cases.length === 0) return true;
  return candidate.cases.some((c) => cases.includes(c));
}

function prepMatches(candidate: ActorCandidate, slot: Slot): boolean {
  if (!slot.prep) return candidate.prep === null;
  return candidate.prep !== null && keyMatches({ surface: candidate.prep, lemmas: [] }, slot.prep);
}

/**
 * The slot is filled through the phrase the actor completes: "ударил по [югу] Ливана",
 * "поддержал [решение] Варшавы" (a bare object only after its verb: before it, the phrase may
 * be the subject).
 */
function viaMatches(candidate: ActorCandidate, slot: Slot, trigger: Trigger): boolean {
  const via = candidate.via;
  if (!via) return false;
  if (slot.prep) {
    if (via.prep === null || !keyMatches({ surface: via.prep, lemmas: [] }, slot.prep)) return false;
  } else if (via.prep !== null || candidate.tokenStart <= trigger.last) {
    return false;
  }
  return !slot.cases || via.cases.some((c) => slot.cases?.includes(c));
}

/** The phrase stands apart from the trigger's own words. */
function apart(c: ActorCandidate, trigger: Trigger): boolean {
  // A companion word may belong to the phrase ("вызвал [посла России]"); the head may not.
  return !trigger.words.some((w) => w === trigger.head && w >= c.tokenStart && w < c.tokenEnd);
}

function byDistance(head: number, preferAfter: boolean) {
  return (a: ActorCandidate, b: ActorCandidate) => {
    const da = a.tokenStart > head ? a.tokenStart - head : head - a.tokenEnd + (preferAfter ? 100 : 0);
    const db = b.tokenStart > head ? b.tokenStart - head : head - b.tokenEnd + (preferAfter ? 100 : 0);
    return da - db;
  };
}

/** The candidates coordinated with `one` by "и", "та", "and" or a comma: "Япония и Новая Зеландия". */
export function coordinated(
  one: ActorCandidate,
  all: readonly ActorCandidate[],
  conjunctions: ReadonlySet<string>,
  tokenText: (i: number) => string,
  verbAt: (i: number) => boolean = () => false,
): ActorCandidate[] {
  // "Израилем и движением ХАМАС": a common noun may stand between the conjunction and the name.
  const gap = (a: ActorCandidate, b: ActorCandidate) =>
    b.tokenStart === a.tokenEnd + 1 ||
    (b.tokenStart === a.tokenEnd + 2 &&
      /^\p{Ll}+$/u.test(tokenText(a.tokenEnd + 1)) &&
      !verbAt(a.tokenEnd + 1));
  const joined = (a: ActorCandidate, b: ActorCandidate) =>
    gap(a, b) &&
    conjunctions.has(tokenText(a.tokenEnd).toLowerCase()) &&
    (b.kind === a.kind || b.kind === 'mention' || a.kind === 'mention') &&
    (a.cases.length === 0 || b.cases.length === 0 || a.cases.some((c) => b.cases.includes(c)));
  const group = [one];
  for (let first = one, found = true; found; ) {
    const previous = all.find((c) => joined(c, first));
    found = previous !== undefined;
    if (previous) {
      group.unshift(previous);
      first = previous;
    }
  }
  for (let last = one, found = true; found; ) {
    const next = all.find((c) => joined(last, c));
    found = next !== undefined;
    if (next) {
      group.push(next);
      last = next;
    }
  }
  // A comma lists actors only in a list that a conjunction closes ("A, B и C"), not in
  // "Как сообщал OBOZ.UA, парламент Японии ...".
  // The joining word stands right after the previous member ("Trump, an Elysee official").
  const words = group.slice(0, -1).map((c) => tokenText(c.tokenEnd));
  return words.length > 0 && words.every((w) => w === ',') ? [one] : group;
}

const SUBJECT_CASES: readonly Case[] = ['nomn'];

export function findSubject(
  trigger: Trigger,
  candidates: readonly ActorCandidate[],
  ordered: 'free' | 'svo',
  caseless = false,
): ActorCandidate | null {
  const { clause, head } = trigger;
  const options = candidates.filter(
    (c) =>
      c.tokenStart >= clause.start &&
      c.tokenEnd <= clause.end &&
      (c.prep === null || (c.leads === true && c.tokenEnd <= trigger.first)) &&
      // "раскритиковали визит Барро": after the verb, a name completing a noun is no subject.
      !(c.attribute && c.tokenStart > trigger.last && !trigger.words.includes(c.via?.noun ?? -1)) &&
      // "фермеров из стран ЕС провели": a name inside a prepositional phrase is no subject.
      !(c.attribute && c.via?.prep != null) &&
      (c.kind === 'mention' || c.kind === 'descriptor' || c.kind === 'body') &&
      apart(c, trigger) &&
      (hasCase(c, SUBJECT_CASES) || c.leads === true) &&
      (ordered === 'free' || c.tokenEnd <= trigger.first),
  );
  // Prefer a subject before the verb, then the nearest one after it ("расширила Новая Зеландия").
  options.sort(byDistance(head, false));
  return (
    // English names carry no case: the nearest one before the verb.
    options.find((c) => c.tokenEnd <= trigger.first && (caseless || c.cases.includes('nomn'))) ??
    options.find((c) => c.tokenEnd <= trigger.first) ??
    options[0] ??
    null
  );
}

export function findTarget(
  trigger: Trigger,
  slots: readonly Slot[],
  candidates: readonly ActorCandidate[],
  exclude: ActorCandidate | null,
  scope: { start: number; end: number },
  svo = false,
): ActorCandidate | null {
  // First pass: a phrase must show the slot's case; second pass: a name whose case cannot be
  // told ("по механизму PURL", "Tomahawk") may fill it when nothing else does.
  for (const strict of [true, false]) {
    for (const slot of slots) {
      const options = candidates.filter(
        (c) =>
          c !== exclude &&
          c.key !== exclude?.key &&
          c.tokenStart >= scope.start &&
          c.tokenEnd <= scope.end &&
          apart(c, trigger) &&
          (slot.adjective ? true : c.kind !== 'adjective' && c.kind !== 'weapon') &&
          (!slot.person || c.person) &&
          ((prepMatches(c, slot) &&
            hasCase(c, slot.cases) &&
            (!strict || !slot.cases || c.cases.length > 0) &&
            !(
              c.attribute &&
              !slot.prep &&
              !slot.cases?.includes('gent') &&
              !trigger.words.includes(c.via?.noun ?? -1)
            )) ||
            viaMatches(c, slot, trigger)) &&
          // English shows the object by position only: it follows its verb, right after it
          // ("condemned the strike as ... and said the EU would" has no actor as object).
          (!svo ||
            (slot.prep !== undefined && c.tokenStart - trigger.last <= 8) ||
            (c.tokenStart > trigger.first && c.tokenStart - trigger.last <= 4)),
      );
      options.sort(byDistance(trigger.head, true));
      if (options[0]) return options[0];
    }
  }
  return null;
}

export function findAdjectiveSource(
  trigger: Trigger,
  candidates: readonly ActorCandidate[],
): ActorCandidate | null {
  const near = candidates.filter(
    (c) =>
      (c.kind === 'adjective' || c.kind === 'weapon') &&
      c.tokenStart >= trigger.clause.start &&
      c.tokenEnd <= trigger.clause.end &&
      Math.abs(c.tokenStart - trigger.head) <= 6 &&
      // "протестуют против импорта украинского зерна": after a preposition it is the target's.
      !(c.tokenStart > trigger.last && c.prep !== null),
  );
  near.sort(byDistance(trigger.head, false));
  return near[0] ?? null;
}
