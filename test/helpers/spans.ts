/**
 * Checks the promise every record makes: each `text` beside a `start`/`end` equals
 * doc.text.slice(start, end), offsets lie inside the text, sentences are ordered and disjoint,
 * and ids used in the record point at entities that exist. The walk is generic, so a field
 * added to the record later is checked without touching this file.
 */
import type { DocumentRecord } from '../../src/core/doc.js';

export interface FoundSpan {
  path: string;
  start: number;
  end: number;
  text?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every object below the record (outside `doc`) with numeric start and end, with its JSON path. */
export function collectSpans(record: DocumentRecord): FoundSpan[] {
  const found: FoundSpan[] = [];
  const visit = (value: Json, path: string): void => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, `${path}[${index}]`);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const { start, end, text } = value;
    if (typeof start === 'number' && typeof end === 'number') {
      found.push({ path, start, end, ...(typeof text === 'string' ? { text } : {}) });
    }
    for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
  };
  const { doc: _doc, ...layers } = record;
  visit(layers as unknown as Json, '$');
  return found;
}

/** Problems found, as readable lines; empty when the record keeps its promises. */
export function checkSpans(record: DocumentRecord): string[] {
  const { text } = record.doc;
  const problems: string[] = [];
  for (const span of collectSpans(record)) {
    const { path, start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
      problems.push(`${path}: [${start}, ${end}) is not inside a text of length ${text.length}`);
    } else if (span.text !== undefined && span.text !== text.slice(start, end)) {
      problems.push(
        `${path}: text ${JSON.stringify(span.text)} ≠ slice ${JSON.stringify(text.slice(start, end))}`,
      );
    }
  }
  let previousEnd = 0;
  record.sentences.forEach((sentence, index) => {
    if (sentence.start < previousEnd) {
      problems.push(
        `$.sentences[${index}] starts at ${sentence.start}, before the previous end ${previousEnd}`,
      );
    }
    if (sentence.start >= sentence.end) problems.push(`$.sentences[${index}] is empty`);
    previousEnd = Math.max(previousEnd, sentence.end);
  });
  return problems;
}

/** Ids that point nowhere: mentions, event actors and quote speakers must name known entities. */
export function checkReferences(record: DocumentRecord): string[] {
  const ids = new Set(record.entities.map((entity) => entity.id));
  const problems: string[] = [];
  const expect = (id: string | null | undefined, path: string) => {
    if (id != null && !ids.has(id)) problems.push(`${path} names entity ${id}, which is not in entities`);
  };
  if (ids.size !== record.entities.length) problems.push('$.entities has duplicate ids');
  for (const [i, mention] of record.mentions.entries()) expect(mention.entity, `$.mentions[${i}].entity`);
  record.events.forEach((event, i) => {
    expect(event.source?.entity, `$.events[${i}].source.entity`);
    expect(event.target?.entity, `$.events[${i}].target.entity`);
  });
  for (const [i, quote] of record.quotes.entries()) expect(quote.speaker, `$.quotes[${i}].speaker`);
  const eventIds = record.events.map((event) => event.id);
  if (new Set(eventIds).size !== eventIds.length) problems.push('$.events has duplicate ids');
  return problems;
}
