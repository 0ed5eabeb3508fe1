/**
 * The extractor: text in, document record out. Builds the default pipeline once (dictionaries,
 * knowledge base) and then runs synchronously per document, so it can be used in worker threads.
 */
import type { DocumentRecord, Lang } from '../core/doc.js';
import { DyadError } from '../core/errors.js';
import { type AnyStage, buildPipeline, type Pipeline } from '../core/pipeline.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { datesStage } from '../stages/dates/index.js';
import { detectLanguage, prepareLanguageDetection } from '../stages/detect-lang/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { eventsStage } from '../stages/events/index.js';
import { gazetteerStage } from '../stages/gazetteer/index.js';
import { morphologyStage } from '../stages/morphology/index.js';
import { nerStage } from '../stages/ner/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { toRecord } from './record.js';

export const DEFAULT_STAGES: readonly AnyStage[] = [
  segmentStage,
  morphologyStage,
  gazetteerStage,
  nerStage,
  entitiesStage,
  datesStage,
  quotesStage,
  eventsStage,
];

export interface ExtractOptions {
  /** 'auto' (default) detects ru, uk or en. */
  lang?: Lang | 'auto';
  /** Reference date for relative dates, YYYY-MM-DD. */
  published?: string | null;
  source?: string;
  title?: string | null;
}

export interface Extractor {
  extract(text: string, options?: ExtractOptions): Promise<DocumentRecord>;
  readonly pipeline: Pipeline;
}

export interface ExtractorOptions {
  /** Extra knowledge-base files that add or override entries. */
  kbFiles?: string[];
  /** Load the language detector up front instead of on first use. */
  eager?: boolean;
}

export async function createExtractor(options: ExtractorOptions = {}): Promise<Extractor> {
  const kb = await loadKnowledgeBase(options.kbFiles ?? []);
  const [pipeline] = await Promise.all([
    buildPipeline(DEFAULT_STAGES, { kb }),
    options.eager ? prepareLanguageDetection() : undefined,
  ]);
  return {
    pipeline,
    async extract(text, extractOptions = {}) {
      const requested = extractOptions.lang ?? 'auto';
      const lang = requested === 'auto' ? await detectLanguage(text) : requested;
      if (lang === null) {
        throw new DyadError(
          'E_LANG_UNSUPPORTED',
          'the text is not in Russian, Ukrainian or English',
          'dyad reads ru, uk and en; pass --lang to force one',
        );
      }
      const published = extractOptions.published ?? null;
      const doc = pipeline.run({ text, lang, published });
      return toRecord(doc, {
        source: extractOptions.source ?? '-',
        lang,
        published,
        title: extractOptions.title ?? null,
      });
    },
  };
}
