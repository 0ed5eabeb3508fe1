import { createHash } from 'node:crypto';
import type { DocInfo, DocumentRecord, Lang } from '../core/doc.js';
import type { AnalyzedDoc } from '../core/layers.js';

/** Same article, same id: the hash of the text with whitespace runs collapsed and NFC applied. */
export function documentId(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return `sha256:${createHash('sha256').update(normalised).digest('hex')}`;
}

/** Drops the internal fields of the layers, keeping exactly the public record. */
export function toRecord(
  doc: AnalyzedDoc,
  info: { source: string; lang: Lang; published: string | null; title: string | null },
): DocumentRecord {
  const { layers } = doc;
  const docInfo: DocInfo = {
    id: documentId(doc.text),
    source: info.source,
    lang: info.lang,
    published: info.published,
    title: info.title,
    text: doc.text,
  };
  return {
    doc: docInfo,
    sentences: (layers.sentences ?? []).map(({ start, end }) => ({ start, end })),
    mentions: (layers.mentions ?? []).map(({ start, end, text, label, entity }) => ({
      start,
      end,
      text,
      label,
      entity,
    })),
    entities: (layers.entities ?? []).map(({ id, label, name, lemma, country, roles, kb }) => ({
      id,
      label,
      name,
      lemma,
      country,
      roles,
      kb,
    })),
    events: layers.events ?? [],
    quotes: layers.quotes ?? [],
    dates: layers.dates ?? [],
  };
}
