/**
 * Gold annotations (docs: gold-format.md): GOLD.jsonl with one article a line, index.jsonl with
 * the language and publication date of each article. Bad lines are user errors naming the line.
 */
import { readFileSync } from 'node:fs';
import { EVENT_TYPES, type EventType, type Lang } from '../core/doc.js';
import { DyadError } from '../core/errors.js';

export type GoldType = EventType | 'INVITE';

export interface GoldActor {
  country?: string | null;
  name?: string | null;
  role?: string | null;
}

export interface GoldEvent {
  type: GoldType;
  mode?: string | null;
  source: GoldActor | null;
  target: GoldActor | null;
  date?: string | null;
  evidence: string;
  negated?: boolean;
}

export interface GoldArticle {
  id: string;
  events: GoldEvent[];
}

export interface IndexEntry {
  id: string;
  lang: Lang | null;
  url?: string | null;
  published: string | null;
}

// Gold files may also say INVITE, scored as AGREE.
const TYPES = new Set<string>([...EVENT_TYPES, 'INVITE']);
const DATE = /^\d{4}-\d{2}(-\d{2})?$/;

function badGold(file: string, line: number, what: string): DyadError {
  return new DyadError(
    'E_INPUT_UNREADABLE',
    `${file}:${line}: ${what}`,
    'see docs on the gold format (gold-format.md)',
  );
}

function readLines(file: string): { line: number; value: unknown }[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new DyadError('E_INPUT_NOT_FOUND', `cannot read ${file}`, 'check the path');
  }
  const out: { line: number; value: unknown }[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      out.push({ line: i + 1, value: JSON.parse(raw) });
    } catch {
      throw badGold(file, i + 1, 'not a JSON object');
    }
  });
  return out;
}

function checkEvent(file: string, line: number, value: unknown): GoldEvent {
  const event = value as Partial<GoldEvent> | null;
  if (!event || typeof event !== 'object') throw badGold(file, line, 'an event is not an object');
  if (typeof event.type !== 'string' || !TYPES.has(event.type)) {
    throw badGold(file, line, `unknown event type ${JSON.stringify(event.type)}`);
  }
  if (typeof event.evidence !== 'string') throw badGold(file, line, 'an event has no evidence');
  if (event.date != null && !DATE.test(event.date)) {
    throw badGold(file, line, `date ${JSON.stringify(event.date)} is not YYYY-MM-DD or YYYY-MM`);
  }
  return { ...event, source: event.source ?? null, target: event.target ?? null } as GoldEvent;
}

export function parseGold(file: string): GoldArticle[] {
  const seen = new Set<string>();
  return readLines(file).map(({ line, value }) => {
    const article = value as Partial<GoldArticle> | null;
    if (!article || typeof article.id !== 'string') throw badGold(file, line, 'no "id"');
    if (!Array.isArray(article.events)) throw badGold(file, line, 'no "events" array');
    if (seen.has(article.id)) throw badGold(file, line, `article ${article.id} is listed twice`);
    seen.add(article.id);
    return { id: article.id, events: article.events.map((e) => checkEvent(file, line, e)) };
  });
}

export function parseIndex(file: string): Map<string, IndexEntry> {
  const index = new Map<string, IndexEntry>();
  for (const { line, value } of readLines(file)) {
    const entry = value as Partial<IndexEntry> | null;
    if (!entry || typeof entry.id !== 'string') throw badGold(file, line, 'no "id"');
    const lang = entry.lang === 'ru' || entry.lang === 'uk' || entry.lang === 'en' ? entry.lang : null;
    const published =
      typeof entry.published === 'string' && DATE.test(entry.published) ? entry.published : null;
    index.set(entry.id, { id: entry.id, lang, url: entry.url ?? null, published });
  }
  return index;
}
