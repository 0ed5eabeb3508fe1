/** The start page: the latest stored events, filtered, a page at a time, downloadable. */
import { api, type FilterValues, pickFilters } from '../api.js';
import { EventTable } from '../components/EventTable.js';
import { Filters } from '../components/Filters.js';
import { ErrorNote, Loading, PageTitle, useLoad } from '../components/ui.js';
import { navigate, type Route } from '../router.js';

const SIZES = ['25', '50', '100', '250'];

export function EventsPage({ route }: { route: Route }) {
  const filters = pickFilters(route.query);
  const cursor = route.query.cursor ?? null;
  const limit = SIZES.includes(route.query.limit ?? '') ? Number(route.query.limit) : 50;
  // The cursors of the pages before this one, so "Previous" can go back.
  const trail = (route.query.trail ?? '').split(',').filter(Boolean);
  const key = JSON.stringify([filters, cursor, limit]);
  const { data, error, loading } = useLoad(key, () => api.events(filters, cursor, limit));

  const go = (next: FilterValues, extra: Record<string, string | null> = {}) =>
    navigate(['events'], { ...next, limit: limit === 50 ? null : String(limit), ...extra });

  return (
    <>
      <PageTitle title="Events">Events</PageTitle>
      <p class="lead">The latest stored events first. Each row links to its evidence in the article.</p>
      <Filters key={JSON.stringify(filters)} values={filters} onApply={(next) => go(next)} />
      <div class="toolbar">
        <span>
          Download this selection:{' '}
          <a href={api.exportUrl(filters, 'csv')} download>
            CSV
          </a>{' '}
          ·{' '}
          <a href={api.exportUrl(filters, 'jsonl')} download>
            JSONL
          </a>
        </span>
        <label>
          Rows per page{' '}
          <select
            value={String(limit)}
            onChange={(e) => navigate(['events'], { ...filters, limit: e.currentTarget.value })}
          >
            {SIZES.map((size) => (
              <option key={size}>{size}</option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNote error={error} />
      <Loading when={loading && !data} />
      {data && (
        <div class="results" aria-busy={loading}>
          <EventTable
            events={data.events}
            caption={`Page ${trail.length + 1}: ${data.events.length} events, newest first.`}
            sortNote="Column buttons sort this page."
          />
          <nav class="pager" aria-label="Pages">
            <button type="button" disabled={!cursor} onClick={() => go(filters)}>
              Newest
            </button>
            <button
              type="button"
              disabled={!cursor}
              onClick={() =>
                go(filters, {
                  cursor: trail.at(-1) === 'first' ? null : (trail.at(-1) ?? null),
                  trail: trail.slice(0, -1).join(',') || null,
                })
              }
            >
              Previous
            </button>
            <button
              type="button"
              disabled={!data.next}
              onClick={() =>
                go(filters, { cursor: data.next, trail: [...trail, cursor ?? 'first'].join(',') })
              }
            >
              Next
            </button>
          </nav>
        </div>
      )}
    </>
  );
}
