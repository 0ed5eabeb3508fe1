/**
 * Actor candidates of a document: named mentions, descriptors that refer back to a person
 * ("глава государства", "японский премьер"), state bodies ("парламент Японии") (both told in
 * `actor-phrases.ts`), and country adjectives and weapons that only say which side acted
 * ("российские дроны", "Искандер").
 */
import type { ActorRecord } from '../../core/doc.js';
import type { AnalyzedDoc, Case, Mention } from '../../core/layers.js';
import { fold, matchSequence } from '../../core/token-pattern.js';
import type { KnowledgeBase } from '../../kb/types.js';
import { indexGazetteer } from '../entities/gazetteer-index.js';
import { roleEndingAt } from '../entities/roles.js';
import {
  actorOfEntity,
  bodyAt,
  type Context,
  countryActor,
  descriptorAt,
  PLACE_KINDS,
  prepositionBefore,
  readingCases,
} from './actor-phrases.js';
import type { EventLexicon } from './lexicon.js';

export { PLACE_KINDS } from './actor-phrases.js';

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

const CONJOINING = new Set(['and', 'и', 'і', 'та', 'й']);
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
  const context: Context = {
    doc,
    kb,
    lexicon,
    gazetteer,
    entities,
    mentions,
    personStarts,
    bodies: new Map(),
  };
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
  const bodies = candidates.filter((c) => c.kind === 'body');
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
    // A name the tagger ran into a body («Шевченковский районный суд» before the body «суд
    // Киева») would be a second, stateless candidate for the same actor.
    if (bodies.some((b) => b.tokenStart < mention.tokenEnd && mention.tokenStart < b.tokenEnd)) continue;
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
