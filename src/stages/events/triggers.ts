/** Finding event triggers: a rule's head and its companion words within a clause. */
import type { AnalyzedDoc } from '../../core/layers.js';
import { keyMatches, tokenKeys } from '../../core/token-pattern.js';
import type { TriggerRule } from '../../lang/shared/events.js';
import type { Clause } from './clauses.js';
import type { EventLexicon } from './lexicon.js';

export interface Trigger {
  rule: TriggerRule;
  head: number;
  /** First and last token of the head and companion words. */
  first: number;
  last: number;
  /** The tokens of the head and companion words (arguments may stand between them). */
  words: readonly number[];
  clause: Clause;
  mode: string | null;
  cameo: string;
}

const DEFAULT_WINDOW = 3;

function findNear(doc: AnalyzedDoc, clause: Clause, head: number, window: number, pattern: string): number {
  const keys = tokenKeys(doc);
  for (let distance = 1; distance <= window; distance++) {
    for (const i of [head + distance, head - distance]) {
      const key = keys[i];
      if (key && i >= clause.start && i < clause.end && keyMatches(key, pattern)) return i;
    }
  }
  return -1;
}

/**
 * "на растущие прибыли": a word that reads as a verb and as a noun is the noun after a
 * preposition or an adjective (Russian, where the analyser gives both readings).
 */
function nounAfterModifier(doc: AnalyzedDoc, head: number): boolean {
  const readings = doc.layers.morphology?.[head] ?? [];
  if (doc.lang !== 'ru' || readings[0]?.pos !== 'VERB' || !readings.some((r) => r.pos === 'NOUN'))
    return false;
  const before = doc.layers.morphology?.[head - 1]?.[0]?.pos;
  return before === 'PREP' || before === 'ADJF' || before === 'PRTF';
}

const EN_DETERMINERS = /^(?:the|a|an|its|his|her|their|our|this|these|those|[\p{L}.-]+['’]s)$/iu;

/** "the proposed deal", "the expelled diplomats", "Russia's detained sailors": an English
 *  participle after a determiner describes a noun; it reports no act. */
function participleAsAdjective(doc: AnalyzedDoc, rule: TriggerRule, head: number): boolean {
  if (doc.lang !== 'en' || rule.noun) return false;
  const tokens = doc.layers.tokens ?? [];
  return /ed$/u.test(tokens[head]?.text ?? '') && EN_DETERMINERS.test(tokens[head - 1]?.text ?? '');
}

function clauseHas(doc: AnalyzedDoc, clause: Clause, pattern: string): boolean {
  const keys = tokenKeys(doc);
  for (let i = clause.start; i < clause.end; i++) {
    const key = keys[i];
    if (key && keyMatches(key, pattern)) return true;
  }
  return false;
}

function matchRule(doc: AnalyzedDoc, rule: TriggerRule, head: number, clause: Clause): Trigger | null {
  const keys = tokenKeys(doc);
  const headKeys = keys[head];
  if (!headKeys || !keyMatches(headKeys, rule.words[0] ?? '')) return null;
  if (nounAfterModifier(doc, head) || participleAsAdjective(doc, rule, head)) return null;
  const window = rule.window ?? DEFAULT_WINDOW;
  let first = head;
  let last = head;
  const words = [head];
  for (const word of rule.words.slice(1)) {
    const at = findNear(doc, clause, head, window, word);
    if (at === -1) return null;
    first = Math.min(first, at);
    last = Math.max(last, at);
    words.push(at);
  }
  if (rule.unless && clauseHas(doc, clause, rule.unless)) return null;
  let mode = rule.mode;
  let cameo = rule.cameo;
  for (const refinement of rule.refine ?? []) {
    if (findNear(doc, clause, head, 6, refinement.word) !== -1) {
      mode = refinement.mode;
      cameo = refinement.cameo ?? cameo;
      break;
    }
  }
  return { rule, head, first, last, words, clause, mode, cameo };
}

/** Triggers in the clauses of one sentence; a token serves at most one trigger. */
export function findTriggers(doc: AnalyzedDoc, lexicon: EventLexicon, clauses: readonly Clause[]): Trigger[] {
  const keys = tokenKeys(doc);
  const found: Trigger[] = [];
  const used = new Set<number>();
  for (const clause of clauses) {
    for (let i = clause.start; i < clause.end; i++) {
      if (used.has(i)) continue;
      const key = keys[i];
      if (!key) continue;
      // Lexicon order is priority order: multi-word, more specific rules come first.
      for (const rule of lexicon.triggerIndex.candidates(key)) {
        const trigger = matchRule(doc, rule, i, clause);
        if (!trigger) continue;
        found.push(trigger);
        for (const k of trigger.words) used.add(k);
        break;
      }
    }
  }
  // "схвалила нові санкції", "attacked the IT systems": a rule that takes an earlier trigger's
  // head word as its companion states the act more precisely; the bare verb is no act of its own.
  return found.filter(
    (t) => t.words.length > 1 || !found.some((other) => other !== t && other.words.includes(t.head)),
  );
}
