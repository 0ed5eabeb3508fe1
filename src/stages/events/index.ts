/**
 * Events: triggers from the language's pattern lexicon, arguments from case frames, modality from
 * cues, dates from the dates layer, repeated mentions merged. Every event names its rule.
 */
import type { AnalyzedDoc, Event, Token } from '../../core/layers.js';
import { layer } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import { textSpan } from '../../core/span.js';
import { fold } from '../../core/token-pattern.js';
import type { TriggerRule } from '../../lang/shared/events.js';
import { dateForSpan } from '../dates/index.js';
import { type ActorCandidate, collectActors } from './actors.js';
import { coordinated } from './arguments.js';
import { goldstein } from './cameo.js';
import { splitClauses } from './clauses.js';
import type { SentenceContext } from './context.js';
import { LEXICONS } from './lexicon.js';
import { addOrMerge } from './merge.js';
import { modalityOf } from './modality.js';
import { resolveArguments } from './resolve.js';
import { findTriggers, type Trigger } from './triggers.js';

const CONJUNCTIONS = new Set(['и', 'й', 'і', 'та', 'and', ',']);
const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

function hasComplement(
  trigger: Trigger,
  context: SentenceContext,
  complementisers: ReadonlySet<string>,
): boolean {
  for (let i = trigger.last + 1; i <= trigger.last + 4 && i < context.tokens.length; i++) {
    const word = fold(context.tokens[i]?.text ?? '');
    if (complementisers.has(word) || word === ':') return true;
  }
  return false;
}

/** Talks need a partner; a statement needs someone who speaks for a state or an office. */
const NEEDS_TARGET = new Set(['CONSULT', 'AGREE']);

function acceptable(rule: TriggerRule, source: ActorCandidate, doc: AnalyzedDoc): boolean {
  if (rule.type === 'STATEMENT' && source.person) {
    const entity = doc.layers.entities?.find((e) => e.id === source.actor.entity);
    return (entity?.roles.length ?? 0) > 0 || entity?.country != null || source.actor.role !== null;
  }
  return true;
}

function eventsOfSentence(
  context: SentenceContext,
  sentence: { start: number; end: number },
): { events: Event[]; subject: ActorCandidate | null } {
  const { doc, tokens } = context;
  const lexicon = LEXICONS[doc.lang];
  const found: Event[] = [];
  let lastSubject: ActorCandidate | null = null;
  const _ordered = doc.lang === 'en' ? 'svo' : 'free';
  for (const trigger of findTriggers(doc, lexicon, context.clauses)) {
    const { rule } = trigger;
    const headToken = tokens[trigger.head] as Token;
    if (rule.reporting && !hasComplement(trigger, context, lexicon.grammar.complementisers)) continue;
    const args = resolveArguments(trigger, context, lexicon.grammar);
    if (!args) continue;
    const { source, target } = args;
    if (!acceptable(rule, source, doc)) continue;
    if (source.person) lastSubject = source;
    else if (!lastSubject && source.kind !== 'adjective' && source.kind !== 'weapon') lastSubject = source;
    const confidence = 0.85 * args.certainty - (target || !rule.target ? 0 : 0.1);
    const { modality, negated } = modalityOf(doc, trigger, lexicon.grammar);
    const first = tokens[trigger.first] as Token;
    const last = tokens[trigger.last] as Token;
    const date =
      dateForSpan(doc.layers.dates ?? [], sentence, headToken) ??
      (modality === 'asserted' ? (context.date ?? doc.published) : null);
    const text = (i: number) => tokens[i]?.text ?? '';
    let sources =
      source.tokenStart >= 0 ? coordinated(source, context.candidates, CONJUNCTIONS, text) : [source];
    let targets: (ActorCandidate | null)[] = target
      ? coordinated(target, context.candidates, CONJUNCTIONS, text)
      : [null];
    // "Сибига и Каллас обсудили": a joint act of two parties is one event between them.
    if (!target && sources.length > 1 && (SYMMETRIC.has(rule.type) || rule.joint)) {
      targets = sources.slice(1);
      sources = sources.slice(0, 1);
    }
    for (const s of sources) {
      for (const t of targets) {
        if (t && t.key === s.key) continue;
        found.push({
          id: '',
          type: rule.type,
          mode: trigger.mode,
          cameo: trigger.cameo,
          goldstein: goldstein(trigger.cameo),
          source: { ...s.actor },
          target: t ? { ...t.actor } : null,
          date,
          modality,
          negated,
          trigger: textSpan(doc.text, first.start, last.end),
          evidence: textSpan(doc.text, sentence.start, sentence.end),
          confidence: Math.max(0.3, Math.round(confidence * 100) / 100),
          rule: `${doc.lang}.${rule.id}`,
        });
      }
    }
  }
  // A reporting verb is not the event when what it reports is one ("рассказал, что обсудил").
  const substantive = found.filter((e) => e.type !== 'STATEMENT');
  return { events: substantive.length > 0 ? substantive : found, subject: lastSubject };
}

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
    let carried: ActorCandidate | null = null;
    let carriedPerson: ActorCandidate | null = null;
    let paragraphDate: string | null = null;
    let tokenIndex = 0;
    sentences.forEach((sentence, s) => {
      const previous = sentences[s - 1];
      if (previous && doc.text.slice(previous.end, sentence.start).includes('\n')) {
        carried = null;
        paragraphDate = null;
      }
      const start = tokenIndex;
      while (tokenIndex < tokens.length && (tokens[tokenIndex] as Token).sentence === s) tokenIndex++;
      const clauses = splitClauses(doc, start, tokenIndex, lexicon.grammar);
      const inSentence = candidates.filter((c) => c.tokenStart >= start && c.tokenEnd <= tokenIndex);
      const context: SentenceContext = {
        doc,
        tokens,
        candidates: inSentence,
        clauses,
        carried,
        carriedPerson,
        date: paragraphDate,
      };
      const result = eventsOfSentence(context, sentence);
      for (const event of result.events) addOrMerge(events, event);
      carried =
        result.subject ??
        inSentence.find(
          (c) => c.kind !== 'adjective' && c.kind !== 'weapon' && c.prep === null && c.cases.includes('nomn'),
        ) ??
        carried;
      if (carried?.person) carriedPerson = carried;
      paragraphDate =
        dateForSpan(doc.layers.dates ?? [], sentence, { start: sentence.end, end: sentence.end }) ??
        paragraphDate;
    });
    // Talks need a partner: a call "with nobody" is dropped once repeats have been merged.
    const complete = events.filter(
      (e) => e.target !== null || !NEEDS_TARGET.has(e.type) || e.mode === 'visit',
    );
    complete.forEach((event, i) => {
      event.id = `v${i + 1}`;
    });
    return { events: complete };
  },
};
