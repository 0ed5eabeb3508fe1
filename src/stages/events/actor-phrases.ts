/**
 * Actor phrases told by common nouns, and what collecting actors shares: role descriptors that
 * refer back to a person ("глава государства", "японский премьер", "his Polish counterpart")
 * and state bodies ("парламент Японии", "полиция" where the sentence places it).
 */
import type { ActorRecord, Lang } from '../../core/doc.js';
import type { AnalyzedDoc, Case, Entity, Mention } from '../../core/layers.js';
import { fold, matchSequence, tokenKeys, tokenMatches } from '../../core/token-pattern.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { roleCompatible } from '../../lang/shared/roles.js';
import type { GazetteerIndex } from '../entities/gazetteer-index.js';
import { roleAt } from '../entities/roles.js';
import type { ActorCandidate } from './actors.js';
import { type EventLexicon, LEXICONS } from './lexicon.js';

const PREPOSITIONS: Record<Lang, ReadonlySet<string>> = {
  ru: new Set(
    'с со против в во на по к ко для от из о об у за между через отношении адрес при до после над под возле около'.split(
      ' ',
    ),
  ),
  uk: new Set(
    'з із зі проти в у на по до для від про щодо адресу між через за при над під біля поблизу'.split(' '),
  ),
  en: new Set('with against on in to for from of by at between over into'.split(' ')),
};

export function actorOfEntity(entity: Entity, role: string | null = null): ActorRecord {
  return {
    entity: entity.id,
    name: entity.name,
    country: entity.country,
    role: role ?? entity.roles[0]?.role ?? null,
  };
}

export function readingCases(doc: AnalyzedDoc, index: number, pos?: string): Case[] {
  const cases = new Set<Case>();
  for (const reading of doc.layers.morphology?.[index] ?? []) {
    if (reading.case && (!pos || reading.pos === pos)) cases.add(reading.case);
  }
  return [...cases];
}

/** The preposition governing a phrase, skipping adjectives between them ("с новым премьером"). */
export function prepositionBefore(doc: AnalyzedDoc, start: number): string | null {
  const tokens = doc.layers.tokens ?? [];
  const prepositions = PREPOSITIONS[doc.lang];
  for (let i = start - 1, skipped = 0; i >= 0 && skipped <= 2; i--, skipped++) {
    const token = tokens[i];
    // "против 20 российских компаний": a count stands between the preposition and its noun.
    if (token?.kind === 'number' && doc.lang === 'ru') continue;
    if (token?.kind !== 'word') return null;
    const word = fold(token.text);
    if (prepositions.has(word)) return word;
    if (LEXICONS[doc.lang].grammar.determiners.has(word)) continue;
    const best = doc.layers.morphology?.[i]?.[0];
    // "против решения правительства Грузии": what is opposed is the body's decision.
    if (best?.pos === 'NOUN' && fold(tokens[i - 1]?.text ?? '') === 'против') return 'против';
    if (!best || (best.pos !== 'ADJF' && best.pos !== 'PRTF' && best.pos !== 'NUMR')) return null;
  }
  return null;
}

export interface Context {
  doc: AnalyzedDoc;
  /** The state of the last body of each kind named with one, in text order. */
  bodies: Map<string, string>;
  kb: KnowledgeBase;
  lexicon: EventLexicon;
  gazetteer: GazetteerIndex;
  entities: readonly Entity[];
  mentions: readonly Mention[];
  personStarts: Set<number>;
}

function countryEntity(context: Context, country: string): Entity | undefined {
  return context.entities.find((e) => e.entry === country);
}

export function countryActor(context: Context, country: string, role: string | null): ActorRecord {
  const entity = countryEntity(context, country);
  const name = context.kb.get(country)?.names.en ?? entity?.name ?? country;
  return { entity: entity?.id ?? null, name, country, role };
}

const FRESH = /^(?:new|incoming|newly|newly-elected|newly-appointed|designate)$/u;
/** Words that confer the role phrase after them: "as prime minister", "the new president". */
const CONFERRED = /\b(?:as|new|elected|appointed|named)\s+$/iu;

