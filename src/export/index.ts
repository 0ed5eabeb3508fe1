/**
 * Export formats: each turns one stored event into text, so a command streams any number of
 * events through them in constant memory.
 */
import type { StoredEvent } from '../store/types.js';
import { csvHeader, csvRow } from './csv.js';
import { gdeltRow } from './gdelt.js';
import { ploverRecord } from './plover.js';

export type ExportFormat = 'jsonl' | 'csv' | 'plover' | 'gdelt';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'plover', 'gdelt'];

export interface Exporter {
  header: string;
  row(event: StoredEvent): string;
}

export function exporter(format: ExportFormat, version: string): Exporter {
  switch (format) {
    case 'jsonl':
      return { header: '', row: (event) => `${JSON.stringify(event)}\n` };
    case 'csv':
      return { header: csvHeader(), row: csvRow };
    case 'plover':
      return { header: '', row: (event) => `${JSON.stringify(ploverRecord(event, version))}\n` };
    case 'gdelt': {
      const added = new Date();
      return { header: '', row: (event) => gdeltRow(event, added) };
    }
  }
}

export { GDELT_COLUMNS } from './gdelt.js';
