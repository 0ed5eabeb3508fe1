/** The per-language event resources, indexed for fast trigger lookup. */
import type { Lang } from '../../core/doc.js';
import { FirstWordIndex } from '../../core/token-pattern.js';
import { BODIES as EN_BODIES } from '../../lang/en/bodies.js';
import { TRIGGERS as EN_TRIGGERS } from '../../lang/en/events.js';
import { GRAMMAR as EN_GRAMMAR } from '../../lang/en/grammar.js';
import { BODIES as RU_BODIES } from '../../lang/ru/bodies.js';
import { TRIGGERS as RU_TRIGGERS } from '../../lang/ru/events.js';
import { GRAMMAR as RU_GRAMMAR } from '../../lang/ru/grammar.js';
import type { BodyEntry, EventGrammar, TriggerRule } from '../../lang/shared/events.js';
import { BODIES as UK_BODIES } from '../../lang/uk/bodies.js';
import { TRIGGERS as UK_TRIGGERS } from '../../lang/uk/events.js';
import { GRAMMAR as UK_GRAMMAR } from '../../lang/uk/grammar.js';

export interface EventLexicon {
  triggers: readonly TriggerRule[];
  /** Trigger rules by their head word, in lexicon (priority) order. */
  triggerIndex: FirstWordIndex<TriggerRule>;
  bodies: readonly BodyEntry[];
  bodyIndex: FirstWordIndex<BodyEntry>;
  grammar: EventGrammar;
}

function index(
  triggers: readonly TriggerRule[],
  bodies: readonly BodyEntry[],
  grammar: EventGrammar,
): EventLexicon {
  return {
    triggers,
    triggerIndex: new FirstWordIndex(triggers, (rule) => rule.words[0] ?? ''),
    bodies,
    bodyIndex: new FirstWordIndex(bodies, (body) => body.words[0] ?? ''),
    grammar,
  };
}

export const LEXICONS: Record<Lang, EventLexicon> = {
  ru: index(RU_TRIGGERS, RU_BODIES, RU_GRAMMAR),
  uk: index(UK_TRIGGERS, UK_BODIES, UK_GRAMMAR),
  en: index(EN_TRIGGERS, EN_BODIES, EN_GRAMMAR),
};
