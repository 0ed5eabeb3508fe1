/**
 * Runs dyad's own analysis (tokens, morphology, gazetteer, rule mentions) over a factRuEval
 * folder once, and keeps what training and scoring need per document.
 */
import type { Mention } from '../../core/layers.js';
import type { Pipeline } from '../../core/pipeline.js';
import type { FactruDoc } from '../../eval/ner/factru.js';
import { createExtractor } from '../../extract/index.js';
import { extractFeatures, type Features, type NerInput } from '../../stages/ner/features.js';
import { spansToTags } from '../../stages/ner/spans.js';

export interface AnalysedDoc {
  source: FactruDoc;
  input: NerInput;
  features: Features;
  gold: Int8Array;
  /** Sentence start token indexes, plus the token count at the end. */
  bounds: number[];
  mentions: Mention[];
}

export function analyseDoc(pipeline: Pipeline, source: FactruDoc): AnalysedDoc {
  const doc = pipeline.run({ text: source.text, lang: 'ru', published: null });
  const tokens = doc.layers.tokens ?? [];
  const input: NerInput = {
    lang: 'ru',
    tokens,
    morphology: doc.layers.morphology ?? [],
    gazetteer: doc.layers.gazetteer ?? [],
  };
  const bounds: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0 || tokens[i]?.sentence !== tokens[i - 1]?.sentence) bounds.push(i);
  }
  bounds.push(tokens.length);
  return {
    source,
    input,
    features: extractFeatures(input),
    gold: spansToTags(tokens, source.gold),
    bounds,
    mentions: doc.layers.mentions ?? [],
  };
}

export async function analyseCorpus(docs: readonly FactruDoc[]): Promise<AnalysedDoc[]> {
  const { pipeline } = await createExtractor();
  return docs.map((d) => analyseDoc(pipeline, d));
}
