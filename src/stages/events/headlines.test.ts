/** Headline English: "X to do", "talks to continue", the parties named before the noun. */
import { eventCases } from '../../../test/helpers/event-cases.js';

eventCases('headlines', [
  {
    lang: 'en',
    text: 'Ukraine, US talks to continue in Geneva',
    events: [{ type: 'CONSULT', source: 'UKR', target: 'USA', modality: 'planned' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'EU to impose new sanctions on Russia over drone incursions',
    events: [{ type: 'SANCTION', source: 'European Union', target: 'RUS', modality: 'planned' }],
    exact: true,
  },
  {
    // In prose, talks "to continue the dialogue" are held now, for a purpose.
    lang: 'en',
    text: 'Polish Foreign Minister Radoslaw Sikorski held talks with his Ukrainian counterpart Andrii Sybiha to continue the dialogue on exhumations.',
    events: [{ type: 'CONSULT', source: 'POL', target: 'UKR', modality: 'asserted' }],
    exact: true,
  },
]);
