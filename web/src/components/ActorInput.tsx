/** A text field for an actor with the stored actors offered as suggestions. */
import { useEffect, useState } from 'preact/hooks';
import { api, type StoredEntity } from '../api.js';

let cached: Promise<StoredEntity[]> | null = null;

function storedActors(): Promise<StoredEntity[]> {
  cached ??= api.entities('', 500).then(
    (body) => body.entities,
    () => [],
  );
  return cached;
}

export function ActorInput({
  name,
  label,
  value,
  required = false,
}: {
  name: string;
  label: string;
  value: string;
  required?: boolean;
}) {
  const [actors, setActors] = useState<StoredEntity[]>([]);
  useEffect(() => {
    storedActors().then(setActors);
  }, []);
  const listId = `actors-${name}`;
  return (
    <label>
      {label}
      <input
        name={name}
        defaultValue={value}
        list={listId}
        required={required}
        placeholder="name, any language"
        autoComplete="off"
      />
      <datalist id={listId}>
        {actors.map((actor) => (
          <option key={actor.key} value={actor.name}>
            {actor.country ? `${actor.label}, ${actor.country}` : actor.label}
          </option>
        ))}
      </datalist>
    </label>
  );
}
