/** A flat CSV of events for spreadsheets: RFC 4180 quoting, one header row. */
import type { StoredEvent } from '../store/types.js';

export const CSV_COLUMNS = [
  'id',
  'date',
  'type',
  'mode',
  'cameo',
  'goldstein',
  'source',
  'source_country',
  'target',
  'target_country',
  'modality',
  'negated',
  'confidence',
  'articles',
  'sources',
  'trigger',
  'evidence',
  'document',
  'url',
  'published',
] as const;

function cell(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(event: StoredEvent): string {
  const values = [
    event.id,
    event.date,
    event.type,
    event.mode,
    event.cameo,
    event.goldstein,
    event.source?.name,
    event.source?.country,
    event.target?.name,
    event.target?.country,
    event.modality,
    event.negated,
    event.confidence,
    event.numArticles,
    event.numSources,
    event.trigger.text,
    event.evidence.text,
    event.document.id,
    event.document.source,
    event.document.published,
  ];
  return `${values.map(cell).join(',')}\r\n`;
}
