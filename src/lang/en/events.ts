import type { TriggerRule } from '../shared/events.js';
import { CONFLICT } from './events-conflict.js';
import { COOPERATION } from './events-cooperation.js';
import { FORCE } from './events-force.js';
import { RESPONSES } from './events-responses.js';

/**
 * English event patterns. Order is priority: where two rules could start at one word, the
 * earlier wins, so specific patterns stand before general ones; reported speech comes last.
 */
export const TRIGGERS: readonly TriggerRule[] = [
  ...COOPERATION,
  ...CONFLICT,
  ...RESPONSES,
  ...FORCE,
  {
    id: 'statement.say.1',
    type: 'STATEMENT',
    mode: null,
    cameo: '010',
    words: ['said|says|stated|stressed|noted|declared'],
    reporting: true,
  },
];
