/**
 * `dyad eval events`: reads GOLD.jsonl, index.jsonl and DIR/<id>.txt, runs the extractor on each
 * gold article with the index's language and publication date, and scores the result.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DyadError } from '../core/errors.js';
import type { Extractor } from '../extract/index.js';
import { type EventsReport, type ScoredArticle, scoreArticles } from './events.js';
import { type IndexEntry, parseGold, parseIndex } from './gold.js';

export interface EventsEvalOptions {
  gold: string;
  texts: string;
  /** Defaults to index.jsonl next to the gold file, when it exists. */
  index?: string;
}

export type ExtractLike = Pick<Extractor, 'extract'>;

function readText(dir: string, id: string): string {
  const file = join(dir, `${id}.txt`);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new DyadError('E_INPUT_NOT_FOUND', `no text for gold article ${id}: ${file}`, 'check --texts');
  }
}

export function loadIndex(options: EventsEvalOptions): Map<string, IndexEntry> {
  if (options.index) return parseIndex(options.index);
  const beside = join(dirname(options.gold), 'index.jsonl');
  return existsSync(beside) ? parseIndex(beside) : new Map();
}

export async function evaluateEvents(
  options: EventsEvalOptions,
  extractor: ExtractLike,
): Promise<EventsReport> {
  const gold = parseGold(options.gold);
  const index = loadIndex(options);
  const articles: ScoredArticle[] = [];
  for (const article of gold) {
    const text = readText(options.texts, article.id);
    const entry = index.get(article.id);
    const record = await extractor.extract(text, {
      lang: entry?.lang ?? 'auto',
      published: entry?.published ?? null,
      source: `${article.id}.txt`,
    });
    articles.push({
      id: article.id,
      lang: entry?.lang ?? record.doc.lang,
      text: record.doc.text,
      gold: article.events,
      predicted: record.events,
    });
  }
  return scoreArticles(articles);
}
