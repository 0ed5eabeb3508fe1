/** The event filter form; its values live in the URL, so a filtered view is a link. */
import { EVENT_TYPES } from '../../../src/core/doc.js';
import type { FilterValues } from '../api.js';
import { ActorInput } from './ActorInput.js';

export function Filters({
  values,
  onApply,
  fields = ['actor', 'country', 'type', 'since', 'until', 'q'],
}: {
  values: FilterValues;
  onApply: (values: FilterValues) => void;
  fields?: (keyof FilterValues)[];
}) {
  const show = (key: keyof FilterValues) => fields.includes(key);
  return (
    <form
      class="filters"
      aria-label="Filters"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const next: FilterValues = {};
        for (const key of fields) {
          const value = String(data.get(key) ?? '').trim();
          if (value) next[key] = value;
        }
        onApply(next);
      }}
    >
      {show('actor') && <ActorInput name="actor" label="Actor" value={values.actor ?? ''} />}
      {show('country') && (
        <label>
          Country
          <input
            name="country"
            defaultValue={values.country ?? ''}
            placeholder="UKR"
            size={5}
            maxLength={3}
            pattern="[A-Za-z]{3}"
            title="ISO 3166 alpha-3 code, e.g. UKR"
          />
        </label>
      )}
      {show('type') && (
        <label>
          Type
          <select name="type" defaultValue={values.type ?? ''}>
            <option value="">any</option>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </label>
      )}
      {show('since') && (
        <label>
          From
          <input type="date" name="since" defaultValue={values.since ?? ''} />
        </label>
      )}
      {show('until') && (
        <label>
          To
          <input type="date" name="until" defaultValue={values.until ?? ''} />
        </label>
      )}
      {show('q') && (
        <label>
          Text
          <input type="search" name="q" defaultValue={values.q ?? ''} placeholder="words in the article" />
        </label>
      )}
      <button type="submit">Apply</button>
      <button type="reset" class="secondary" onClick={() => onApply({})}>
        Clear
      </button>
    </form>
  );
}