/** The person a descriptor refers to: the latest person before it whose role fits. */
function resolveDescriptor(
  context: Context,
  at: number,
  role: string,
  country: string | null,
): Entity | undefined {
  // "the new prime minister": the person the text gave the office ("appointed Babis as prime
  // minister"), not another prime minister named since.
  if (FRESH.test(fold(context.doc.layers.tokens?.[at - 1]?.text ?? ''))) {
    const { text } = context.doc;
    const asRole = new RegExp(
      `^,?\\s+as\\s+(?:the\\s+)?(?:new\\s+)?${role.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`,
      'iu',
    );
    const conferred = context.entities.filter(
      (e) =>
        e.label === 'PER' &&
        (e.roles.some(
          (r) =>
            roleCompatible(role, r.role) &&
            r.span !== undefined &&
            CONFERRED.test(text.slice(Math.max(0, r.span.start - 12), r.span.start)),
        ) ||
          e.mentionIndexes.some((k) => {
            const mention = context.mentions[k];
            return mention !== undefined && asRole.test(text.slice(mention.end, mention.end + 40));
          })),
    );
    if (conferred.length === 1) return conferred[0];
  }
  let best: Entity | undefined;
  let bestPosition = -1;
  // The latest fitting person before the descriptor; one named just after it only when nobody
  // before fits ("the new prime minister" is not a prime minister named two paragraphs on).
  let ahead: Entity | undefined;
  let aheadPosition = Number.POSITIVE_INFINITY;
  for (const entity of context.entities) {
    if (entity.label !== 'PER') continue;
    const fits =
      (role === 'counterpart' && country !== null && entity.country === country) ||
      entity.roles.some(
        (r) => roleCompatible(role, r.role) && (!country || !r.country || r.country === country),
      );
    if (!fits || (country && entity.country && entity.country !== country)) continue;
    for (const index of entity.mentionIndexes) {
      const mention = context.mentions[index];
      if (!mention) continue;
      if (mention.tokenStart < at && mention.tokenStart > bestPosition) {
        best = entity;
        bestPosition = mention.tokenStart;
      } else if (
        mention.tokenStart >= at &&
        mention.tokenStart < at + 40 &&
        mention.tokenStart < aheadPosition
      ) {
        // A descriptor may also point forward within a sentence or two ("Глава МИД ... Сибига").
        ahead = entity;
        aheadPosition = mention.tokenStart;
      }
    }
  }
  return best ?? ahead;
}

export function descriptorAt(context: Context, i: number, covered: Uint8Array): ActorCandidate | null {
  const { doc, gazetteer } = context;
  const found = roleAt(doc, i);
  if (!found) return null;
  let end = found.end;
  let country: string | null = null;
  const after = gazetteer.byStart.get(end);
  if (after && (after.kind === 'country' || after.kind === 'organisation')) {
    country = after.country;
    end = after.tokenEnd;
  } else {
    // "глава Либерально-демократической партии": the body the role heads belongs to the phrase.
    const body = context.mentions.find((m) => m.tokenStart === end && m.label === 'ORG');
    if (body) end = body.tokenEnd;
  }
  // A role right before a name belongs to that name (the entities stage recorded it).
  if (context.personStarts.has(end)) return null;
  let start = i;
  let cases = readingCases(doc, i, 'NOUN');
  const before = gazetteer.byEnd.get(i);
  if (before?.kind === 'adjective') {
    country ??= before.country;
    start = before.tokenStart;
  } else if (i > 0 && tokenMatches(doc, i - 1, context.lexicon.grammar.honorifics)) {
    start = i - 1;
    cases = readingCases(doc, i - 1, 'NOUN');
  }
  if (covered[start]) return null;
  country ??= found.entry.country ?? null;
  const person = resolveDescriptor(context, i, found.entry.role, country);
  let actor: ActorRecord;
  let key: string;
  if (person) {
    actor = actorOfEntity(person, found.entry.role);
    key = person.id;
  } else if (country) {
    actor = countryActor(context, country, found.entry.role);
    key = country;
  } else {
    return null;
  }
  return {
    tokenStart: start,
    tokenEnd: end,
    cases,
    prep: prepositionBefore(doc, start),
    kind: 'descriptor',
    actor,
    key,
    person: person !== undefined,
  };
}

