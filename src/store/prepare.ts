/**
 * What a record becomes before it is written: its rows, search terms and SimHash fingerprint.
 * Pure computation with no database, so it can run where the record was made (a worker's
 * extraction thread, whose dictionaries are warm from the same words) and travel as plain data.
 */
import type { DocumentRecord } from '../core/doc.js';
import { bands, fingerprint } from './fingerprint.js';
import { documentRows, outletOf } from './rows.js';
import { documentTerms } from './terms.js';
import type { PreparedDocument } from './types.js';

/** Call prepareTerms() (terms.ts) once before, so lemmas are found. */
export function prepareDocument(record: DocumentRecord): PreparedDocument {
  const print = fingerprint(record.doc.text);
  return {
    record,
    rows: documentRows(record),
    terms: [...documentTerms(record)],
    print,
    bands: bands(print),
    outlet: outletOf(record.doc.source, record.doc.id),
  };
}
