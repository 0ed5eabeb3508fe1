/**
 * Acts at home and phrasings that look like other acts: police detaining their own country's
 * protesters, gatherings that are no protest, proposals that are requests.
 */
import { eventCases } from '../../../test/helpers/event-cases.js';

eventCases('police and protesters', [
  {
    lang: 'ru',
    text: 'Ближе к полуночи полиция задержала не менее 40 участников акции, сообщили в МВД Грузии.',
    events: [{ type: 'COERCE', source: 'GEO', target: 'GEO' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'В Белграде полиция задержала 15 демонстрантов у здания правительства.',
    events: [{ type: 'COERCE', source: 'SRB', target: 'SRB' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Грузинская полиция задержала десятки протестующих у посольства России.',
    events: [{ type: 'COERCE', source: 'GEO', target: 'GEO' }],
    exact: true,
  },
  {
    // The police of no stated place: nobody known acts.
    lang: 'ru',
    text: 'Полиция задержала двух подозреваемых в поджоге.',
    events: [],
    exact: true,
  },
  {
    lang: 'uk',
    text: 'У Тбілісі поліція затримала понад 40 учасників акції протесту.',
    events: [{ type: 'COERCE', source: 'GEO', target: 'GEO' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Police in Belgrade arrested 15 demonstrators outside the government building on Sunday.',
    events: [{ type: 'COERCE', source: 'SRB', target: 'SRB' }],
    exact: true,
  },
  {
    // A named person detained stays the target.
    lang: 'en',
    text: 'Georgian police detained opposition leader Nika Melia during the protests in Tbilisi.',
    events: [{ type: 'COERCE', source: 'GEO', target: 'Melia' }],
  },
]);
