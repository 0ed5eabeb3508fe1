import type { Stage } from '../../core/pipeline.js';

// PLACEHOLDER
export const eventsStage: Stage<'events'> = {
  name: 'events',
  requires: ['sentences', 'tokens', 'morphology', 'mentions', 'entities', 'dates', 'quotes'],
  provides: ['events'],
  run() {
    return { events: [] };
  },
};
