import type { Stage } from '../../core/pipeline.js';

// PLACEHOLDER: replaced by the date grammar.
export const datesStage: Stage<'dates'> = {
  name: 'dates',
  requires: ['tokens', 'sentences'],
  provides: ['dates'],
  run() {
    return { dates: [] };
  },
};
