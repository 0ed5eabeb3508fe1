/** Argument slots and word lists shared by the Ukrainian event patterns. */
import type { Slot } from '../shared/events.js';

// Heads are surface prefixes (the analyser's lemmas are rough for verbs); arguments are found by
// their prepositions, by position, and by case where the analyser knows it.
export const WITH: Slot = { prep: 'з|із|зі' };
export const OBJECT: Slot = {};
export const AGAINST: Slot[] = [{ prep: 'проти', adjective: true }, { prep: 'щодо' }, { prep: 'адресу' }];
export const STRIKE = 'ударив*|ударил*|вдарил*|вдарив*|завдала|завдав|завдали|завдає|завдають';
export const STRIKE_NOUN =
  'удар|удару|ударом|ударі|удари|ударів|ударами|ударах|атака|атаки|атаку|атакою|атак|обстріл|обстрілу|обстрілом|обстріли|обстрілів';
