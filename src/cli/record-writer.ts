/** Serialises records in the chosen format as they are produced, so output streams. */
import type { DocumentRecord } from '../core/doc.js';
import { formatTable } from './format-table.js';
import type { Output } from './output.js';
import type { Style } from './style.js';

export type Format = 'json' | 'jsonl' | 'table';
export const FORMATS: readonly Format[] = ['json', 'jsonl', 'table'];

export interface RecordWriter {
  write(record: DocumentRecord): Promise<void>;
  close(): Promise<void>;
}

/**
 * `single` prints one bare pretty record for json; otherwise json is an array even when only
 * one record survives, so the shape depends on the arguments, not on which files were usable.
 */
export function createRecordWriter(format: Format, out: Output, style: Style, single: boolean): RecordWriter {
  let count = 0;
  switch (format) {
    case 'jsonl':
      return { write: (record) => out.write(`${JSON.stringify(record)}\n`), close: async () => {} };
    case 'table':
      return { write: (record) => out.write(formatTable(record, style)), close: async () => {} };
    case 'json':
      if (single) {
        return {
          write: (record) => out.write(`${JSON.stringify(record, null, 2)}\n`),
          close: async () => {},
        };
      }
      return {
        async write(record) {
          // JSON escapes newlines inside strings, so every raw newline is structural and safe to indent.
          const body = `  ${JSON.stringify(record, null, 2).replace(/\n/g, '\n  ')}`;
          await out.write(count === 0 ? `[\n${body}` : `,\n${body}`);
          count++;
        },
        close: () => out.write(count === 0 ? '[]\n' : '\n]\n'),
      };
  }
}
