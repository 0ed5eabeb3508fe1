import { describe, expect, it } from 'vitest';
import type { DocumentRecord, EventRecord } from '../core/doc.js';
import { isCalendarDate } from './extract.js';
import { formatTable } from './format-table.js';
import { styleFor } from './style.js';

const text = 'Зеленский провел телефонный разговор с Такаити.';
const event: EventRecord = {
  id: 'v1',
  type: 'CONSULT',
  mode: 'phone',
  cameo: '041',
  goldstein: 1,
  source: { entity: 'e1', name: 'Volodymyr Zelensky', country: 'UKR', role: 'president' },
  target: { entity: 'e2', name: 'Sanae Takaichi', country: 'JPN', role: 'prime minister' },
  date: '2025-10-24',
  modality: 'planned',
  negated: false,
  trigger: { start: 10, end: 36, text: text.slice(10, 36) },
  evidence: { start: 0, end: text.length, text },
  confidence: 0.9,
  rule: 'ru.consult.phone.1',
};
const record: DocumentRecord = {
  doc: { id: 'sha256:x', source: 'a.txt', lang: 'ru', published: '2025-10-24', title: null, text },
  sentences: [{ start: 0, end: text.length }],
  mentions: [],
  entities: [],
  events: [
    event,
    {
      ...event,
      id: 'v2',
      mode: null,
      target: null,
      source: { ...event.source, name: null, entity: null } as never,
    },
  ],
  quotes: [],
  dates: [],
};

describe('formatTable', () => {
  it('prints one row per event and the counts, plain when not on a terminal', () => {
    const lines = formatTable(record, styleFor(false)).split('\n');
    expect(lines[0]).toBe('a.txt  ·  ru  ·  2025-10-24');
    expect(lines[1]).toBe(
      '  CONSULT/phone [planned]  Volodymyr Zelensky (UKR) → Sanae Takaichi (JPN)  2025-10-24  «провел телефонный разговор»  ru.consult.phone.1',
    );
    expect(lines[2]).toMatch(/^ {2}CONSULT \[planned\] {8}\? → \? +2025-10-24/);
    expect(lines[3]).toBe('  2 events · 0 entities · 0 mentions · 0 quotes · 0 dates · 1 sentence');
  });

  it('colours only on a terminal without NO_COLOR', () => {
    expect(formatTable(record, styleFor(true, {}))).toContain('\u001b[');
    expect(formatTable(record, styleFor(true, { NO_COLOR: '1' }))).not.toContain('\u001b[');
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2025-10-24', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['24.10.2025', false],
    ['2025-10', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
