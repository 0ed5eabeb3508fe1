/**
 * Grouping mentions into entities: knowledge-base names by entry, persons by surname (so
 * "Зеленский" joins "Владимира Зеленского"), with canonical names and roles.
 */
import type { Lang, RoleRecord } from '../../core/doc.js';
import type { AnalyzedDoc, Case, Entity, Mention, Reading } from '../../core/layers.js';
import { type TextSpan, textSpan } from '../../core/span.js';
import { fold } from '../../core/token-pattern.js';
import { findPerson } from '../../kb/persons.js';
import { rolesOn } from '../../kb/roles.js';
import type { KbEntry, KbRole, KnowledgeBase } from '../../kb/types.js';
import { POST_NOUNS as RU_POST_NOUNS } from '../../lang/ru/occupations.js';
import { roleCompatible } from '../../lang/shared/roles.js';
import { POST_NOUNS as UK_POST_NOUNS } from '../../lang/uk/occupations.js';
import { isFirstName, personLemma, transliterate } from '../../names/index.js';
import { addDescriptorRoles } from './descriptor-roles.js';
import { type GazetteerIndex, indexGazetteer } from './gazetteer-index.js';
import type { PersonSpan } from './person-mentions.js';
import { roleBeforeCopula, roleBeforeRole, rolesAfterName, rolesByCopula } from './role-appositions.js';
import { type RolePhrase, roleEndingAt } from './roles.js';

export interface PendingMention {
  mention: Omit<Mention, 'entity'>;
  person?: PersonSpan;
}

interface Group {
  key: string;
  members: PendingMention[];
  lemma: string;
  first: string | null;
  gender: 'masc' | 'femn' | null;
}

function isNominative(readings: readonly Reading[] | undefined): boolean {
  return readings?.[0]?.case === 'nomn';
}

function personKey(lemma: { last: string | null; lemma: string }): string {
  return `per:${fold(lemma.last ?? lemma.lemma)}`;
}

function phraseSpan(doc: AnalyzedDoc, phrase: RolePhrase): TextSpan | null {
  const tokens = doc.layers.tokens ?? [];
  let last = phrase.tokenEnd - 1;
  while (last > phrase.tokenStart && tokens[last]?.kind !== 'word') last--;
  const first = tokens[phrase.tokenStart];
  const end = tokens[last];
  return first && end ? textSpan(doc.text, first.start, end.end) : null;
}

/** The role phrases stated around one mention: before the name, before that, after it. */
function mentionRoles(doc: AnalyzedDoc, item: PendingMention, gazetteer: GazetteerIndex): RolePhrase[] {
  const { mention, person } = item;
  const cases = nameCases(doc, mention.tokenStart, mention.tokenEnd, person?.cases ?? mention.cases);
  const out: RolePhrase[] = [];
  let before = person ? person.role : roleEndingAt(doc, mention.tokenStart, gazetteer);
  // "The Russian ambassador, Sergei Nechayev, was summoned": an English title in apposition
  // before a name set off by commas on both sides.
  const tokens = doc.layers.tokens ?? [];
  if (
    !before &&
    doc.lang === 'en' &&
    tokens[mention.tokenStart - 1]?.text === ',' &&
    tokens[mention.tokenEnd]?.text === ','
  )
    before = roleEndingAt(doc, mention.tokenStart - 1, gazetteer);
  // "Конкурент Марка Цукерберга": a nominative role before a genitive name is someone else's.
  if (before && !casesAgree(before.cases, cases)) before = null;
  for (let n = 0; before && n < 3; n++) {
    out.push(before);
    const copula = roleBeforeCopula(doc, before.tokenStart, gazetteer);
    if (copula) out.push(copula);
    before = roleBeforeRole(doc, before, gazetteer);
  }
  out.push(...rolesAfterName(doc, mention.tokenEnd, cases, gazetteer));
  out.push(...rolesByCopula(doc, mention.tokenStart, mention.tokenEnd, gazetteer));
  return out;
}

/**
 * The cases the name can be in. A first name declines most reliably ("Ивана Сидоренко" is a
 * genitive though the surname does not decline); else every case any word of it can take, so a
 * foreign surname the dictionary misreads ("Данн" as a genitive plural) vetoes nothing.
 */
