/**
 * Actor candidates of a document: named mentions, descriptors that refer back to a person
 * ("глава государства", "японский премьер"), state bodies ("парламент Японии"), and country
 * adjectives and weapons that only say which side acted ("российские дроны", "Искандер").
 */
import type { ActorRecord, Lang } from '../../core/doc.js';
import type { AnalyzedDoc, Case, Entity, Mention } from '../../core/layers.js';
import { fold, matchSequence, tokenKeys, tokenMatches } from '../../core/token-pattern.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { roleCompatible } from '../../lang/shared/roles.js';
import { type GazetteerIndex, indexGazetteer } from '../entities/gazetteer-index.js';
import { roleAt, roleEndingAt } from '../entities/roles.js';
import { type EventLexicon, LEXICONS } from './lexicon.js';

/** 'place': a city or region, which can be hit or visited but does not act. */
export type ActorKind = 'mention' | 'place' | 'descriptor' | 'body' | 'adjective' | 'weapon';

export interface ActorCandidate {
  tokenStart: number;
  tokenEnd: number;
  /** Cases the phrase can be in; [] when unknown (then any case is accepted). */
  cases: Case[];
  /** The preposition right before the phrase, folded; null when none. */
  prep: string | null;
  kind: ActorKind;
  actor: ActorRecord;
  /** Identity for merging and for telling source from target. */
  key: string;
  /** The actor is a person (named, or referred to by a title). */
  person: boolean;
  /**
   * The phrase a genitive actor completes, when a preposition governs it: "по югу Ливана",
   * "с делегацией Украины". A target slot may take the actor through it.
   */
  via?: { prep: string | null; cases: Case[]; noun: number };
  /** Russian: the name completes the common noun before it ("ударов США"), so it is no bare object. */
  attribute?: boolean;
  /** "делегация во главе с министром X": the one who leads acts for the group. */
  leads?: boolean;
}

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

function actorOfEntity(entity: Entity, role: string | null = null): ActorRecord {
  return {
    entity: entity.id,
    name: entity.name,
    country: entity.country,
    role: role ?? entity.roles[0]?.role ?? null,
  };
}

function readingCases(doc: AnalyzedDoc, index: number, pos?: string): Case[] {
  const cases = new Set<Case>();
  for (const reading of doc.layers.morphology?.[index] ?? []) {
    if (reading.case && (!pos || reading.pos === pos)) cases.add(reading.case);
  }
  return [...cases];
}

