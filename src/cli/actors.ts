/** `dyad actors QUERY`: what the knowledge base knows about a name, in any language and case form. */
import { parseArgs } from 'node:util';
import { type ActorHit, findActors } from '../kb/find-actors.js';
import type { KbEntry, KbRole, KnowledgeBase } from '../kb/index.js';
import { inOffice, loadKnowledgeBase } from '../kb/index.js';
import { usageError, withUsageErrors } from './args.js';
import { ACTORS_HELP } from './help.js';

const OPTIONS = {
  date: { type: 'string' },
  format: { type: 'string' },
  kb: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function where(role: KbRole): string {
  return role.org ?? role.country ?? '-';
}

function term(role: KbRole): string {
  return `${role.from ?? '?'} – ${role.to ?? 'incumbent'}`;
}

function actorJson(hit: ActorHit, date: string | null) {
  const { entry } = hit;
  return {
    id: entry.id,
    kind: entry.kind,
    matchedAs: hit.as,
    lang: hit.lang,
    country: entry.country,
    wikidata: entry.wikidata,
    names: entry.names,
    roles: entry.roles.map((role) => ({
      role: role.role,
      where: where(role),
      from: role.from ?? null,
      to: role.to ?? null,
      held: inOffice(role, date),
    })),
  };
}

function otherNames(entry: KbEntry): string {
  const canonical = new Set(Object.values(entry.names));
  const rest = (entry.variants ?? []).map((v) => v.text).filter((t) => !canonical.has(t));
  return [...new Set(rest)].join(', ');
}

/** Offices of a country or organisation and who held them on the date (null: now). */
function officeHolders(kb: KnowledgeBase, id: string, date: string | null): string[] {
  const out: string[] = [];
  for (const person of kb.entries()) {
    for (const role of person.roles) {
      if (where(role) === id && inOffice(role, date)) {
        out.push(`    ${role.role}: ${person.names.en} (${term(role)})`);
      }
    }
  }
  return out.sort();
}

function actorTable(kb: KnowledgeBase, hit: ActorHit, date: string | null): string {
  const { entry } = hit;
  const lines = [
    `${entry.id}  ${entry.kind}${entry.country && entry.country !== entry.id ? `  ${entry.country}` : ''}${
      entry.wikidata ? `  ${entry.wikidata}` : ''
    }  (matched as ${hit.as}, ${hit.lang}: "${hit.text}")`,
    `  en: ${entry.names.en}   ru: ${entry.names.ru}   uk: ${entry.names.uk}`,
  ];
  const others = otherNames(entry);
  if (others) lines.push(`  also: ${others}`);
  const label = date ? `on ${date}` : 'now';
  for (const role of entry.roles) {
    const mark = inOffice(role, date) ? `*` : ' ';
    lines.push(`  ${mark} ${role.role}, ${where(role)}: ${term(role)}`);
  }
  if (entry.roles.length > 0) lines.push(`  (* held ${label})`);
  const holders = entry.kind === 'person' ? [] : officeHolders(kb, entry.id, date);
  if (holders.length > 0) lines.push(`  office-holders ${label}:`, ...holders);
  return lines.join('\n');
}

export async function actorsCommand(args: string[]): Promise<number> {
  const { values, positionals } = withUsageErrors('actors', () =>
    parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true }),
  );
  if (values.help) {
    process.stdout.write(ACTORS_HELP);
    return 0;
  }
  const query = positionals.join(' ').trim();
  if (query === '') throw usageError('actors needs a QUERY (a name in any language and case)', 'actors');
  const date = values.date ?? null;
  if (date !== null && !DATE.test(date))
    throw usageError(`--date must be YYYY-MM-DD (got '${date}')`, 'actors');
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') {
    throw usageError(`--format must be table or json (got '${format}')`, 'actors');
  }
  const kb = await loadKnowledgeBase(values.kb ?? []);
  const hits = await findActors(kb, query);
  if (format === 'json') {
    process.stdout.write(
      `${JSON.stringify(
        hits.map((hit) => actorJson(hit, date)),
        null,
        2,
      )}\n`,
    );
  } else if (hits.length === 0) {
    process.stdout.write(`nothing in the knowledge base for "${query}"\n`);
  } else {
    process.stdout.write(`${hits.map((hit) => actorTable(kb, hit, date)).join('\n\n')}\n`);
  }
  return hits.length > 0 ? 0 : 1;
}
