import type { Stage } from '../../core/pipeline.js';

// PLACEHOLDER: replaced by the az-based analyser with the names lexicon.
export const morphologyStage: Stage<'morphology'> = {
  name: 'morphology',
  requires: ['tokens'],
  provides: ['morphology'],
  run(doc) {
    return { morphology: (doc.layers.tokens ?? []).map(() => []) };
  },
};