export function bodyAt(context: Context, i: number): ActorCandidate | null {
  const { doc, gazetteer } = context;
  const keys = tokenKeys(doc)[i];
  if (!keys) return null;
  for (const body of context.lexicon.bodyIndex.candidates(keys)) {
    let end = matchSequence(doc, i, body.words);
    if (end === -1) continue;
    let start = i;
    let country = body.country ?? null;
    const after = gazetteer.byStart.get(end);
    let alliance: Entity | undefined;
    if (!country && after && PLACE_OF_BODY.has(after.kind)) {
      country = after.country;
      end = after.tokenEnd;
    } else if (!country && after?.kind === 'organisation') {
      // "Объединенные вооруженные силы НАТО": the body of an alliance acts for the alliance.
      alliance = context.entities.find((e) => e.entry === after.entry);
      end = after.tokenEnd;
    }
    const before = gazetteer.byEnd.get(i);
    // "Ukraine's parliament", "японский парламент".
    if (!country && (before?.kind === 'adjective' || (doc.lang === 'en' && before?.kind === 'country'))) {
      country = before.country;
      start = before.tokenStart;
    }
    // "В Белграде полиция задержала": police act only at home, in the state where it happened.
    if (!country && body.sector === 'police') country = sceneOf(context, i);
    // "Суд Киева ... прокуратура объявила": a body named without its state is of the state
    // whose body of that kind the text named last.
    if (!country && !alliance && REFERRING.has(body.sector))
      country = context.bodies.get(body.sector) ?? null;
    if (country && !body.country) context.bodies.set(body.sector, country);
    if (alliance) {
      const actor = {
        entity: alliance.id,
        name: alliance.name,
        country: alliance.country,
        role: body.sector,
      };
      const cases = readingCases(doc, i, 'NOUN');
      return {
        tokenStart: start,
        tokenEnd: end,
        cases,
        prep: prepositionBefore(doc, start),
        kind: 'body',
        actor,
        key: alliance.id,
        person: false,
      };
    }
    if (!country) return null;
    const countryName = context.kb.get(country)?.names.en ?? country;
    const base = countryActor(context, country, body.sector);
    const actor = { ...base, name: body.name.replace('{country}', countryName) };
    return {
      tokenStart: start,
      tokenEnd: end,
      cases: readingCases(doc, i, 'NOUN'),
      prep: prepositionBefore(doc, start),
      kind: 'body',
      actor,
      key: country,
      person: false,
    };
  }
  return null;
}

/** Kinds of body a bare noun refers back to; "правительство", "власти" follow the paragraph's
 *  subject instead. */
const REFERRING = new Set(['judiciary', 'police', 'legislature', 'military']);

const AT = new Set(['в', 'во', 'у', 'in']);
const INTERIOR = new Set(['мвд', 'мвс']);

/**
 * The one state a sentence places its events in: a city or region it names ("в Тбилиси"), a
 * country after "в"/"in" ("в Грузии") or after its interior ministry ("МВД Грузии"); null where
 * it names none or places of two states.
 */
function sceneOf(context: Context, at: number): string | null {
  const tokens = context.doc.layers.tokens ?? [];
  const sentence = tokens[at]?.sentence;
  const found = new Set<string>();
  for (const match of context.doc.layers.gazetteer ?? []) {
    if (tokens[match.tokenStart]?.sentence !== sentence || !match.country) continue;
    const before = (k: number) => fold(tokens[match.tokenStart - k]?.text ?? '');
    // "сообщили в МВД Грузии": the ministry the police answer to.
    const interior =
      INTERIOR.has(before(1)) ||
      (/^(?:дел|справ)$/u.test(before(1)) && /^внутрішн|^внутренн/u.test(before(2)));
    const located = AT.has(before(1)) || interior;
    if (PLACE_KINDS.has(match.kind) || match.kind === 'capital' || (match.kind === 'country' && located))
      found.add(match.country);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** Knowledge-base kinds of places, which are hit and visited but do not act. */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'region']);
/** Where a body belongs: "парламент Японии", "суд Киева". */
const PLACE_OF_BODY = new Set(['country', 'capital', 'city', 'region']);
