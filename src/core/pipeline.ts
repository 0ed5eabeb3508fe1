/**
 * A pipeline of small stages (spaCy components, Stanza processors): each declares the layers it
 * requires and provides; the order is checked when the pipeline is built, not discovered at run
 * time, so a missing stage is an error that names what is missing.
 */

import type { KnowledgeBase } from '../kb/types.js';
import type { Lang } from './doc.js';
import { DyadError } from './errors.js';
import type { AnalyzedDoc, LayerName, Layers } from './layers.js';

export interface StageContext {
  readonly kb: KnowledgeBase;
}

export interface Stage<P extends LayerName = LayerName> {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly P[];
  /** One-off asynchronous set-up (dictionaries); called once when the pipeline is built. */
  prepare?(): Promise<void>;
  run(doc: AnalyzedDoc, context: StageContext): Pick<Layers, P>;
}

/** A stage of any layers, as the pipeline holds them. */
export interface AnyStage extends Omit<Stage, 'run'> {
  run(doc: AnalyzedDoc, context: StageContext): Partial<Layers>;
}

export interface Pipeline {
  readonly stages: readonly AnyStage[];
  readonly context: StageContext;
  run(input: { text: string; lang: Lang; published: string | null }): AnalyzedDoc;
}

export function checkOrder(stages: readonly AnyStage[]): void {
  const available = new Set<LayerName>();
  for (const stage of stages) {
    const missing = stage.requires.filter((name) => !available.has(name));
    if (missing.length > 0) {
      throw new DyadError(
        'E_PIPELINE',
        `stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage provides`,
        'add the stage that provides it before this one',
      );
    }
    for (const name of stage.provides) available.add(name);
  }
}

export async function buildPipeline(stages: readonly AnyStage[], context: StageContext): Promise<Pipeline> {
  checkOrder(stages);
  await Promise.all(stages.map((stage) => stage.prepare?.()));
  return {
    stages,
    context,
    run(input) {
      const layers: Partial<Layers> = {};
      const doc: AnalyzedDoc = { text: input.text, lang: input.lang, published: input.published, layers };
      for (const stage of stages) Object.assign(layers, stage.run(doc, context));
      return doc;
    },
  };
}
