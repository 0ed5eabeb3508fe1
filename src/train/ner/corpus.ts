/**
 * Runs dyad's own analysis (tokens, morphology, gazetteer, rule mentions) over a factRuEval
 * folder once, and keeps what training and scoring need per document. The committed tagger is
 * left out of this analysis (it was trained on these texts): the rule mentions are the rules'
 * own, and `mentionsWith` rebuilds the record's mentions from a held-out model's spans.
 */
import type { AnalyzedDoc, Mention, NerSpan } from '../../core/layers.js';
import { buildPipeline, type Pipeline, type Stage } from '../../core/pipeline.js';
import type { FactruDoc } from '../../eval/ner/factru.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import { entitiesStage } from '../../stages/entities/index.js';
import { gazetteerStage } from '../../stages/gazetteer/index.js';
import { morphologyStage } from '../../stages/morphology/index.js';
import { extractFeatures, type Features, type NerInput } from '../../stages/ner/features.js';
import { spansToTags } from '../../stages/ner/spans.js';
import { segmentStage } from '../../stages/segment/index.js';

export interface AnalysedDoc {
  source: FactruDoc;
  input: NerInput;
  features: Features;
  gold: Int8Array;
  /** Sentence start token indexes, plus the token count at the end. */
  bounds: number[];
  /** Mentions of the rules and gazetteer alone (no tagger). */
  mentions: Mention[];
  /** The analysed document, to rerun the entities stage over other tagger spans. */
  analysed: AnalyzedDoc;
}

/** A ner stage that finds nothing: the analysis must not see the committed model. */
const noTagger: Stage<'ner'> = {
  name: 'ner',
  requires: ['tokens'],
  provides: ['ner'],
  run: () => ({ ner: [] }),
};

export async function analysisPipeline(): Promise<Pipeline> {
  const kb = await loadKnowledgeBase([]);
  return buildPipeline([segmentStage, morphologyStage, gazetteerStage, noTagger, entitiesStage], { kb });
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
    analysed: doc,
  };
}

/** The record's mentions had the tagger found `ner` in this document. */
export function mentionsWith(pipeline: Pipeline, doc: AnalysedDoc, ner: NerSpan[]): Mention[] {
  const layers = { ...doc.analysed.layers, ner };
  const rerun = entitiesStage.run({ ...doc.analysed, layers }, pipeline.context);
  return rerun.mentions;
}

export async function analyseCorpus(
  docs: readonly FactruDoc[],
): Promise<{ pipeline: Pipeline; analysed: AnalysedDoc[] }> {
  const pipeline = await analysisPipeline();
  return { pipeline, analysed: docs.map((d) => analyseDoc(pipeline, d)) };
}
