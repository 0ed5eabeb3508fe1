/** Cooperation (up) and conflict (down) per time bucket as bars around a zero line, in SVG. */
import type { Bucket } from '../buckets.js';

const WIDTH = 860;
const HEIGHT = 280;
const PAD = { left: 48, right: 12, top: 16, bottom: 56 };

export function Timeline({ buckets, caption }: { buckets: Bucket[]; caption: string }) {
  if (buckets.length === 0) return <p class="muted">No dated events between these actors.</p>;
  const top = Math.max(1, ...buckets.map((b) => b.cooperation));
  const bottom = Math.min(-1, ...buckets.map((b) => b.conflict));
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const y = (value: number) => PAD.top + ((top - value) / (top - bottom)) * plotHeight;
  const step = (WIDTH - PAD.left - PAD.right) / buckets.length;
  const bar = Math.max(4, Math.min(48, step * 0.6));
  const every = Math.ceil(buckets.length / 12);
  const summary = buckets
    .map((b) => `${b.label}: cooperation ${b.cooperation}, conflict ${b.conflict}, ${b.events} events`)
    .join('; ');
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${caption}. ${summary}`}>
        {[top, 0, bottom].map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              class={tick === 0 ? 'axis' : 'grid'}
            />
            <text x={PAD.left - 6} y={y(tick) + 4} text-anchor="end" class="tick">
              {tick > 0 ? `+${tick}` : tick}
            </text>
          </g>
        ))}
        {buckets.map((b, i) => {
          const x = PAD.left + step * i + (step - bar) / 2;
          return (
            <g key={b.label}>
              <title>{`${b.label}: cooperation +${b.cooperation}, conflict ${b.conflict} (${b.events} events)`}</title>
              {b.cooperation > 0 && (
                <rect
                  class="bar coop"
                  x={x}
                  width={bar}
                  y={y(b.cooperation)}
                  height={y(0) - y(b.cooperation)}
                />
              )}
              {b.conflict < 0 && (
                <rect class="bar conflict" x={x} width={bar} y={y(0)} height={y(b.conflict) - y(0)} />
              )}
              {i % every === 0 && (
                <text
                  x={x + bar / 2}
                  y={HEIGHT - PAD.bottom + 16}
                  text-anchor="end"
                  class="tick"
                  transform={`rotate(-35 ${x + bar / 2} ${HEIGHT - PAD.bottom + 16})`}
                >
                  {b.label.replace('week of ', 'wk ')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {caption}{' '}
        <span class="key">
          <span class="swatch coop" /> cooperation (Goldstein &gt; 0) <span class="swatch conflict" />{' '}
          conflict (Goldstein &lt; 0)
        </span>
      </figcaption>
    </figure>
  );
}
