/**
 * The `table` format: a summary for people, one block per document. Not a contract — scripts
 * should read json or jsonl.
 */
import type { ActorRecord, DocumentRecord, EventRecord } from '../core/doc.js';
import type { Style } from './style.js';

const MAX_ACTORS = 56;
const MAX_TRIGGER = 40;

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function actor(a: ActorRecord | null): string {
  if (!a || (!a.name && !a.entity)) return '?';
  const name = a.name ?? a.entity ?? '?';
  return a.country && !name.includes(a.country) ? `${name} (${a.country})` : name;
}

function typeCell(event: EventRecord): string {
  const type = event.mode ? `${event.type}/${event.mode}` : event.type;
  const flags = [event.modality !== 'asserted' ? event.modality : '', event.negated ? 'negated' : '']
    .filter(Boolean)
    .join(',');
  return flags ? `${type} [${flags}]` : type;
}

function eventRow(event: EventRecord): string[] {
  return [
    typeCell(event),
    clip(`${actor(event.source)} → ${actor(event.target)}`, MAX_ACTORS),
    event.date ?? '-',
    `«${clip(event.trigger.text, MAX_TRIGGER)}»`,
    event.rule,
  ];
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

export function countsLine(record: DocumentRecord): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return [
    n(record.events.length, 'event'),
    n(record.entities.length, 'entity').replace('entitys', 'entities'),
    n(record.mentions.length, 'mention'),
    n(record.quotes.length, 'quote'),
    n(record.dates.length, 'date'),
    n(record.sentences.length, 'sentence'),
  ].join(' · ');
}

export function formatTable(record: DocumentRecord, style: Style): string {
  const { doc } = record;
  const head = [doc.source, doc.lang, doc.published ?? 'undated', doc.title ? `“${doc.title}”` : '']
    .filter(Boolean)
    .join('  ·  ');
  const lines = [style.bold(head)];
  const rows = record.events.map(eventRow);
  const widths = [0, 1, 2, 3].map((col) => Math.max(0, ...rows.map((row) => [...(row[col] ?? '')].length)));
  for (const row of rows) {
    const [type = '', actors = '', date = '', trigger = '', rule = ''] = row;
    const cells = [
      style.type(pad(type, widths[0] ?? 0)),
      pad(actors, widths[1] ?? 0),
      pad(date, widths[2] ?? 0),
      pad(trigger, widths[3] ?? 0),
      style.dim(rule),
    ];
    lines.push(`  ${cells.join('  ')}`);
  }
  if (rows.length === 0) lines.push(style.dim('  (no events found)'));
  lines.push(style.dim(`  ${countsLine(record)}`), '');
  return `${lines.join('\n')}\n`;
}
