/** Actors as nodes, their events as edges coloured by cooperation or conflict; an edge lists its events. */
import { useMemo, useState } from 'preact/hooks';
import { api, type DyadSeries, pickFilters } from '../api.js';
import { EventTable } from '../components/EventTable.js';
import { Filters } from '../components/Filters.js';
import { ErrorNote, Loading, PageTitle, useLoad } from '../components/ui.js';
import { goldsteinClass, signed } from '../format.js';
import { layout, type PairEdge, pairEdges } from '../layout.js';
import { href, navigate, type Route } from '../router.js';

const WIDTH = 900;
const HEIGHT = 560;

export function NetworkPage({ route }: { route: Route }) {
  const filters = pickFilters(route.query);
  const { data, error, loading } = useLoad(JSON.stringify(filters), () => api.network(filters, 150));
  const drawing = useMemo(() => {
    if (!data) return null;
    const pairs = pairEdges(data);
    const nodes = layout(data, pairs, WIDTH, HEIGHT);
    return { pairs, nodes, byKey: new Map(nodes.map((n) => [n.key, n])) };
  }, [data]);
  const [chosen, setChosen] = useState<{ pair: PairEdge; dyad: DyadSeries | null; error: unknown } | null>(
    null,
  );

  const choose = async (pair: PairEdge) => {
    setChosen({ pair, dyad: null, error: null });
    try {
      const dyad = await api.dyad(pair.a, pair.b, {
        since: filters.since,
        until: filters.until,
        type: filters.type,
      });
      setChosen({ pair, dyad, error: null });
    } catch (caught) {
      setChosen({ pair, dyad: null, error: caught });
    }
  };
  const nameOf = (key: string) => drawing?.byKey.get(key)?.name ?? key;

  return (
    <>
      <PageTitle title="Network">Network</PageTitle>
      <p class="lead">
        Actors and the events between them: blue edges lean to cooperation, red to conflict (sum of Goldstein
        scores). Choose an edge to list its events.
      </p>
      <Filters
        key={JSON.stringify(filters)}
        values={filters}
        fields={['type', 'country', 'since', 'until']}
        onApply={(next) => navigate(['network'], next)}
      />
      <ErrorNote error={error} />
      <Loading when={loading && !data} />
      {drawing && drawing.pairs.length === 0 && <p class="muted">No events between two known actors here.</p>}
      {drawing && drawing.pairs.length > 0 && (
        <figure class="network">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-label="Network of actors">
            {drawing.pairs.map((pair) => {
              const a = drawing.byKey.get(pair.a);
              const b = drawing.byKey.get(pair.b);
              if (!a || !b) return null;
              const label = `${a.name} and ${b.name}: ${pair.events} events, Goldstein ${signed(pair.goldstein)}`;
              const open = () => void choose(pair);
              return (
                // biome-ignore lint/a11y/useSemanticElements: an SVG line cannot be a <button>; it takes its role.
                <g
                  key={pair.id}
                  class={`edge ${goldsteinClass(pair.goldstein)} ${chosen?.pair.id === pair.id ? 'chosen' : ''}`}
                  role="button"
                  // SVG attribute names are case-sensitive: tabIndex would be ignored on a <g>.
                  tabindex={0}
                  aria-label={label}
                  data-pair={`${a.name}|${b.name}`}
                  onClick={open}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      open();
                    }
                  }}
                >
                  <title>{label}</title>
                  <line class="hit" x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
                  <line
                    class="stroke"
                    x1={a.x}
                    y1={a.y}
                    x2={b.x}
                    y2={b.y}
                    stroke-width={1.5 + Math.log2(pair.events) * 1.5}
                  />
                </g>
              );
            })}
            {drawing.nodes.map((node) => (
              <a key={node.key} href={href(['actor', node.key])} class="node">
                <title>{`${node.name}${node.country ? ` (${node.country})` : ''}: ${node.events} events`}</title>
                <circle cx={node.x} cy={node.y} r={node.radius} />
                <text x={node.x} y={node.y - node.radius - 4} text-anchor="middle">
                  {node.name}
                </text>
              </a>
            ))}
          </svg>
          <figcaption class="key">
            <span class="swatch coop" /> cooperation <span class="swatch conflict" /> conflict{' '}
            <span class="swatch neutral" /> neutral · node size: events · {drawing.nodes.length} actors,{' '}
            {drawing.pairs.length} pairs
          </figcaption>
        </figure>
      )}
      {chosen && (
        <section aria-live="polite" class="chosen-edge">
          <h2>
            {nameOf(chosen.pair.a)} ↔ {nameOf(chosen.pair.b)}
          </h2>
          <p>
            {chosen.pair.events} events: {chosen.pair.cooperative} cooperative, {chosen.pair.conflictual}{' '}
            conflictual, Goldstein {signed(chosen.pair.goldstein)} ·{' '}
            <a href={href(['dyad'], { a: chosen.pair.a, b: chosen.pair.b })}>timeline</a>
          </p>
          <ErrorNote error={chosen.error} />
          {chosen.dyad && (
            <EventTable events={chosen.dyad.events} caption="Events of this pair, oldest first." />
          )}
        </section>
      )}
      {drawing && drawing.pairs.length > 0 && (
        <details>
          <summary>All pairs as a list</summary>
          <ul class="pairs">
            {drawing.pairs.map((pair) => (
              <li key={pair.id}>
                <button type="button" class="link" onClick={() => void choose(pair)}>
                  {nameOf(pair.a)} ↔ {nameOf(pair.b)}
                </button>{' '}
                <span class={goldsteinClass(pair.goldstein)}>
                  {pair.events} events, Goldstein {signed(pair.goldstein)}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
