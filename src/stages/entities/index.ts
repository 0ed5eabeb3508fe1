import type { Stage } from '../../core/pipeline.js';

// PLACEHOLDER
export const entitiesStage: Stage<'mentions' | 'entities'> = {
  name: 'entities',
  requires: ['sentences', 'tokens', 'morphology', 'gazetteer'],
  provides: ['mentions', 'entities'],
  run() {
    return { mentions: [], entities: [] };
  },
};
