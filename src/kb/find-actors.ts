/**
 * What the knowledge base knows about a name written in any language and case form: the
 * gazetteer's matches (countries, organisations, places, with inflected forms, adjectives,
 * capitals and seats of power) and the people table (names lemmatised by the name tools).
 * Runs the first pipeline stages on the query, so "Японии", "МЗС" or "Kremlin" are read as in
 * an article.
 */
import type { Lang } from '../core/doc.js';
import { buildPipeline, type Pipeline } from '../core/pipeline.js';
import { gazetteerStage } from '../stages/gazetteer/index.js';
import { morphologyStage } from '../stages/morphology/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { lookupPerson } from './persons.js';
import type { KbEntry, KnowledgeBase } from './types.js';

export interface ActorHit {
  entry: KbEntry;
  /** How the query named it: "name", "adjective", "demonym", "capital", "seat", "person". */
  as: string;
  lang: Lang;
  /** The words of the query that matched. */
  text: string;
}

const pipelines = new WeakMap<KnowledgeBase, Promise<Pipeline>>();

function pipelineFor(kb: KnowledgeBase): Promise<Pipeline> {
  let pipeline = pipelines.get(kb);
  if (!pipeline) {
    pipeline = buildPipeline([segmentStage, morphologyStage, gazetteerStage], { kb });
    pipelines.set(kb, pipeline);
  }
  return pipeline;
}

function queryLangs(query: string): Lang[] {
  const cyrillic = /[а-яёіїєґ]/i.test(query);
  if (!cyrillic) return ['en'];
  if (/[іїєґ']/i.test(query)) return ['uk', 'ru'];
  if (/[ыэъё]/i.test(query)) return ['ru', 'uk'];
  return ['ru', 'uk'];
}

/** Entries the query names, best first: whole-query matches before partial ones. */
export async function findActors(kb: KnowledgeBase, query: string): Promise<ActorHit[]> {
  const text = query.trim();
  if (text === '') return [];
  const pipeline = await pipelineFor(kb);
  const hits: ActorHit[] = [];
  const seen = new Set<string>();
  const add = (entry: KbEntry | undefined, as: string, lang: Lang, words: string) => {
    if (!entry || seen.has(entry.id)) return;
    seen.add(entry.id);
    hits.push({ entry, as, lang, text: words });
  };
  // A query is one name, not a sentence: capitalised so proper names match, as in running text.
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  for (const lang of queryLangs(text)) {
    for (const variant of new Set([text, capitalised])) {
      // "В " keeps the name from opening a sentence, where ambiguous names are refused.
      const framed = lang === 'en' ? `In ${variant}` : `В ${variant}`;
      const doc = pipeline.run({ text: framed, lang, published: null });
      const matches = [...(doc.layers.gazetteer ?? [])].sort((a, b) => b.end - b.start - (a.end - a.start));
      for (const match of matches) {
        add(kb.get(match.entry), match.kind, lang, framed.slice(match.start, match.end));
      }
    }
    add(lookupPerson(kb, capitalised, lang), 'person', lang, text);
  }
  return hits;
}
