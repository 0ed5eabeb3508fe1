/** Argument slots shared by the English event patterns. */
import type { Slot } from '../shared/events.js';

// English arguments are found by position (subject before the verb, object right after it) and
// by prepositions.
export const WITH: Slot = { prep: 'with' };
export const OBJECT: Slot = {};
export const AGAINST: Slot[] = [{ prep: 'on|against', adjective: true }];
/** Someone acted upon, named or only by an adjective ("expelled Russian diplomats"). */
export const OBJECT_OR_ADJECTIVE: Slot[] = [OBJECT, { adjective: true }];
/** Who gets aid or a promise: "to Ukraine", "for Kyiv", "provided Ukraine with". */
export const RECIPIENT: Slot[] = [{ prep: 'to|for' }, OBJECT];
/** Aid may name its recipient only by an adjective ("train Ukrainian crews"). */
export const AID_RECIPIENT: Slot[] = [...RECIPIENT, { adjective: true }];
