/**
 * Events: triggers from the language's pattern lexicon, arguments from case frames, modality from
 * cues, dates from the dates layer, repeated mentions merged. Every event names its rule.
 */
import type { Event, Token } from '../../core/layers.js';
import { layer } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import { dateForSpan } from '../dates/index.js';
import { type ActorCandidate, collectActors, PLACE_KINDS } from './actors.js';
import { splitClauses } from './clauses.js';
import type { SentenceContext } from './context.js';
import { LEXICONS } from './lexicon.js';
import { addOrMerge, inheritTargets } from './merge.js';
import { eventsOfSentence } from './sentence.js';

/** Talks need a partner: a call "with nobody" is dropped once repeats have been merged. */
const NEEDS_TARGET = new Set(['CONSULT', 'AGREE']);

export const eventsStage: Stage<'events'> = {
  name: 'events',
  requires: ['sentences', 'tokens', 'morphology', 'gazetteer', 'mentions', 'entities', 'dates', 'quotes'],
  provides: ['events'],
  run(doc, { kb }) {
    const tokens = layer(doc, 'tokens');
    const sentences = layer(doc, 'sentences');
    const lexicon = LEXICONS[doc.lang];
    const candidates = collectActors(doc, kb, lexicon);
    const events: Event[] = [];
    const people = new Set((doc.layers.entities ?? []).filter((e) => e.label === 'PER').map((e) => e.id));
    const places = new Set(
      (doc.layers.entities ?? [])
        .filter((e) => e.label === 'LOC' && PLACE_KINDS.has(kb.get(e.entry ?? '')?.kind ?? ''))
        .map((e) => e.id),
    );
    let carried: ActorCandidate | null = null;
    let carriedPerson: ActorCandidate | null = null;
    const recentPeople: ActorCandidate[] = [];
    let pair: [ActorCandidate, ActorCandidate] | null = null;
    const actedBefore: SentenceContext['actedBefore'] = [];
    let paragraph: Event[] = [];
    const flush = () => {
      for (const event of paragraph) addOrMerge(events, event, people, places);
      paragraph = [];
    };
    let paragraphDate: string | null = null;
    let tokenIndex = 0;
    let candidateIndex = 0;
    sentences.forEach((sentence, s) => {
      const previous = sentences[s - 1];
      if (previous && doc.text.slice(previous.end, sentence.start).includes('\n')) {
        carried = null;
        paragraphDate = null;
        flush();
      }
      const start = tokenIndex;
      while (tokenIndex < tokens.length && (tokens[tokenIndex] as Token).sentence === s) tokenIndex++;
      const clauses = splitClauses(doc, start, tokenIndex, lexicon.grammar);
      // Candidates are sorted by position: walk them along with the sentences.
      while (
        candidateIndex < candidates.length &&
        (candidates[candidateIndex] as ActorCandidate).tokenStart < start
      ) {
        candidateIndex++;
      }
      const inSentence: ActorCandidate[] = [];
      for (let k = candidateIndex; k < candidates.length; k++) {
        const c = candidates[k] as ActorCandidate;
        if (c.tokenStart >= tokenIndex) break;
        if (c.tokenEnd <= tokenIndex) inSentence.push(c);
      }
      const context: SentenceContext = {
        doc,
        kb,
        tokens,
        candidates: inSentence,
        clauses,
        carried,
        carriedPerson,
        recentPeople,
        pair,
        actedBefore,
        date: paragraphDate,
      };
      const result = eventsOfSentence(context, sentence);
      paragraph.push(...result.events);
      pair = result.pair ?? pair;
      actedBefore.push(...result.acted);
      carried =
        result.subject ??
        inSentence.find(
          (c) => c.kind !== 'adjective' && c.kind !== 'weapon' && c.prep === null && c.cases.includes('nomn'),
        ) ??
        carried;
      if (carried?.person) {
        carriedPerson = carried;
        recentPeople.push(carried);
      }
      // "... в апреле посетит Китай": the date of a plan is not when the next act happened.
      const onlyPlans = result.events.length > 0 && result.events.every((e) => e.modality !== 'asserted');
      if (!onlyPlans)
        paragraphDate =
          dateForSpan(doc.layers.dates ?? [], sentence, { start: sentence.end, end: sentence.end }) ??
          paragraphDate;
    });
    flush();
    const alone = new Set(lexicon.triggers.filter((r) => r.alone).map((r) => `${doc.lang}.${r.id}`));
    const complete = inheritTargets(events, people, places).filter(
      (e) => e.target !== null || !NEEDS_TARGET.has(e.type) || e.mode === 'visit' || alone.has(e.rule),
    );
    complete.forEach((event, i) => {
      event.id = `v${i + 1}`;
    });
    return { events: complete };
  },
};
