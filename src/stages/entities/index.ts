/**
 * Entities: named mentions (PER from names and roles, LOC and ORG from the knowledge-base
 * gazetteer) grouped per real-world entity within the document.
 */

import { layer } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import { textSpan } from '../../core/span.js';
import { groupMentions, type PendingMention } from './group.js';
import { findPersons } from './person-mentions.js';
import { indexGazetteer } from './roles.js';

/** Adjectives and demonyms point at a country but do not name it. */
const NAMING_KINDS = new Set(['country', 'capital', 'seat', 'region', 'city', 'organisation']);

export const entitiesStage: Stage<'mentions' | 'entities'> = {
  name: 'entities',
  requires: ['sentences', 'tokens', 'morphology', 'gazetteer'],
  provides: ['mentions', 'entities'],
  run(doc, { kb }) {
    const tokens = layer(doc, 'tokens');
    const matches = layer(doc, 'gazetteer');
    const gazetteer = indexGazetteer(matches, tokens.length);
    const pending: PendingMention[] = [];
    for (const match of matches) {
      if (!NAMING_KINDS.has(match.kind)) continue;
      pending.push({
        mention: {
          ...textSpan(doc.text, match.start, match.end),
          label: match.label,
          tokenStart: match.tokenStart,
          tokenEnd: match.tokenEnd,
          cases: match.cases,
          entry: match.entry,
        },
      });
    }
    for (const person of findPersons(doc, gazetteer)) {
      const first = tokens[person.tokenStart];
      const last = tokens[person.tokenEnd - 1];
      if (!first || !last) continue;
      pending.push({
        mention: {
          ...textSpan(doc.text, first.start, last.end),
          label: 'PER',
          tokenStart: person.tokenStart,
          tokenEnd: person.tokenEnd,
          cases: person.cases,
          entry: null,
        },
        person,
      });
    }
    return groupMentions(doc, pending, kb);
  },
};
