/** One actor: what the knowledge base knows (offices with dates), roles seen in articles, its events. */
import { api } from '../api.js';
import { EventTable } from '../components/EventTable.js';
import { ErrorNote, Loading, PageTitle, useLoad } from '../components/ui.js';
import { href, type Route } from '../router.js';

export function ActorPage({ route }: { route: Route }) {
  const key = route.path[1] ?? '';
  const { data, error, loading } = useLoad(key, () => api.actor(key));
  const name = data?.actor?.name ?? data?.kb?.names.en ?? key;
  const kb = data?.kb;
  return (
    <>
      <PageTitle title={name}>{name}</PageTitle>
      <ErrorNote error={error} />
      <Loading when={loading && !data} />
      {data && (
        <>
          <dl class="fields inline">
            {data.actor && (
              <>
                <div>
                  <dt>kind</dt>
                  <dd>{data.actor.label}</dd>
                </div>
                <div>
                  <dt>country</dt>
                  <dd>{data.actor.country ?? '—'}</dd>
                </div>
                <div>
                  <dt>in articles</dt>
                  <dd>{data.actor.documents}</dd>
                </div>
                <div>
                  <dt>key</dt>
                  <dd>{data.actor.key}</dd>
                </div>
              </>
            )}
            {kb && (
              <>
                <div>
                  <dt>knowledge base</dt>
                  <dd>
                    {kb.id} ({kb.kind})
                  </dd>
                </div>
                <div>
                  <dt>names</dt>
                  <dd>{Object.values(kb.names).join(' · ')}</dd>
                </div>
                {kb.wikidata && (
                  <div>
                    <dt>Wikidata</dt>
                    <dd>{kb.wikidata}</dd>
                  </div>
                )}
              </>
            )}
          </dl>
          {!kb && <p class="muted">The knowledge base has no entry for this actor.</p>}
          {kb && kb.roles.length > 0 && (
            <section>
              <h2>Offices (knowledge base)</h2>
              <table class="compact">
                <thead>
                  <tr>
                    <th scope="col">Role</th>
                    <th scope="col">Where</th>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                  </tr>
                </thead>
                <tbody>
                  {kb.roles.map((role) => (
                    <tr key={`${role.role}${role.from}`} class={role.current ? 'current' : ''}>
                      <td>{role.role}</td>
                      <td>{role.where ?? '—'}</td>
                      <td>{role.from ?? '?'}</td>
                      <td>{role.to ?? (role.current ? 'in office' : '?')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {kb && kb.officeHolders.length > 0 && (
            <section>
              <h2>Office-holders now</h2>
              <ul>
                {kb.officeHolders.map((holder) => (
                  <li key={`${holder.role}${holder.id}`}>
                    {holder.role}: <a href={href(['actor', holder.id])}>{holder.name}</a>
                    {holder.from ? ` (since ${holder.from})` : ''}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {data.rolesInText.length > 0 && (
            <section>
              <h2>Roles in the articles</h2>
              <ul>
                {data.rolesInText.map((role) => (
                  <li key={`${role.role}${role.country}`}>
                    {role.role}
                    {role.country ? `, ${role.country}` : ''}: {role.first}
                    {role.last !== role.first ? ` – ${role.last}` : ''} ({role.events} events)
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section>
            <h2>
              As source ({data.asSource.events.length}
              {data.asSource.next ? '+' : ''})
            </h2>
            <EventTable events={data.asSource.events} caption={`What ${name} did, newest first.`} />
          </section>
          <section>
            <h2>
              As target ({data.asTarget.events.length}
              {data.asTarget.next ? '+' : ''})
            </h2>
            <EventTable events={data.asTarget.events} caption={`What others did to ${name}, newest first.`} />
          </section>
          {data.actor && (
            <p>
              <a href={href(['events'], { actor: data.actor.key })}>All events of {name}</a>
            </p>
          )}
        </>
      )}
    </>
  );
}
