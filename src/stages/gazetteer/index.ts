import type { Stage } from '../../core/pipeline.js';

// PLACEHOLDER: replaced by the knowledge-base gazetteer.
export const gazetteerStage: Stage<'gazetteer'> = {
  name: 'gazetteer',
  requires: ['tokens', 'morphology'],
  provides: ['gazetteer'],
  run() {
    return { gazetteer: [] };
  },
};