/** The preposition governing a phrase, skipping adjectives between them ("с новым премьером"). */
function prepositionBefore(doc: AnalyzedDoc, start: number): string | null {
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

interface Context {
  doc: AnalyzedDoc;
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

function countryActor(context: Context, country: string, role: string | null): ActorRecord {
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

function descriptorAt(context: Context, i: number, covered: Uint8Array): ActorCandidate | null {
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

function bodyAt(context: Context, i: number): ActorCandidate | null {
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

const CONJOINING = new Set(['and', 'и', 'і', 'та', 'й']);
/** Knowledge-base kinds of places, which are hit and visited but do not act. */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['city', 'region']);
/** Where a body belongs: "парламент Японии", "суд Киева". */
const PLACE_OF_BODY = new Set(['country', 'capital', 'city', 'region']);

/** Cities and regions are places; parliaments and services named in the knowledge base are bodies. */
function kindOf(entryKind: string | undefined, label: string): ActorKind {
  // A place the knowledge base does not know is a town or a site ("объекты в Фордо"), not a state.
  if ((entryKind && PLACE_KINDS.has(entryKind)) || (!entryKind && label === 'LOC')) return 'place';
  return entryKind === 'body' ? 'body' : 'mention';
}

const cache = new WeakMap<readonly Mention[], ActorCandidate[]>();

/** Actor candidates of the document, computed once per document (quotes and events share them). */
export function collectActors(doc: AnalyzedDoc, kb: KnowledgeBase, lexicon: EventLexicon): ActorCandidate[] {
  const mentionsLayer = doc.layers.mentions ?? [];
  let found = cache.get(mentionsLayer);
  if (!found) {
    found = computeActors(doc, kb, lexicon);
    cache.set(mentionsLayer, found);
  }
  return found;
}

function computeActors(doc: AnalyzedDoc, kb: KnowledgeBase, lexicon: EventLexicon): ActorCandidate[] {
  const tokens = doc.layers.tokens ?? [];
  const mentions = doc.layers.mentions ?? [];
  const entities = doc.layers.entities ?? [];
  const gazetteer = indexGazetteer(doc.layers.gazetteer ?? [], tokens.length);
  const personStarts = new Set<number>();
  for (const m of mentions) if (m.label === 'PER') personStarts.add(m.tokenStart);
  const context: Context = { doc, kb, lexicon, gazetteer, entities, mentions, personStarts };
  const covered = new Uint8Array(tokens.length);
  const candidates: ActorCandidate[] = [];
  const entityById = new Map(entities.map((e) => [e.id, e]));

  // State bodies first: "Верховная Рада" is a body even where a tagger took "Рада" for a name.
  for (let i = 0; i < tokens.length; i++) {
    const body = bodyAt(context, i);
    if (body) {
      candidates.push(body);
      covered.fill(1, body.tokenStart, body.tokenEnd);
      i = body.tokenEnd - 1;
    }
  }
  for (const mention of mentions) {
    if (mention.label !== 'PER' || covered[mention.tokenStart] || covered[mention.tokenEnd - 1]) continue;
    const entity = entityById.get(mention.entity);
    if (!entity) continue;
    const role = roleEndingAt(doc, mention.tokenStart, gazetteer);
    const start = role?.tokenStart ?? mention.tokenStart;
    covered.fill(1, start, mention.tokenEnd);
    const cases = role && role.cases.length > 0 ? role.cases : mention.cases;
    candidates.push({
      tokenStart: start,
      tokenEnd: mention.tokenEnd,
      cases,
      prep: prepositionBefore(doc, start),
      kind: 'mention',
      actor: actorOfEntity(entity, role?.role),
      key: entity.id,
      person: true,
    });
  }
  // "The Estonian and Finnish navies", "Russian and Ukrainian delegations": each adjective of a
  // coordinated pair names a body of its own.
  for (const body of doc.lang === 'ru' ? [] : candidates.filter((c) => c.kind === 'body')) {
    const own = gazetteer.byStart.get(body.tokenStart);
    if (own?.kind !== 'adjective') continue;
    const conjunction = fold(tokens[body.tokenStart - 1]?.text ?? '');
    const other = gazetteer.byEnd.get(body.tokenStart - 1);
    if (
      !CONJOINING.has(conjunction) ||
      other?.kind !== 'adjective' ||
      !other.country ||
      covered[other.tokenStart]
    )
      continue;
    const base = countryActor(context, other.country, body.actor.role);
    const countryName = kb.get(other.country)?.names.en ?? other.country;
    const ownName = kb.get(own.country ?? '')?.names.en ?? '';
    candidates.push({
      ...body,
      tokenStart: other.tokenStart,
      tokenEnd: other.tokenEnd,
      prep: prepositionBefore(doc, other.tokenStart),
      actor: {
        ...base,
        name: ownName && body.actor.name ? body.actor.name.replace(ownName, countryName) : countryName,
      },
      key: other.country,
    });
    covered.fill(1, other.tokenStart, other.tokenEnd);
  }
  // A body inside a person's title ("представитель МИД России Мария Захарова") is not an actor.
  const people = candidates.filter((c) => c.person);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const body = candidates[k] as ActorCandidate;
    if (
      body.kind === 'body' &&
      people.some((p) => p.tokenStart <= body.tokenStart && body.tokenEnd <= p.tokenEnd)
    ) {
      candidates.splice(k, 1);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const found = descriptorAt(context, i, covered);
    if (found) {
      candidates.push(found);
      covered.fill(1, found.tokenStart, found.tokenEnd);
      i = found.tokenEnd - 1;
    }
  }
  for (const mention of mentions) {
    if (mention.label === 'PER' || covered[mention.tokenStart]) continue;
    const entity = entityById.get(mention.entity);
    if (!entity) continue;
    candidates.push({
      tokenStart: mention.tokenStart,
      tokenEnd: mention.tokenEnd,
      cases: mention.cases,
      prep: prepositionBefore(doc, mention.tokenStart),
      kind: kindOf(kb.get(entity.entry ?? '')?.kind, entity.label),
      actor: actorOfEntity(entity),
      key: entity.country ?? entity.id,
      person: false,
    });
  }
  for (const match of doc.layers.gazetteer ?? []) {
    if (match.kind !== 'adjective' || covered[match.tokenStart] || !match.country) continue;
    if (lexicon.grammar.idioms?.some((words) => matchSequence(doc, match.tokenStart, words) !== -1)) continue;
    candidates.push({
      tokenStart: match.tokenStart,
      tokenEnd: match.tokenEnd,
      cases: readingCases(doc, match.tokenStart),
      prep: prepositionBefore(doc, match.tokenStart),
      kind: 'adjective',
      actor: countryActor(context, match.country, null),
      key: match.country,
      person: false,
    });
  }
  tokens.forEach((token, i) => {
    const country = lexicon.grammar.weapons.get(fold(token.text));
    if (country && !covered[i]) {
      candidates.push({
        tokenStart: i,
        tokenEnd: i + 1,
        cases: [],
        prep: null,
        kind: 'weapon',
        actor: countryActor(context, country, 'military'),
        key: country,
        person: false,
      });
    }
  });
  for (const candidate of candidates) {
    const before = (k: number) => fold(tokens[candidate.tokenStart - k]?.text ?? '');
    if (candidate.person && /^(?:с|со|з|із)$/.test(before(1)) && /^(?:главе|чолі)$/.test(before(2)))
      candidate.leads = true;
  }
  // "в Кремле премьер-министра": a name is no common noun.
  for (const c of candidates) covered.fill(1, c.tokenStart, c.tokenEnd);
  for (const candidate of candidates) {
    // An indeclinable name ("ударов США") may be a genitive too.
    const genitive = candidate.cases.length === 0 || candidate.cases.includes('gent');
    if (candidate.prep === null && candidate.kind !== 'weapon' && genitive) {
      const via = governingPhrase(doc, candidate.tokenStart, covered);
      if (via) candidate.via = via;
      if (via && doc.lang === 'ru') candidate.attribute = true;
    }
  }
  candidates.sort((a, b) => a.tokenStart - b.tokenStart);
  // "between Israel and Hamas", "to Croatia and Ecuador": an English conjunct shares the
  // preposition of the first (case endings tell this in Russian and Ukrainian).
  if (doc.lang === 'en') {
    for (const candidate of candidates) {
      const joined = /^(?:and|or)$/.test(fold(tokens[candidate.tokenStart - 1]?.text ?? ''));
      const first = candidates.find((c) => c.tokenEnd === candidate.tokenStart - 1);
      if (candidate.prep === null && joined && first?.prep) candidate.prep = first.prep;
    }
  }
  return candidates;
}

/** Nouns of time, which a name after them does not complete ("в пятницу Берлускони"). */
const TIME_NOUNS = new Set(
  'понедельник вторник среда четверг пятница суббота воскресенье день ночь утро вечер неделя месяц год время момент январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(
    ' ',
  ),
);

/**
 * "по [югу] Ливана", "с [делегацией] Украины", "поддержал [решение] Варшавы": the common noun
 * before a genitive actor, and the preposition that governs that noun, if any.
 */
function governingPhrase(
  doc: AnalyzedDoc,
  start: number,
  covered: Uint8Array,
): { prep: string | null; cases: Case[]; noun: number } | undefined {
  // "позиции «Хезболлы»": a quotation mark may stand between the noun and the name.
  const quoted = /^[«"„“]$/u.test(doc.layers.tokens?.[start - 1]?.text ?? '');
  const noun = quoted ? start - 2 : start - 1;
  const token = doc.layers.tokens?.[noun];
  if (token?.kind !== 'word' || covered[noun]) return undefined;
  // "В пятницу Берлускони призвал": a date before an indeclinable name governs nothing.
  if ((doc.layers.dates ?? []).some((d) => d.start <= token.start && token.end <= d.end)) return undefined;
  if (TIME_NOUNS.has(doc.layers.morphology?.[noun]?.[0]?.lemma ?? '')) return undefined;
  if (doc.layers.morphology?.[noun]?.[0]?.pos !== 'NOUN') return undefined;
  const prep = prepositionBefore(doc, noun);
  const cases = readingCases(doc, noun, 'NOUN');
  return cases.length > 0 ? { prep, cases, noun } : undefined;
}
