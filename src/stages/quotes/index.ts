/**
 * Quotes: direct speech in «», "", „“ or “” with its speaker, found from the attribution after
 * the quote ("– заявил президент Украины", "– отметил Зеленский") or before it ("Зеленский
 * заявил: «...»").
 */
import type { Lang } from '../../core/doc.js';
import type { AnalyzedDoc, Quote, Token } from '../../core/layers.js';
import { layer } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import { textSpan } from '../../core/span.js';
import { tokenMatches } from '../../core/token-pattern.js';
import { SPEECH_VERBS as EN } from '../../lang/en/speech.js';
import { SPEECH_VERBS as RU } from '../../lang/ru/speech.js';
import { SPEECH_VERBS as UK } from '../../lang/uk/speech.js';
import { type ActorCandidate, collectActors } from '../events/actors.js';
import { LEXICONS } from '../events/lexicon.js';

const SPEECH: Record<Lang, string> = { ru: RU, uk: UK, en: EN };
const OPENERS: Record<string, string> = { '«': '»', '„': '“', '“': '”', '"': '"' };
const DASHES = new Set(['–', '—', '-', ',']);
const MIN_WORDS = 3;
const MAX_QUOTE_TOKENS = 600;

interface QuoteSpan {
  open: number;
  close: number;
}

function quoteSpans(tokens: readonly Token[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const closer = OPENERS[tokens[i]?.text ?? ''];
    if (!closer) continue;
    let depth = 0;
    // A quotation closes within a few hundred words; an unclosed mark must not make this quadratic.
    for (let j = i + 1; j < Math.min(tokens.length, i + MAX_QUOTE_TOKENS); j++) {
      const text = tokens[j]?.text;
      if (text === tokens[i]?.text && closer !== text) depth++;
      else if (text === closer) {
        if (depth === 0) {
          spans.push({ open: i, close: j });
          i = j;
          break;
        }
        depth--;
      }
    }
  }
  return spans;
}

function speakerNear(
  candidates: readonly ActorCandidate[],
  from: number,
  to: number,
): ActorCandidate | undefined {
  return candidates.find(
    (c) => c.tokenStart >= from && c.tokenStart <= to && c.kind !== 'adjective' && c.kind !== 'weapon',
  );
}

function attribute(
  doc: AnalyzedDoc,
  span: QuoteSpan,
  candidates: readonly ActorCandidate[],
): { cue: number; speaker: ActorCandidate | undefined } | null {
  const tokens = doc.layers.tokens ?? [];
  const verbs = SPEECH[doc.lang];
  // After: «...», – заявил президент Украины.
  let i = span.close + 1;
  while (i < tokens.length && DASHES.has(tokens[i]?.text ?? '') && i <= span.close + 3) i++;
  if (tokenMatches(doc, i, verbs)) return { cue: i, speaker: speakerNear(candidates, i + 1, i + 6) };
  // ..., – президент Украины заявил / the president said.
  for (let k = i; k <= i + 5 && k < tokens.length; k++) {
    if (tokenMatches(doc, k, verbs)) return { cue: k, speaker: speakerNear(candidates, i, k - 1) };
  }
  // Before: Зеленский заявил: «...»
  if (tokens[span.open - 1]?.text === ':') {
    for (let k = span.open - 2; k >= Math.max(0, span.open - 8); k--) {
      if (tokenMatches(doc, k, verbs)) {
        const before = candidates.filter(
          (c) => c.tokenEnd <= k && c.tokenStart >= k - 8 && c.kind !== 'adjective',
        );
        return { cue: k, speaker: before.at(-1) ?? speakerNear(candidates, k + 1, k + 5) };
      }
    }
  }
  return null;
}

export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['sentences', 'tokens', 'morphology', 'gazetteer', 'mentions', 'entities'],
  provides: ['quotes'],
  run(doc, { kb }) {
    const tokens = layer(doc, 'tokens');
    const spans = quoteSpans(tokens).filter(
      (s) => tokens.slice(s.open + 1, s.close).filter((t) => t.kind === 'word').length >= MIN_WORDS,
    );
    if (spans.length === 0) return { quotes: [] };
    const candidates = collectActors(doc, kb, LEXICONS[doc.lang]);
    const quotes: Quote[] = [];
    for (const span of spans) {
      const found = attribute(doc, span, candidates);
      if (!found) continue;
      const first = tokens[span.open + 1] as Token;
      const last = tokens[span.close - 1] as Token;
      const cue = tokens[found.cue] as Token;
      quotes.push({
        ...textSpan(doc.text, first.start, last.end),
        speaker: found.speaker?.actor.entity ?? null,
        cue: textSpan(doc.text, cue.start, cue.end),
      });
    }
    return { quotes };
  },
};
