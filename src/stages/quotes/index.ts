import type { Stage } from '../../core/pipeline.js';

// PLACEHOLDER
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['sentences', 'tokens', 'mentions', 'entities'],
  provides: ['quotes'],
  run() {
    return { quotes: [] };
  },
};
