/**
 * Titles that stand without a name ("Премьер-министр Израиля заявил", "глава израильского
 * правительства") state the office of the one person in the document known to hold it: its
 * words become that person's text evidence for the role.
 */
import type { RoleRecord } from '../../core/doc.js';
import type { AnalyzedDoc, Entity } from '../../core/layers.js';
import { textSpan } from '../../core/span.js';
import { roleCompatible } from '../../lang/shared/roles.js';
import { type GazetteerIndex, TRAILING_KINDS } from './gazetteer-index.js';
import { pluralOnly, roleAt } from './roles.js';

interface Descriptor {
  role: string;
  country: string | null;
  start: number;
  end: number;
}

const COUNTRY_KINDS = new Set(['country', 'adjective', 'capital', 'seat']);

/** Lexicon titles not already stated with a name (`used` marks tokens of stated roles). */
function descriptors(doc: AnalyzedDoc, gazetteer: GazetteerIndex, used: Uint8Array): Descriptor[] {
  const tokens = doc.layers.tokens ?? [];
  const out: Descriptor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const found = roleAt(doc, i, true);
    if (!found) continue;
    const { role } = found.entry;
    const start = i;
    i = found.end - 1;
    if (role === 'counterpart' || role === 'leader' || role === 'minister' || pluralOnly(doc, start))
      continue;
    const leading = gazetteer.byEnd.get(start);
    const trailing = gazetteer.byStart.get(found.end);
    let country: string | null = found.country ?? null;
    let begin = start;
    let end = found.end;
    if (leading && COUNTRY_KINDS.has(leading.kind)) {
      country = leading.country;
      begin = leading.tokenStart;
    } else if (trailing && TRAILING_KINDS.has(trailing.kind) && trailing.kind !== 'organisation') {
      country = trailing.country;
      end = trailing.tokenEnd;
    }
    out.push({ role, country, start: begin, end });
  }
  return out;
}

/**
 * Adds each bare title to the one person whose known roles (stated or from the knowledge base)
 * fit it; a knowledge-base role the title confirms becomes a text role with the title's span.
 * `formerRoles` adds offices a person may hold in the article although not on its date (all
 * their terms, for an undated article); they count only when no person's current roles fit.
 */
export function addDescriptorRoles(
  doc: AnalyzedDoc,
  entities: Entity[],
  gazetteer: GazetteerIndex,
  formerRoles: ReadonlyMap<Entity, readonly RoleRecord[]> = new Map(),
): void {
  const tokens = doc.layers.tokens ?? [];
  const persons = entities.filter(
    (e) => e.label === 'PER' && (e.roles.length > 0 || (formerRoles.get(e)?.length ?? 0) > 0),
  );
  if (persons.length === 0) return;
  const used = new Uint8Array(tokens.length);
  for (const person of persons) {
    for (const role of person.roles) {
      if (!role.span) continue;
      for (let k = 0; k < tokens.length; k++) {
        const token = tokens[k];
        if (token && token.start < role.span.end && token.end > role.span.start) used[k] = 1;
      }
    }
  }
  for (const descriptor of descriptors(doc, gazetteer, used)) {
    const fits = (r: RoleRecord) =>
      roleCompatible(descriptor.role, r.role) &&
      (descriptor.country === null || r.country === null || r.country === descriptor.country);
    // A holder known to hold the office in that very country comes before one of unknown country.
    const current = (p: Entity) => p.roles;
    const any = (p: Entity) => [...p.roles, ...(formerRoles.get(p) ?? [])];
    const exactly = (rolesOf: (p: Entity) => readonly RoleRecord[]) =>
      persons.filter((p) => rolesOf(p).some((r) => fits(r) && r.country === descriptor.country));
    const loosely = (rolesOf: (p: Entity) => readonly RoleRecord[]) =>
      persons.filter((p) => rolesOf(p).some(fits));
    // "российского президента": a former president of Russia comes before a "глава МИДа" of no
    // stated country whose vague title happens to fit.
    const candidates =
      [exactly(current), exactly(any), loosely(current), loosely(any)].find((c) => c.length > 0) ?? [];
    const person = candidates.length === 1 ? candidates[0] : undefined;
    if (!person) continue;
    const held = [...person.roles, ...(formerRoles.get(person) ?? [])].find(fits) as RoleRecord;
    if (person.roles.some((r) => r.source === 'text' && fits(r))) continue;
    const first = tokens[descriptor.start];
    const last = tokens[descriptor.end - 1];
    if (!first || !last) continue;
    const stated: RoleRecord = {
      role: held.role,
      country: descriptor.country ?? held.country,
      source: 'text',
      span: textSpan(doc.text, first.start, last.end),
    };
    person.roles = [...person.roles.filter((r) => r !== held), stated];
  }
}
