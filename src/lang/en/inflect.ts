/**
 * English names do not decline: the forms are the name itself, its possessive ("Japan's",
 * "Philippines'") and, for demonyms, the plural ("Americans"). Possessives are marked genitive.
 */
import type { Case } from '../../core/layers.js';
import type { Inflector } from '../../kb/inflect.js';
import type { KbVariantKind } from '../../kb/types.js';

/** Demonyms that are their own plural: the Japanese, the French, the Swiss. */
const NO_PLURAL = /(ese|ss|sh|ch|s)$/i;

function possessives(text: string): { text: string; cases: Case[] }[] {
  const forms = [{ text: `${text}'s`, cases: ['gent'] as Case[] }];
  if (/s$/i.test(text)) forms.push({ text: `${text}'`, cases: ['gent'] });
  return forms;
}

function plain(text: string, kind: KbVariantKind): { text: string; cases: Case[] }[] {
  const forms = [{ text, cases: [] as Case[] }];
  if (kind === 'adjective') return forms;
  forms.push(...possessives(text));
  if (kind === 'demonym' && !NO_PLURAL.test(text)) {
    const plural = `${text}s`;
    forms.push({ text: plural, cases: [] }, ...possessives(plural));
  }
  return forms;
}

export const enInflector: Inflector = {
  noun: () => null,
  plural: () => null,
  adjective: () => null,
  isAttribute: () => false,
  plain,
};
