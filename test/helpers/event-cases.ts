/**
 * Table-driven event cases: a sentence in one language and the events it must give, each actor
 * named by an ISO3 code or a piece of its English name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActorRecord, DocumentRecord, EventRecord, Lang } from '../../src/core/doc.js';
import { createExtractor, type Extractor } from '../../src/extract/index.js';

export interface ExpectedEvent {
  type: EventRecord['type'];
  source: string;
  target: string | null;
  modality?: EventRecord['modality'];
}

export interface EventCase {
  lang: Lang;
  text: string;
  events: ExpectedEvent[];
  /** When set, no other events may be found. */
  exact?: boolean;
}

/** An expected actor: an ISO3 country code, or a piece of the English name. */
function actorIs(actor: ActorRecord | null, expected: string | null): boolean {
  if (expected === null) return actor === null;
  if (!actor) return false;
  if (/^[A-Z]{3}$/.test(expected)) return actor.country === expected;
  return (actor.name ?? '').toLowerCase().includes(expected.toLowerCase());
}

export function describeEvents(record: DocumentRecord): string {
  return record.events
    .map(
      (e) =>
        `${e.type} ${e.source?.name}/${e.source?.country} -> ${e.target?.name}/${e.target?.country} ${e.modality} [${e.rule}]`,
    )
    .join('\n');
}

/** One test per case, extracted with the publication date 2025-11-05. */
export function eventCases(title: string, cases: readonly EventCase[]): void {
  describe(title, () => {
    let extractor: Extractor;
    beforeAll(async () => {
      extractor = await createExtractor();
    });
    it.each(cases)('$lang: $text', async ({ lang, text, events, exact }) => {
      const record = await extractor.extract(text, { lang, published: '2025-11-05' });
      for (const expected of events) {
        const found = record.events.find(
          (e) =>
            e.type === expected.type &&
            actorIs(e.source, expected.source) &&
            actorIs(e.target, expected.target) &&
            (!expected.modality || e.modality === expected.modality),
        );
        expect(found, `expected ${JSON.stringify(expected)} among:\n${describeEvents(record)}`).toBeDefined();
      }
      if (exact) expect(record.events.length, describeEvents(record)).toBe(events.length);
    });
  });
}