function nameCases(doc: AnalyzedDoc, start: number, end: number, fallback: readonly Case[]): Case[] {
  const all = new Set<Case>();
  for (let k = start; k < end; k++) {
    const readings = doc.layers.morphology?.[k] ?? [];
    const best = readings[0];
    // Only a first name the dictionary is sure of: "Киран" read as a plural says nothing.
    if (best?.name === 'first' && best.score >= 0.6 && best.number !== 'plur') {
      const first = new Set(readings.filter((r) => r.name === 'first' && r.case).map((r) => r.case as Case));
      if (first.size > 0) return [...first];
    }
    for (const reading of readings) if (reading.case) all.add(reading.case);
  }
  return all.size > 0 ? [...all] : [...fallback];
}

function casesAgree(role: readonly Case[], name: readonly Case[]): boolean {
  if (role.length === 0 || name.length === 0 || name.length >= 6) return true;
  return role.some((c) => name.includes(c));
}

/** Posts and ranks that are roles without a word of where they are held (occupations.ts). */
const POST_NOUNS: Partial<Record<Lang, ReadonlySet<string>>> = { ru: RU_POST_NOUNS, uk: UK_POST_NOUNS };

function roleRecords(doc: AnalyzedDoc, members: PendingMention[]): RoleRecord[] {
  const roles: RoleRecord[] = [];
  const gazetteer = gazetteerOf(doc);
  for (const item of members) {
    if (item.mention.label !== 'PER') continue;
    for (const role of mentionRoles(doc, item, gazetteer)) {
      // "коллега" refers to an office without naming it.
      if (role.role === 'counterpart') continue;
      if (role.occupation?.bare && !POST_NOUNS[doc.lang]?.has(role.occupation.lemma)) continue;
      if (roles.some((r) => r.role === role.role && r.country === role.country)) continue;
      const span = phraseSpan(doc, role);
      if (span) roles.push({ role: role.role, country: role.country, source: 'text', span });
    }
  }
  return roles;
}

const gazetteerMemo = new WeakMap<object, GazetteerIndex>();

function gazetteerOf(doc: AnalyzedDoc): GazetteerIndex {
  const matches = doc.layers.gazetteer ?? [];
  let index = gazetteerMemo.get(matches);
  if (!index) {
    index = indexGazetteer(matches, doc.layers.tokens?.length ?? 0);
    gazetteerMemo.set(matches, index);
  }
  return index;
}

/**
 * The knowledge-base person a group names: by the full name, or by the surname alone when the
 * first names begin alike ("Беньямин" and "Биньямин Нетаньяху" are spellings of one name).
 */
function personEntry(kb: KnowledgeBase, group: Group, lang: Lang): KbEntry | undefined {
  const surname = group.key.slice(4);
  if (!group.first) return findPerson(kb, group.lemma, surname);
  const exact = findPerson(kb, group.lemma, null);
  if (exact) return exact;
  const bySurname = findPerson(kb, '', surname);
  const known = bySurname?.names[lang] ?? '';
  return fold(known[0] ?? '') === fold(group.first[0] ?? '') ? bySurname : undefined;
}

/**
 * A stated role that names no country ("Очільник МЗС Андрій Сибіга", "Глава держави Володимир
 * Зеленський") takes the country of the office the knowledge base says the person holds, or once
 * held, under that title.
 */
function withKnownCountries(
  roles: RoleRecord[],
  entry: KbEntry | undefined,
  date: string | null,
): RoleRecord[] {
  if (entry?.kind !== 'person') return roles;
  return roles.map((role) => {
    if (role.country !== null) return role;
    const fits = (r: KbRole) => r.country !== null && roleCompatible(role.role, r.role);
    const held = rolesOn(entry, date).find(fits) ?? entry.roles.find(fits);
    return held ? { ...role, country: held.country } : role;
  });
}

/**
 * The offices the knowledge base says the person held on the article's date, for a person the
 * text gives no role: a term that ended before the date is not the person's office any more.
 */
function kbRoles(entry: KbEntry, date: string | null): RoleRecord[] {
  return rolesOn(entry, date).map((role) => ({ role: role.role, country: role.country, source: 'kb' }));
}

