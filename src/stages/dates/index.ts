/**
 * The dates stage: every date or time expression with its value normalised against the
 * publication date (YYYY-MM-DD, YYYY-MM or YYYY). Relative expressions need `doc.published`;
 * without it only absolute dates are kept. Conventions: a week ("на прошлой неделе", "last week")
 * is given as its Monday; "в середине/начале/конце октября" as the month; a day-month without a
 * year lies on or before publication (up to 7 days after is allowed) unless the sentence has a
 * future cue; a bare weekday is the latest one on or before publication.
 */
import { layer } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import { parsePublished } from './calendar.js';
import { findDates } from './grammar.js';

export { dateForSpan, dateRecordForSpan, datesInSpan } from './anchor.js';

export const datesStage: Stage<'dates'> = {
  name: 'dates',
  requires: ['tokens', 'sentences'],
  provides: ['dates'],
  run(doc) {
    const dates = findDates({
      text: doc.text,
      lang: doc.lang,
      tokens: layer(doc, 'tokens'),
      // Optional: when the morphology stage ran, it tells "накануне визита" (genitive) apart.
      morphology: doc.layers.morphology ?? null,
      published: parsePublished(doc.published),
    });
    return { dates };
  },
};
