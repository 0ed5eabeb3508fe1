import type { TriggerRule } from '../shared/events.js';
import { ACTS } from './events-acts.js';
import { CONFLICT } from './events-conflict.js';
import { COOPERATION } from './events-cooperation.js';

/**
 * Ukrainian event patterns. Order is priority: where two rules could start at one word,
 * the earlier wins, so specific patterns stand before general ones.
 */
export const TRIGGERS: readonly TriggerRule[] = [...COOPERATION, ...CONFLICT, ...ACTS];
