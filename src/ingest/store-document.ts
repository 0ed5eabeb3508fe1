/**
 * One read document into the store: skipped before extraction when its id is already stored
 * (re-ingesting a folder costs look-ups, not extraction), else extracted and written. Shared by
 * `dyad ingest` and `dyad worker`.
 */
import type { DocumentRecord, Lang } from '../core/doc.js';
import type { ExtractOptions, Extractor } from '../extract/index.js';
import { documentId } from '../extract/record.js';
import type { PutResult, Store } from '../store/types.js';
import type { SourceDocument } from './source-document.js';

export interface IngestDefaults {
  lang: Lang | 'auto';
  published: string | null;
}

/** The record to store, or null when a document with the same text is stored already. */
export async function extractNew(
  doc: SourceDocument,
  extractor: () => Promise<Extractor>,
  store: Store,
  defaults: IngestDefaults,
): Promise<DocumentRecord | null> {
  if (await store.hasDocument(documentId(doc.text))) return null;
  return extractRecord(doc, extractor, defaults);
}

/** Extraction options for a read document: what its container said, else the defaults. */
export function extractOptionsFor(doc: SourceDocument, defaults: IngestDefaults): ExtractOptions {
  return {
    lang: doc.lang ?? defaults.lang,
    published: doc.published ?? defaults.published,
    source: doc.source,
    title: doc.title,
  };
}

/** The record of a read document, with what its container said filling the record's fields. */
export async function extractRecord(
  doc: SourceDocument,
  extractor: () => Promise<Extractor>,
  defaults: IngestDefaults,
): Promise<DocumentRecord> {
  return (await extractor()).extract(doc.text, extractOptionsFor(doc, defaults));
}

export async function storeDocument(
  doc: SourceDocument,
  extractor: () => Promise<Extractor>,
  store: Store,
  defaults: IngestDefaults,
): Promise<PutResult> {
  const record = await extractNew(doc, extractor, store, defaults);
  if (!record) return { id: documentId(doc.text), status: 'duplicate', nearDuplicateOf: null, events: 0 };
  return store.putDocument(record);
}

/** Counts for the summary line; failures grouped by reason. */
export class IngestTally {
  read = 0;
  added = 0;
  duplicate = 0;
  nearDuplicate = 0;
  events = 0;
  failed = 0;
  readonly reasons = new Map<string, number>();

  add(result: PutResult): void {
    if (result.status === 'duplicate') {
      this.duplicate++;
      return;
    }
    this.added++;
    this.events += result.events;
    if (result.nearDuplicateOf) this.nearDuplicate++;
  }

  fail(reason: string): void {
    this.failed++;
    this.reasons.set(reason, (this.reasons.get(reason) ?? 0) + 1);
  }

  summary(): string {
    const near = this.nearDuplicate > 0 ? ` (${this.nearDuplicate} near-duplicates of stored articles)` : '';
    const reasons = [...this.reasons].map(([reason, count]) => `${count} × ${reason}`).join('; ');
    return (
      `read ${this.read}, new ${this.added}${near}, duplicate ${this.duplicate}, failed ${this.failed}` +
      `${reasons ? ` (${reasons})` : ''}; ${this.events} events stored`
    );
  }
}