export function groupMentions(
  doc: AnalyzedDoc,
  pending: PendingMention[],
  kb: KnowledgeBase,
): { mentions: Mention[]; entities: Entity[] } {
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  const readings = doc.layers.morphology ?? [];
  const tokens = doc.layers.tokens ?? [];
  // Entities are numbered in order of first mention.
  const inOrder = [...pending].sort((a, b) => a.mention.start - b.mention.start);
  for (const item of inOrder) {
    const { mention } = item;
    let key: string;
    let lemma: string;
    let first: string | null = null;
    let gender: 'masc' | 'femn' | null = null;
    if (mention.entry) {
      key = mention.entry;
      lemma = kb.get(mention.entry)?.names[doc.lang] ?? mention.text;
    } else if (mention.label !== 'PER') {
      // A name the knowledge base does not know: its forms share their words' lemmas.
      const lemmas = readings
        .slice(mention.tokenStart, mention.tokenEnd)
        .map((r, i) => r[0]?.lemma ?? tokens[mention.tokenStart + i]?.text ?? '');
      key = `name:${mention.label}:${fold(lemmas.join(' '))}`;
      lemma = mention.text;
      const existing = groups.get(key);
      if (existing && !isNominative(readings[mention.tokenEnd - 1])) lemma = existing.lemma;
    } else {
      const words = tokens.slice(mention.tokenStart, mention.tokenEnd).map((t) => t.text);
      const name = personLemma(words, doc.lang, readings.slice(mention.tokenStart, mention.tokenEnd));
      key = personKey(name);
      lemma = name.lemma;
      first = name.first;
      // Only a known given name tells the gender; endings of foreign names mislead.
      gender = name.first && isFirstName(name.first, doc.lang) ? name.gender : null;
    }
    let group = groups.get(key);
    if (!group) {
      group = { key, members: [], lemma, first, gender };
      groups.set(key, group);
      order.push(group);
    } else if ((first && !group.first) || (group.key.startsWith('name:') && lemma !== group.lemma)) {
      group.lemma = lemma;
      group.first = first;
    }
    group.gender ??= gender;
    group.members.push(item);
  }

  const entities: Entity[] = [];
  const entityOf = new Map<PendingMention, string>();
  const formerRoles = new Map<Entity, RoleRecord[]>();
  for (const group of order) {
    const id = `e${entities.length + 1}`;
    const label = group.members[0]?.mention.label ?? 'PER';
    const entry = group.key.startsWith('per:') ? personEntry(kb, group, doc.lang as Lang) : kb.get(group.key);
    const stated = withKnownCountries(roleRecords(doc, group.members), entry, doc.published);
    const roles = label === 'PER' && stated.length === 0 && entry ? kbRoles(entry, doc.published) : stated;
    const country = entry?.country ?? roles.find((r) => r.country)?.country ?? null;
    entities.push({
      id,
      label,
      name: entry?.names.en ?? transliterate(group.lemma, doc.lang as Lang),
      lemma: group.lemma,
      country,
      roles,
      kb: entry?.wikidata ?? null,
      mentionIndexes: [],
      ...(label === 'PER'
        ? { surname: group.key.slice(4), gender: group.gender }
        : group.key.startsWith('name:')
          ? {}
          : { entry: group.key }),
    });
    for (const member of group.members) entityOf.set(member, id);
    // Without a date the article may be from any year: an office the person once held can be the
    // one a title standing alone ("Президент также рассказал") refers to.
    const last = entities[entities.length - 1];
    if (label === 'PER' && entry && doc.published === null && last) {
      formerRoles.set(
        last,
        entry.roles.map((r) => ({ role: r.role, country: r.country, source: 'kb' })),
      );
    }
  }

  addDescriptorRoles(doc, entities, gazetteerOf(doc), formerRoles);

  const sorted = [...pending].sort((a, b) => a.mention.start - b.mention.start);
  const mentions: Mention[] = sorted.map((item, index) => {
    const entity = entityOf.get(item) ?? '';
    entities.find((e) => e.id === entity)?.mentionIndexes.push(index);
    return { ...item.mention, entity };
  });
  return { mentions, entities };
}
