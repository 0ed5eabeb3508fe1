/**
 * An article with its layers highlighted: names by label, event triggers, quotes, dates. Hovering
 * or focusing a piece shows its records; choosing an event (click, Enter, or the list) outlines
 * its evidence and shows the event's fields. Text goes into the page as text nodes only.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DocumentRecord, EventRecord } from '../api.js';
import { actorName, goldsteinClass, signed, typeLabel } from '../format.js';
import { type Mark, type MarkKind, marksOf, type Piece, segment } from '../highlight.js';

const KIND_LABELS: Record<MarkKind, string> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  trigger: 'event trigger',
  quote: 'quote',
  date: 'date',
};

function describeMark(record: DocumentRecord, mark: Mark): [string, string][] {
  switch (mark.kind) {
    case 'PER':
    case 'ORG':
    case 'LOC': {
      const mention = record.mentions[mark.index];
      const entity = record.entities.find((e) => e.id === mention?.entity);
      return [
        ['mention', `${KIND_LABELS[mark.kind]} «${mention?.text ?? ''}»`],
        ['entity', entity ? `${entity.name} (${entity.lemma})` : '—'],
        ['country', entity?.country ?? '—'],
        ['knowledge base', entity?.kb ?? '—'],
        [
          'roles',
          entity?.roles.map((r) => `${r.role}${r.country ? `, ${r.country}` : ''}`).join('; ') || '—',
        ],
      ];
    }
    case 'trigger': {
      const event = record.events[mark.index];
      return event ? eventFields(event) : [];
    }
    case 'quote': {
      const quote = record.quotes[mark.index];
      const speaker = record.entities.find((e) => e.id === quote?.speaker);
      return [
        ['quote', `${quote?.text.slice(0, 80) ?? ''}${(quote?.text.length ?? 0) > 80 ? '…' : ''}`],
        ['speaker', speaker?.name ?? '—'],
        ['cue', quote?.cue?.text ?? '—'],
      ];
    }
    case 'date': {
      const date = record.dates[mark.index];
      return [
        ['date', `«${date?.text ?? ''}»`],
        ['value', date?.value ?? '—'],
      ];
    }
  }
}

export function eventFields(event: EventRecord): [string, string][] {
  return [
    ['event', typeLabel(event)],
    ['source', actorName(event.source)],
    ['target', actorName(event.target)],
    ['type', event.type],
    ['mode', event.mode ?? '—'],
    ['CAMEO', event.cameo],
    ['Goldstein', signed(event.goldstein)],
    ['date', event.date ?? '—'],
    ['modality', `${event.modality}${event.negated ? ', negated' : ''}`],
    ['trigger', `«${event.trigger.text}»`],
    ['rule', event.rule],
    ['confidence', String(event.confidence)],
  ];
}

function Fields({ fields }: { fields: [string, string][] }) {
  return (
    <dl class="fields">
      {fields.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function pieceClass(piece: Piece, selected: number | null): string {
  const kinds = new Set(piece.marks.map((m) => m.kind));
  const classes = ['hl', ...[...kinds].map((k) => `k-${k}`)];
  if (piece.marks.some((m) => m.kind === 'trigger' && m.index === selected)) classes.push('selected');
  return classes.join(' ');
}

export function ArticleView({
  record,
  selectedId,
  onSelect,
}: {
  record: DocumentRecord;
  selectedId: string | null;
  onSelect: (eventId: string | null) => void;
}) {
  const { text } = record.doc;
  const marks = useMemo(() => marksOf(record), [record]);
  const selectedIndex = record.events.findIndex((e) => e.id === selectedId);
  const selected = selectedIndex >= 0 ? (record.events[selectedIndex] ?? null) : null;
  const segments = useMemo(
    () => segment(text.length, marks, selected ? selected.evidence : null),
    [text, marks, selected],
  );
  const [hovered, setHovered] = useState<Mark[]>([]);
  const evidenceRef = useRef<HTMLElement>(null);
  const articleRef = useRef<HTMLElement>(null);
  // Choosing an event re-wraps the text around its evidence, which replaces the trigger's
  // element: the keyboard focus is put back on the trigger that was pressed.
  const refocus = useRef<number | null>(null);
  // Before paint, so a second key press already finds the focus back on the trigger.
  useLayoutEffect(() => {
    if (refocus.current === null) return;
    const button = articleRef.current?.querySelector<HTMLElement>(`button[data-start="${refocus.current}"]`);
    if (button && document.activeElement !== button) button.focus({ preventScroll: true });
    if (button) refocus.current = null;
  });
  useEffect(() => {
    if (selected) evidenceRef.current?.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [selected]);

  const renderPiece = (piece: Piece) => {
    const content = text.slice(piece.start, piece.end);
    if (piece.marks.length === 0) return content;
    const trigger = piece.marks.find((m) => m.kind === 'trigger');
    const event = trigger ? record.events[trigger.index] : undefined;
    const show = () => setHovered(piece.marks);
    const label = piece.marks.map((m) => KIND_LABELS[m.kind]).join(', ');
    if (event) {
      return (
        <button
          type="button"
          key={piece.start}
          class={pieceClass(piece, selectedIndex)}
          data-start={piece.start}
          aria-pressed={event.id === selectedId}
          aria-label={`${content}: ${typeLabel(event)} event, ${actorName(event.source)} to ${actorName(event.target)}`}
          onMouseEnter={show}
          onFocus={show}
          onClick={() => {
            refocus.current = piece.start;
            onSelect(event.id === selectedId ? null : event.id);
          }}
        >
          {content}
        </button>
      );
    }
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: the hover preview repeats the title tooltip; keyboard users reach the same records through the trigger buttons, the event list and the list of names.
      <span key={piece.start} class={pieceClass(piece, selectedIndex)} title={label} onMouseEnter={show}>
        {content}
      </span>
    );
  };

  return (
    <div class="article-layout">
      <div>
        <Legend />
        <article class="article-text" lang={record.doc.lang} ref={articleRef}>
          {segments.map((seg) =>
            seg.evidence ? (
              <mark key={`e${seg.pieces[0]?.start}`} class="evidence" ref={evidenceRef}>
                {seg.pieces.map(renderPiece)}
              </mark>
            ) : (
              seg.pieces.map(renderPiece)
            ),
          )}
        </article>
      </div>
      <aside class="side" aria-label="Details">
        <section>
          <h2>Selected event</h2>
          {selected ? (
            <div class={`event-card ${goldsteinClass(selected.goldstein)}`} data-testid="event-details">
              <Fields fields={eventFields(selected)} />
              <p class="small">
                Evidence: <q>{selected.evidence.text}</q>
              </p>
            </div>
          ) : (
            <p class="muted">Click an event trigger in the text, or choose one below.</p>
          )}
        </section>
        <section aria-live="polite">
          <h2>Under the pointer</h2>
          {hovered.length === 0 ? (
            <p class="muted">Point at or focus a highlight to see its record.</p>
          ) : (
            hovered.map((mark) => (
              <div
                key={`${mark.kind}${mark.index}${mark.start}`}
                class="hover-card"
                data-testid="hover-record"
              >
                <Fields fields={describeMark(record, mark)} />
              </div>
            ))
          )}
        </section>
        <section>
          <h2>Events ({record.events.length})</h2>
          <ol class="event-list">
            {record.events.map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  class={`link ${event.id === selectedId ? 'current' : ''}`}
                  aria-pressed={event.id === selectedId}
                  onClick={() => onSelect(event.id === selectedId ? null : event.id)}
                >
                  {typeLabel(event)}: {actorName(event.source)} → {actorName(event.target)}
                </button>
              </li>
            ))}
          </ol>
        </section>
        <details class="names">
          <summary>Names in the text ({record.entities.length})</summary>
          <ul>
            {record.entities.map((entity) => {
              const mentions = record.mentions.filter((m) => m.entity === entity.id).length;
              return (
                <li key={entity.id}>
                  <span class={`hl k-${entity.label}`}>{entity.name}</span> {KIND_LABELS[entity.label]}
                  {entity.country ? `, ${entity.country}` : ''}
                  {entity.kb ? `, ${entity.kb}` : ''} · {mentions} {mentions === 1 ? 'mention' : 'mentions'}
                  {entity.roles.length > 0 && (
                    <div class="small muted">
                      {entity.roles.map((r) => `${r.role}${r.country ? `, ${r.country}` : ''}`).join('; ')}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      </aside>
    </div>
  );
}

function Legend() {
  return (
    <ul class="legend" aria-label="Highlight colours">
      {(Object.keys(KIND_LABELS) as MarkKind[]).map((kind) => (
        <li key={kind}>
          <span class={`hl k-${kind}`}>{KIND_LABELS[kind]}</span>
        </li>
      ))}
      <li>
        <mark class="evidence">evidence of the selected event</mark>
      </li>
    </ul>
  );
}
