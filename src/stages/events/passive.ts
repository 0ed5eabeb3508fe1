/**
 * Passive clauses: "санкции были введены Евросоюзом", "були запроваджені Новою Зеландією",
 * "were imposed by the EU". The actor is the agent, or nobody named.
 */
import { fold } from '../../core/token-pattern.js';
import type { ActorCandidate } from './actors.js';
import type { SentenceContext } from './context.js';
import type { Trigger } from './triggers.js';

/** Auxiliaries before a passive participle where no morphology tells one ("були запроваджені"). */
const PASSIVE_AUXILIARIES = new Set([
  'був',
  'була',
  'було',
  'були',
  'буде',
  'будуть',
  'was',
  'were',
  'been',
  'be',
  'is',
  'are',
]);
const PARTICIPLE =
  /(?:ені|ані|ті|ений|аний|ена|ана|ено|ано|ed|en)$|^(?:hit|struck|shot|hurt|cut|put|set|held|sent|built|brought|caught|fought|sought)$/u;

export function isPassive(trigger: Trigger, context: SentenceContext): boolean {
  if (context.doc.lang !== 'ru') {
    // "санкції були запроваджені Новою Зеландією", "sanctions were imposed by the EU".
    const { clause, head } = trigger;
    for (let w = Math.max(clause.start + 1, head - 4); w < Math.min(clause.end, head + 5); w++) {
      // English: the participle is the trigger's own word ("is expected to meet" is active).
      if (context.doc.lang === 'en' && !trigger.words.includes(w)) continue;
      const word = fold(context.tokens[w]?.text ?? '');
      if (PARTICIPLE.test(word) && PASSIVE_AUXILIARIES.has(fold(context.tokens[w - 1]?.text ?? '')))
        return true;
    }
    return false;
  }
  const morphology = context.doc.layers.morphology ?? [];
  // "благодарен" reads best as a short adjective: no passive.
  const passiveWord = (i: number) =>
    morphology[i]?.[0]?.pos !== 'ADJS' &&
    (morphology[i]?.some((r) => r.passive === true && r.score >= 0.2) ?? false);
  if (trigger.words.some(passiveWord)) return true;
  for (let i = trigger.clause.start; i < trigger.clause.end; i++) {
    if (morphology[i]?.[0]?.pos === 'PRTS') return true;
  }
  return false;
}

/**
 * The instrumental agent of a passive clause, when it is named: "санкции были введены
 * Евросоюзом", "наложенное Вашингтоном эмбарго".
 */
export function passiveAgent(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  const { clause } = trigger;
  if (context.doc.lang !== 'ru') {
    // English names the agent with "by"; Ukrainian puts it, instrumental, right after the verb.
    return (
      context.candidates.find(
        (c) =>
          c.tokenStart > trigger.last &&
          c.tokenEnd <= clause.end &&
          (c.prep === 'by' ||
            (context.doc.lang === 'uk' && c.prep === null && c.tokenStart <= trigger.last + 2)) &&
          c.kind !== 'weapon' &&
          c.kind !== 'place',
      ) ?? null
    );
  }
  return (
    context.candidates.find(
      (c) =>
        c.tokenStart >= clause.start &&
        c.tokenEnd <= clause.end &&
        c.prep === null &&
        c.kind !== 'adjective' &&
        c.kind !== 'weapon' &&
        c.kind !== 'place' &&
        c.cases.includes('ablt') &&
        !c.cases.includes('nomn'),
    ) ?? null
  );
}
