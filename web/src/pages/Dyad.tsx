/** Two actors over time: Goldstein sums of cooperation and conflict per bucket, the events below. */
import { api, pickFilters } from '../api.js';
import { type BucketSize, bucketize } from '../buckets.js';
import { ActorInput } from '../components/ActorInput.js';
import { EventTable } from '../components/EventTable.js';
import { Timeline } from '../components/Timeline.js';
import { ErrorNote, Loading, PageTitle, useLoad } from '../components/ui.js';
import { eventDay } from '../format.js';
import { navigate, type Route } from '../router.js';

const SIZES: BucketSize[] = ['day', 'week', 'month'];

export function DyadPage({ route }: { route: Route }) {
  const a = route.query.a ?? '';
  const b = route.query.b ?? '';
  const size = (SIZES as string[]).includes(route.query.by ?? '') ? (route.query.by as BucketSize) : 'week';
  const filters = pickFilters(route.query);
  const ready = a !== '' && b !== '';
  const { data, error, loading } = useLoad(JSON.stringify([a, b, filters]), () =>
    ready ? api.dyad(a, b, filters) : Promise.resolve(null),
  );
  const nameA = data?.a?.name ?? a;
  const nameB = data?.b?.name ?? b;
  const buckets = data
    ? bucketize(
        data.events.map((e) => ({ date: eventDay(e), goldstein: e.goldstein })),
        size,
      )
    : [];
  return (
    <>
      <PageTitle title="Dyad">Dyad timeline</PageTitle>
      <p class="lead">Pick two actors to see what they did to each other, in either direction, over time.</p>
      <form
        class="filters"
        key={`${a}|${b}|${size}|${filters.since}|${filters.until}`}
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const get = (key: string) => String(form.get(key) ?? '').trim() || null;
          navigate(['dyad'], {
            a: get('a'),
            b: get('b'),
            by: get('by'),
            since: get('since'),
            until: get('until'),
          });
        }}
      >
        <ActorInput name="a" label="Actor A" value={a} required />
        <ActorInput name="b" label="Actor B" value={b} required />
        <label>
          Sum per
          <select name="by" defaultValue={size}>
            {SIZES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          From
          <input type="date" name="since" defaultValue={filters.since ?? ''} />
        </label>
        <label>
          To
          <input type="date" name="until" defaultValue={filters.until ?? ''} />
        </label>
        <button type="submit">Show</button>
      </form>
      <ErrorNote error={error} />
      <Loading when={ready && loading && !data} />
      {data && (
        <>
          <h2>
            {nameA} ↔ {nameB}: {data.events.length} events
          </h2>
          <Timeline buckets={buckets} caption={`Goldstein sums per ${size}`} />
          <EventTable events={data.events} caption={`Events between ${nameA} and ${nameB}, oldest first.`} />
        </>
      )}
    </>
  );
}
