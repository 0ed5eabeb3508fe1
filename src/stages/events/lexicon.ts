/** The per-language event resources, indexed for fast trigger lookup. */
import type { Lang } from '../../core/doc.js';
import { FirstWordIndex, fold } from '../../core/token-pattern.js';
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
  bodies: readonly BodyEntry[];
  bodyIndex: FirstWordIndex<BodyEntry>;
  grammar: EventGrammar;
  /** Rules by an exact head word, and by the first three letters of a head prefix. */
  byWord: Map<string, TriggerRule[]>;
  byPrefix: Map<string, TriggerRule[]>;
}

const PREFIX_KEY = 3;

function index(triggers: readonly TriggerRule[], bodies: readonly BodyEntry[], grammar: EventGrammar) {
  const byWord = new Map<string, TriggerRule[]>();
  const byPrefix = new Map<string, TriggerRule[]>();
  for (const rule of triggers) {
    for (const alternative of (rule.words[0] ?? '').split('|')) {
      const prefix = alternative.endsWith('*');
      const bare = alternative.startsWith('=') ? alternative.slice(1) : alternative;
      const word = fold(prefix ? bare.slice(0, -1) : bare);
      const map = prefix ? byPrefix : byWord;
      const key = prefix ? word.slice(0, PREFIX_KEY) : word;
      const list = map.get(key) ?? [];
      if (!list.includes(rule)) list.push(rule);
      map.set(key, list);
    }
  }
  const bodyIndex = new FirstWordIndex(bodies, (body) => body.words[0] ?? '');
  return { triggers, bodies, bodyIndex, grammar, byWord, byPrefix };
}

export const LEXICONS: Record<Lang, EventLexicon> = {
  ru: index(RU_TRIGGERS, RU_BODIES, RU_GRAMMAR),
  uk: index(UK_TRIGGERS, UK_BODIES, UK_GRAMMAR),
  en: index(EN_TRIGGERS, EN_BODIES, EN_GRAMMAR),
};

/** Rules whose head may match a token with this surface and these lemmas. */
export function candidateRules(
  lexicon: EventLexicon,
  surface: string,
  lemmas: readonly string[],
): TriggerRule[] {
  const found = new Set<TriggerRule>();
  for (const rule of lexicon.byWord.get(surface) ?? []) found.add(rule);
  for (const lemma of lemmas) for (const rule of lexicon.byWord.get(lemma) ?? []) found.add(rule);
  for (const rule of lexicon.byPrefix.get(surface.slice(0, PREFIX_KEY)) ?? []) found.add(rule);
  return [...found];
}
