/**
 * GET /actors/:actor: what the knowledge base and the store know about one actor: its entry and
 * offices with dates, the roles articles gave it, and its latest events as source and as target.
 */
import { Hono } from 'hono';
import type { EntityLabel } from '../../core/doc.js';
import { findActors } from '../../kb/find-actors.js';
import { inOffice, type KbEntry, type KbRole, type KnowledgeBase } from '../../kb/index.js';
import type { StoredEntity, StoredEvent } from '../../store/types.js';
import type { ApiDeps } from '../deps.js';
import { problem } from '../problem.js';
import { pageLimit } from './params.js';

const byWikidata = new WeakMap<KnowledgeBase, Map<string, KbEntry>>();

function entryForWikidata(kb: KnowledgeBase, wikidata: string): KbEntry | undefined {
  let index = byWikidata.get(kb);
  if (!index) {
    index = new Map();
    // The first entry wins: a country's own row comes before its adjectives and capitals.
    for (const entry of kb.entries())
      if (entry.wikidata && !index.has(entry.wikidata)) index.set(entry.wikidata, entry);
    byWikidata.set(kb, index);
  }
  return index.get(wikidata);
}

/** What kind of name the entry is, as the tagger labels names (a person is never a place). */
function labelOfKind(entry: KbEntry): EntityLabel {
  if (entry.kind === 'person') return 'PER';
  return entry.kind === 'organisation' || entry.kind === 'body' ? 'ORG' : 'LOC';
}

/** The entry an entity or an argument names: by Wikidata id, by entry id, else by its whole name. */
async function kbEntryFor(kb: KnowledgeBase, entity: StoredEntity | null, actor: string) {
  const wikidata = entity?.kb ?? (/^Q\d+$/.test(actor) ? actor : null);
  const known = wikidata ? entryForWikidata(kb, wikidata) : undefined;
  if (known) return known;
  const direct = kb.get(actor);
  if (direct) return direct;
  // By its whole name, read as in an article; the entry must be the same kind of name.
  for (const name of new Set([entity?.lemma, entity?.name, entity ? undefined : actor])) {
    if (!name) continue;
    const hit = (await findActors(kb, name)).find((h) => h.text.toLowerCase() === name.toLowerCase());
    if (hit && (!entity || labelOfKind(hit.entry) === entity.label)) return hit.entry;
  }
  return null;
}

const where = (role: KbRole) => role.org ?? role.country ?? null;

function describeEntry(kb: KnowledgeBase, entry: KbEntry) {
  const roles = entry.roles.map((role) => ({
    role: role.role,
    where: where(role),
    from: role.from ?? null,
    to: role.to ?? null,
    current: inOffice(role, null),
  }));
  // A country or organisation: who holds its offices now.
  const officeHolders: { role: string; name: string; id: string; from: string | null }[] = [];
  if (entry.kind !== 'person') {
    for (const person of kb.entries()) {
      for (const role of person.roles) {
        if (where(role) === entry.id && inOffice(role, null)) {
          officeHolders.push({
            role: role.role,
            name: person.names.en,
            id: person.id,
            from: role.from ?? null,
          });
        }
      }
    }
    officeHolders.sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name));
  }
  return {
    id: entry.id,
    kind: entry.kind,
    names: entry.names,
    country: entry.country,
    wikidata: entry.wikidata,
    roles,
    officeHolders,
  };
}

interface TextRole {
  role: string;
  country: string | null;
  first: string;
  last: string;
  events: number;
}

/** Roles the articles gave the actor in its events, with the first and last date they were seen. */
function rolesInText(events: StoredEvent[], keys: Set<string>): TextRole[] {
  const roles = new Map<string, TextRole>();
  for (const event of events) {
    const day = event.date ?? event.document.published ?? '';
    for (const [actor, key] of [
      [event.source, event.sourceKey],
      [event.target, event.targetKey],
    ] as const) {
      if (!actor?.role || !key || !keys.has(key)) continue;
      const id = `${actor.role}|${actor.country ?? ''}`;
      const seen = roles.get(id) ?? {
        role: actor.role,
        country: actor.country,
        first: day,
        last: day,
        events: 0,
      };
      if (day && (seen.first === '' || day < seen.first)) seen.first = day;
      if (day > seen.last) seen.last = day;
      seen.events++;
      roles.set(id, seen);
    }
  }
  return [...roles.values()].sort((a, b) => b.events - a.events || a.role.localeCompare(b.role));
}

export function actorRoutes(deps: ApiDeps): Hono {
  const app = new Hono();
  app.get('/actors/:actor', async (c) => {
    const actor = c.req.param('actor').trim();
    const limit = pageLimit(c.req.query('limit'), 50);
    const entity = await deps.store.entity(actor);
    const kb = await deps.kb();
    const entry = await kbEntryFor(kb, entity, actor);
    if (!entity && !entry) {
      return problem(
        c,
        404,
        `neither the store nor the knowledge base knows '${actor}'; try a name from GET /entities`,
      );
    }
    // The store finds events by the entity key, or by the Wikidata id for an actor it never saw.
    const key = entity?.key ?? entry?.wikidata ?? actor;
    const [asSource, asTarget] = await Promise.all([
      deps.store.queryEvents({ actor: key, side: 'source' }, null, limit),
      deps.store.queryEvents({ actor: key, side: 'target' }, null, limit),
    ]);
    const keys = new Set(
      [key, entity?.key ?? '', entry?.wikidata ? `kb:${entry.wikidata}` : ''].filter(Boolean),
    );
    return c.json({
      actor: entity,
      kb: entry ? describeEntry(kb, entry) : null,
      rolesInText: rolesInText([...asSource.events, ...asTarget.events], keys),
      asSource,
      asTarget,
    });
  });
  return app;
}
