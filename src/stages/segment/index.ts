import type { Token } from '../../core/layers.js';
import type { Stage } from '../../core/pipeline.js';
import type { Span } from '../../core/span.js';

// PLACEHOLDER: replaced by the segmentation work (abbreviations, initials, hyphens, quotes).
const sentenceSegmenter = new Intl.Segmenter('ru', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('ru', { granularity: 'word' });

export const segmentStage: Stage<'sentences' | 'tokens'> = {
  name: 'segment',
  requires: [],
  provides: ['sentences', 'tokens'],
  run(doc) {
    const sentences: Span[] = [];
    const tokens: Token[] = [];
    for (const s of sentenceSegmenter.segment(doc.text)) {
      let start = s.index;
      let end = s.index + s.segment.length;
      while (start < end && /\s/.test(doc.text[start] ?? '')) start++;
      while (end > start && /\s/.test(doc.text[end - 1] ?? '')) end--;
      if (start === end) continue;
      const sentence = sentences.length;
      sentences.push({ start, end });
      for (const w of wordSegmenter.segment(doc.text.slice(start, end))) {
        if (/^\s+$/.test(w.segment)) continue;
        const tStart = start + w.index;
        tokens.push({
          start: tStart,
          end: tStart + w.segment.length,
          text: w.segment,
          kind: w.isWordLike ? (/^\d/.test(w.segment) ? 'number' : 'word') : 'punct',
          sentence,
          spaceBefore: tStart === 0 || /\s/.test(doc.text[tStart - 1] ?? ''),
        });
      }
    }
    return { sentences, tokens };
  },
};
