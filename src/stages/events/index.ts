/**
 * Events: triggers from the language's pattern lexicon, arguments from case frames, modality from
 * cues, dates from the dates layer, repeated mentions merged. Every event names its rule.
 */
import type { ActorRecord } from '../../core/doc.js';
import type { AnalyzedDoc, Event, Token } from '../../core/layers.js';
import { layer } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import { textSpan } from '../../core/span.js';
import { fold } from '../../core/token-pattern.js';
import { type ActorCandidate, collectActors } from './actors.js';
import { coordinated, findAdjectiveSource, findSubject, findTarget } from './arguments.js';
import { goldstein } from './cameo.js';
import { type Clause, splitClauses } from './clauses.js';
import { LEXICONS } from './lexicon.js';
import { addOrMerge } from './merge.js';
import { modalityOf } from './modality.js';
import { findTriggers, type Trigger } from './triggers.js';

const CONJUNCTIONS = new Set(['и', 'й', 'і', 'та', 'and', ',']);
const LOCATIVE = new Set(['в', 'во', 'у', 'in', 'near']);

interface SentenceContext {
  doc: AnalyzedDoc;
  tokens: readonly Token[];
  candidates: ActorCandidate[];
  clauses: Clause[];
  carried: ActorCandidate | null;
  date: string | null;
}

function speakerOf(
  doc: AnalyzedDoc,
  offset: number,
  candidates: readonly ActorCandidate[],
): ActorCandidate | null {
  const quote = (doc.layers.quotes ?? []).find((q) => q.start <= offset && offset < q.end);
  if (!quote?.speaker) return null;
  const entity = doc.layers.entities?.find((e) => e.id === quote.speaker);
  if (!entity) return null;
  const actor: ActorRecord = {
    entity: entity.id,
    name: entity.name,
    country: entity.country,
    role: entity.roles[0]?.role ?? null,
  };
  return (
    candidates.find((c) => c.key === entity.id) ?? {
      tokenStart: -1,
      tokenEnd: -1,
      cases: [],
      prep: null,
      kind: 'mention',
      actor,
      key: entity.id,
    }
  );
}

function subjectOfEarlierClause(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  for (let k = context.clauses.indexOf(trigger.clause) - 1; k >= 0; k--) {
    const clause = context.clauses[k] as Clause;
    const found = findSubject(
      { ...trigger, clause, head: clause.end, first: clause.end, last: clause.end },
      context.candidates,
      'svo',
    );
    if (found) return found;
  }
  return null;
}

function locationTarget(trigger: Trigger, context: SentenceContext): ActorCandidate | null {
  return (
    context.candidates.find(
      (c) =>
        c.kind === 'mention' &&
        c.tokenStart > trigger.last &&
        c.tokenStart - trigger.last <= 6 &&
        c.prep !== null &&
        LOCATIVE.has(c.prep),
    ) ?? null
  );
}

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

function dateOf(doc: AnalyzedDoc, sentence: { start: number; end: number }, offset: number): string | null {
  let best: { value: string; distance: number } | null = null;
  for (const date of doc.layers.dates ?? []) {
    if (date.start < sentence.start || date.end > sentence.end) continue;
    const distance = Math.abs(date.start - offset);
    if (!best || distance < best.distance) best = { value: date.value, distance };
  }
  return best?.value ?? null;
}

function eventsOfSentence(
  context: SentenceContext,
  sentence: { start: number; end: number },
): { events: Event[]; subject: ActorCandidate | null } {
  const { doc, tokens } = context;
  const lexicon = LEXICONS[doc.lang];
  const found: Event[] = [];
  let lastSubject: ActorCandidate | null = null;
  const ordered = doc.lang === 'en' ? 'svo' : 'free';
  for (const trigger of findTriggers(doc, lexicon, context.clauses)) {
    const { rule } = trigger;
    const headToken = tokens[trigger.head] as Token;
    if (rule.reporting && !hasComplement(trigger, context, lexicon.grammar.complementisers)) continue;
    let confidence = 0.85;
    let subject = findSubject(trigger, context.candidates, ordered);
    // An indeclinable name after the verb ("проинформировал Такаичи") is more likely its object
    // when the sentence or the text before already has someone to act.
    if (subject && subject.tokenStart > trigger.last && subject.cases.length > 1 && rule.target?.length) {
      const alternative =
        subjectOfEarlierClause(trigger, context) ?? speakerOf(doc, headToken.start, context.candidates);
      if (alternative) subject = alternative;
    }
    if (!subject) {
      subject =
        subjectOfEarlierClause(trigger, context) ?? speakerOf(doc, headToken.start, context.candidates);
      confidence -= 0.1;
    }
    if (!subject && rule.adjectiveSource) subject = findAdjectiveSource(trigger, context.candidates);
    const isVerb = doc.layers.morphology?.[trigger.head]?.[0]?.pos === 'VERB' || doc.lang !== 'ru';
    if (!subject && context.carried && isVerb) {
      subject = context.carried;
      confidence -= 0.15;
    }
    if (subject && subject.kind !== 'adjective' && subject.kind !== 'weapon') lastSubject = subject;
    const scope = trigger.clause;
    let source: ActorCandidate | null;
    let target: ActorCandidate | null;
    if (rule.swap) {
      target = subject;
      source = findTarget(trigger, rule.target ?? [], context.candidates, subject, scope);
    } else {
      source = subject;
      target = findTarget(trigger, rule.target ?? [], context.candidates, subject, scope);
      if (!target && rule.type === 'ASSAULT') target = locationTarget(trigger, context);
    }
    if (!source) continue;
    if (target?.key === source.key) target = null;
    const { modality, negated } = modalityOf(doc, trigger, lexicon.grammar);
    const first = tokens[trigger.first] as Token;
    const last = tokens[trigger.last] as Token;
    const date =
      dateOf(doc, sentence, headToken.start) ??
      (modality === 'asserted' ? (context.date ?? doc.published) : null);
    const sources =
      source.tokenStart >= 0
        ? coordinated(source, context.candidates, CONJUNCTIONS, (i) => tokens[i]?.text ?? '')
        : [source];
    const targets = target
      ? coordinated(target, context.candidates, CONJUNCTIONS, (i) => tokens[i]?.text ?? '')
      : [null];
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
          confidence: Math.max(
            0.3,
            Math.round((target || !rule.target ? confidence : confidence - 0.1) * 100) / 100,
          ),
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
      paragraphDate = dateOf(doc, sentence, sentence.end) ?? paragraphDate;
    });
    events.forEach((event, i) => {
      event.id = `v${i + 1}`;
    });
    return { events };
  },
};
