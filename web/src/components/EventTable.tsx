/** Stored events as a table: sortable columns, actors linking to their pages, evidence to its article. */
import { useMemo, useState } from 'preact/hooks';
import type { StoredEvent } from '../api.js';
import { actorName, documentLabel, eventDay, goldsteinClass, signed, typeLabel } from '../format.js';
import { href } from '../router.js';

type Column = 'date' | 'type' | 'source' | 'target' | 'cameo' | 'goldstein' | 'articles';

const COLUMNS: { key: Column; label: string; value: (e: StoredEvent) => string | number }[] = [
  { key: 'date', label: 'Date', value: eventDay },
  { key: 'type', label: 'Type', value: typeLabel },
  { key: 'source', label: 'Source', value: (e) => actorName(e.source) },
  { key: 'target', label: 'Target', value: (e) => actorName(e.target) },
  { key: 'cameo', label: 'CAMEO', value: (e) => e.cameo },
  { key: 'goldstein', label: 'Goldstein', value: (e) => e.goldstein },
  { key: 'articles', label: 'Reports', value: (e) => e.numArticles },
];

function ActorCell({ actor, actorKey }: { actor: StoredEvent['source']; actorKey: string | null }) {
  if (!actor) return <span class="muted">—</span>;
  const label = actorName(actor);
  return actorKey ? <a href={href(['actor', actorKey])}>{label}</a> : <span>{label}</span>;
}

export function EventTable({
  events,
  caption,
  sortNote = 'Sorting orders the rows shown here.',
}: {
  events: StoredEvent[];
  caption: string;
  sortNote?: string;
}) {
  const [sort, setSort] = useState<{ column: Column; descending: boolean } | null>(null);
  const rows = useMemo(() => {
    if (!sort) return events;
    const column = COLUMNS.find((c) => c.key === sort.column);
    if (!column) return events;
    const sign = sort.descending ? -1 : 1;
    return [...events].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sign * order;
    });
  }, [events, sort]);
  if (events.length === 0) return <p class="muted">No events.</p>;
  return (
    <div class="table-wrap">
      <table class="events">
        <caption>
          {caption} <span class="muted">{sortNote}</span>
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort?.column === column.key;
              const ariaSort = active ? (sort?.descending ? 'descending' : 'ascending') : 'none';
              return (
                <th key={column.key} scope="col" aria-sort={ariaSort}>
                  <button
                    type="button"
                    class="sort"
                    onClick={() =>
                      setSort({
                        column: column.key,
                        descending: active ? !sort?.descending : column.key === 'date',
                      })
                    }
                  >
                    {column.label}
                    <span aria-hidden="true">{active ? (sort?.descending ? ' ▼' : ' ▲') : ''}</span>
                  </button>
                </th>
              );
            })}
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((event) => (
            <tr key={event.id} data-event-id={event.id}>
              <td class="nowrap">{eventDay(event)}</td>
              <td class="nowrap">
                {typeLabel(event)}
                {event.modality !== 'asserted' || event.negated ? (
                  <span class="badge">{event.negated ? 'negated' : event.modality}</span>
                ) : null}
              </td>
              <td>
                <ActorCell actor={event.source} actorKey={event.sourceKey} />
              </td>
              <td>
                <ActorCell actor={event.target} actorKey={event.targetKey} />
              </td>
              <td>{event.cameo}</td>
              <td class={`num ${goldsteinClass(event.goldstein)}`}>{signed(event.goldstein)}</td>
              <td class="num">{event.numArticles}</td>
              <td>
                <a
                  class="evidence-link"
                  href={href(['document', event.document.id], { event: event.localId })}
                  title={documentLabel(event)}
                >
                  «{event.trigger.text}»
                </a>
                <div class="muted small">{documentLabel(event)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
