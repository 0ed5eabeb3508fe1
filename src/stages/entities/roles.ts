/**
 * Finding role phrases ("премьер-министром Японии", "japanese premier", "глава МИД Польши")
 * next to names and on their own (descriptors that refer back to a person).
 */
import type { Lang } from '../../core/doc.js';
import type { AnalyzedDoc, Case } from '../../core/layers.js';
import { FirstWordIndex, matchSequence, matchSequenceBefore, tokenKeys } from '../../core/token-pattern.js';
import { ROLES as EN_ROLES } from '../../lang/en/roles.js';
import { NOT_OCCUPATIONS, SUBSTANTIVE_OCCUPATIONS } from '../../lang/ru/occupations.js';
import { ACTING as RU_ACTING, ROLES as RU_ROLES } from '../../lang/ru/roles.js';
import type { RoleEntry } from '../../lang/shared/roles.js';
import { ACTING as UK_ACTING, ROLES as UK_ROLES } from '../../lang/uk/roles.js';
import { type GazetteerIndex, TRAILING_KINDS } from './gazetteer-index.js';

const ROLES: Record<Lang, FirstWordIndex<RoleEntry>> = {
  ru: new FirstWordIndex(RU_ROLES, (entry) => entry.words[0] ?? ''),
  uk: new FirstWordIndex(UK_ROLES, (entry) => entry.words[0] ?? ''),
  en: new FirstWordIndex(EN_ROLES, (entry) => entry.words[0] ?? ''),
};

export interface RolePhrase {
  /** Token range of the whole phrase, country words included. */
  tokenStart: number;
  tokenEnd: number;
  role: string;
  country: string | null;
  /** Cases of the role word, when the language inflects (the name in apposition agrees). */
  cases: Case[];
  /**
   * For an occupation noun outside the lexicon of offices ("фотограф", "полковник"): its lemma,
   * and whether the phrase is bare, saying nothing of where the job is held (no complement, no
   * place): "журналист Виктор Шендерович" rather than "фотограф Ассошиэйтед Пресс".
   */
  occupation?: { lemma: string; bare: boolean };
}

/**
 * The role entry that starts at token `index`, with its end, longest first. A country adjective
 * may stand inside a phrase after its first word ("глава российского МИДа", "глава японского
 * правительства", "очільник українського МЗС") when `innerAdjective` is set: its country
 * comes with the match.
 */
export function roleAt(
  doc: AnalyzedDoc,
  index: number,
  innerAdjective = false,
): { entry: RoleEntry; end: number; country?: string | null } | null {
  const keys = tokenKeys(doc)[index];
  if (!keys) return null;
  for (const entry of ROLES[doc.lang].candidates(keys)) {
    const end = matchSequence(doc, index, entry.words);
    if (end !== -1) return { entry, end };
    if (!innerAdjective || entry.words.length < 2) continue;
    const adjective = (doc.layers.gazetteer ?? []).find(
      (m) => m.tokenStart === index + 1 && m.kind === 'adjective',
    );
    if (!adjective) continue;
    const rest = matchSequence(doc, adjective.tokenEnd, entry.words.slice(1));
    if (rest !== -1) return { entry, end: rest, country: adjective.country };
  }
  return null;
}

/** No singular reading: "директора" may be one director's genitive, "президенты" may not. */
export function pluralOnly(doc: AnalyzedDoc, index: number): boolean {
  const nouns = (doc.layers.morphology?.[index] ?? []).filter((r) => r.pos === 'NOUN');
  return nouns.length > 0 && nouns.every((r) => r.number === 'plur');
}

export function caseOf(doc: AnalyzedDoc, index: number): Case[] {
  const nouns = (doc.layers.morphology?.[index] ?? []).filter((r) => r.pos === 'NOUN' && r.case);
  // A title stands for one person: "актрисы" is a genitive here, not a nominative plural.
  const singular = nouns.filter((r) => r.number !== 'plur');
  return [...new Set((singular.length > 0 ? singular : nouns).map((r) => r.case as Case))];
}

/**
 * A role phrase that ends right before token `end`: [country adjective] ROLE [country], as in
 * "японский премьер", "премьер-министр Японии", "глава МИД Польши", "President of Finland".
 */
const roleMemo = new WeakMap<GazetteerIndex, Map<number, RolePhrase | null>>();

export function roleEndingAt(doc: AnalyzedDoc, end: number, gazetteer: GazetteerIndex): RolePhrase | null {
  let memo = roleMemo.get(gazetteer);
  if (!memo) {
    memo = new Map();
    roleMemo.set(gazetteer, memo);
  }
  if (memo.has(end)) return memo.get(end) ?? null;
  const found = findRoleEndingAt(doc, end, gazetteer);
  memo.set(end, found);
  return found;
}

function findRoleEndingAt(doc: AnalyzedDoc, end: number, gazetteer: GazetteerIndex): RolePhrase | null {
  const direct = roleEndingAtExactly(doc, end, end, gazetteer);
  // English puts complements after the name ("the President of Finland"), and its words carry no
  // case to tell a complement from the rest of the sentence.
  if (direct || doc.lang === 'en') return direct;
  // "главный тренер сборной Станислав Черчесов", "министр финансов РФ Алексей Кудрин",
  // "координатор движения «Левый фронт» Сергей Удальцов", "посол Италии в Грузии Виторио
  // Сандали": a complement (genitives, quoted and tagged names, places, prepositional phrases)
  // may stand between the role and the name.
  const tokens = doc.layers.tokens ?? [];
  const named = namedSpansByEnd(doc);
  let k = end;
  let country: string | null = null;
  let inQuotes = false;
  // Words in any case that only a preposition further back can license: "в федеральном округе".
  let pending = 0;
  for (let skipped = 0; skipped < MAX_COMPLEMENT && k > 0; skipped++) {
    const at = k - 1;
    const token = tokens[at];
    if (!token || token.sentence !== tokens[end - 1]?.sentence) return null;
    const place = gazetteer.byEnd.get(k);
    const tagged = named.get(k);
    if (place && !inQuotes) {
      country ??= TRAILING_KINDS.has(place.kind) ? place.country : null;
      k = place.tokenStart;
    } else if (QUOTE_MARKS.has(token.text)) {
      inQuotes = !inQuotes;
      k = at;
    } else if (inQuotes) {
      k = at;
    } else if (tagged !== undefined && tagged < at + 1) {
      k = tagged;
    } else if (token.text === ')') {
      const open = openingParen(tokens, at);
      if (open < 0) return null;
      k = open;
    } else if (PREPOSITIONS.has(token.text.toLowerCase()) && k < end) {
      pending = 0;
      k = at;
    } else if (token.text === 'и' && pending === 0 && k < end && isGenitive(doc, k)) {
      k = at;
    } else if (pending === 0 && (isGenitive(doc, at) || isForeignOrAcronym(token.text))) {
      k = at;
    } else if (isInflectedWord(doc, at) && pending < 4) {
      pending++;
      k = at;
    } else return null;
    if (inQuotes || pending > 0) continue;
    const found = roleEndingAtExactly(doc, k, end, gazetteer);
    if (found) return { ...found, country: found.country ?? country };
  }
  return null;
}

const MAX_COMPLEMENT = 12;
const QUOTE_MARKS = new Set(['«', '»', '"', '„', '“', '”']);
const PREPOSITIONS = new Set(['по', 'при', 'в', 'во', 'на', 'от', 'против', 'за', 'для', 'с', 'у']);

function openingParen(tokens: readonly { text: string }[], close: number): number {
  for (let k = close - 1; k >= Math.max(0, close - 6); k--) if (tokens[k]?.text === '(') return k;
  return -1;
}

/** A common word (not a name) that the dictionary allows in the genitive. */
function isGenitive(doc: AnalyzedDoc, index: number): boolean {
  const readings = doc.layers.morphology?.[index] ?? [];
  const best = readings[0];
  if (!best || best.name !== null || best.pos === null) return false;
  return readings.some((r) => r.case === 'gent' && r.name === null);
}

/** Acronyms of bodies and Latin names do not decline: "представитель МИД России", "глава HP". */
function isForeignOrAcronym(text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(text) || /^\p{Script=Latin}[\p{Script=Latin}\d.&-]*$/u.test(text);
}

function isInflectedWord(doc: AnalyzedDoc, index: number): boolean {
  const best = doc.layers.morphology?.[index]?.[0];
  return best !== undefined && best.name === null && INFLECTED.has(best.pos ?? '');
}

const INFLECTED = new Set(['NOUN', 'ADJF', 'PRTF', 'NUMR']);

/** Organisations and places the tagger found, by the token they end before → their start. */
const namedMemo = new WeakMap<object, Map<number, number>>();

function namedSpansByEnd(doc: AnalyzedDoc): Map<number, number> {
  const spans = doc.layers.ner;
  if (!spans) return new Map();
  let byEnd = namedMemo.get(spans);
  if (!byEnd) {
    byEnd = new Map();
    for (const span of spans) if (span.label !== 'PER') byEnd.set(span.tokenEnd, span.tokenStart);
    namedMemo.set(spans, byEnd);
  }
  return byEnd;
}

function roleEndingAtExactly(
  doc: AnalyzedDoc,
  phraseEnd: number,
  end: number,
  gazetteer: GazetteerIndex,
): RolePhrase | null {
  let roleEnd = phraseEnd;
  let country: string | null = null;
  const trailing = gazetteer.byEnd.get(phraseEnd);
  if (trailing && TRAILING_KINDS.has(trailing.kind)) {
    country = trailing.country;
    roleEnd = trailing.tokenStart;
    const tokens = doc.layers.tokens ?? [];
    if (doc.lang === 'en' && tokens[roleEnd - 1]?.text === 'of') roleEnd--;
  }
  for (let start = Math.max(0, roleEnd - 4); start < roleEnd; start++) {
    const found = roleAt(doc, start, true);
    if (!found || found.end !== roleEnd) continue;
    country ??= found.country ?? null;
    let tokenStart = modifiersBefore(doc, start);
    const leading = gazetteer.byEnd.get(tokenStart);
    // "Kremlin spokesman", "White House press secretary": an English seat of power before the title.
    if (
      leading?.kind === 'adjective' ||
      (doc.lang === 'en' && (leading?.kind === 'country' || leading?.kind === 'seat'))
    ) {
      country ??= leading.country;
      tokenStart = modifiersBefore(doc, leading.tokenStart);
    }
    // "Secretary of State Marco Rubio": a title of one state says which, when nothing else does.
    country ??= found.entry.country ?? null;
    // "президенты двух стран": a plural title names no one person.
    if (pluralOnly(doc, headNoun(doc, start, found.end))) return null;
    const phrase = { tokenStart, tokenEnd: end, role: found.entry.role, country, cases: caseOf(doc, start) };
    return governingRole(doc, phrase, gazetteer) ?? phrase;
  }
  const occupation = occupationEndingAt(doc, roleEnd, end, country);
  return occupation && (governingRole(doc, occupation, gazetteer) ?? occupation);
}

/**
 * "пресс-секретарь президента Дмитрий Песков": a role in the genitive depends on the role before
 * it, which is the one the person holds.
 */
function governingRole(doc: AnalyzedDoc, phrase: RolePhrase, gazetteer: GazetteerIndex): RolePhrase | null {
  if (!phrase.cases.includes('gent') || phrase.cases.includes('nomn')) return null;
  const acting = actingBefore(doc, phrase.tokenStart);
  if (acting) return { ...phrase, tokenStart: acting.start, cases: acting.cases };
  const outer = roleEndingAtExactly(doc, phrase.tokenStart, phrase.tokenStart, gazetteer);
  if (!outer) return null;
  const merged: RolePhrase = {
    ...outer,
    tokenEnd: phrase.tokenEnd,
    country: outer.country ?? phrase.country,
  };
  // "помощник госсекретаря": the inner title says where the outer post is held.
  if (outer.occupation) merged.occupation = { ...outer.occupation, bare: false };
  return governingRole(doc, merged, gazetteer) ?? merged;
}

const ACTING: Partial<Record<Lang, readonly (readonly string[])[]>> = { ru: RU_ACTING, uk: UK_ACTING };

/**
 * "исполняющий обязанности официального представителя Марк Тоунер": the acting holder of a post
 * named in the genitive; the phrase takes the case of its first word, which the name agrees with.
 */
function actingBefore(doc: AnalyzedDoc, start: number): { start: number; cases: Case[] } | null {
  for (const words of ACTING[doc.lang] ?? []) {
    const from = matchSequenceBefore(doc, start, words);
    if (from === -1) continue;
    const readings = doc.layers.morphology?.[from] ?? [];
    const cases = [...new Set(readings.filter((r) => r.case !== null).map((r) => r.case as Case))];
    return { start: from, cases };
  }
  return null;
}

/** "исполняющий обязанности" starting at `start`: where it ends and the cases of its first word. */
export function actingAt(doc: AnalyzedDoc, start: number): { end: number; cases: Case[] } | null {
  for (const words of ACTING[doc.lang] ?? []) {
    const end = matchSequence(doc, start, words);
    if (end === -1) continue;
    const readings = doc.layers.morphology?.[start] ?? [];
    return { end, cases: [...new Set(readings.filter((r) => r.case !== null).map((r) => r.case as Case))] };
  }
  return null;
}

/** "народный депутат", "бывший глава": adjectives before a title belong to the role. */
export function modifiersBefore(doc: AnalyzedDoc, start: number): number {
  const tokens = doc.layers.tokens ?? [];
  const cases = caseOf(doc, start);
  let k = start;
  while (
    k > 0 &&
    start - k < 3 &&
    tokens[k - 1]?.sentence === tokens[start]?.sentence &&
    isModifier(doc, k - 1, cases)
  )
    k--;
  return k;
}

/**
 * An adjective that agrees with the title and says which post it is ("народный", "бывший",
 * "первый"), not how the writer sees it ("известный", "своего", "действующего").
 */
export function isModifier(doc: AnalyzedDoc, index: number, cases: readonly Case[]): boolean {
  const readings = doc.layers.morphology?.[index] ?? [];
  const best = readings[0];
  if (!best || best.name !== null || !MODIFIER_POS.has(best.pos ?? '') || NOT_MODIFIERS.has(best.lemma))
    return false;
  return cases.length === 0 || readings.some((r) => r.case !== null && cases.includes(r.case));
}

const MODIFIER_POS = new Set(['ADJF', 'PRTF']);
const NOT_MODIFIERS = new Set([
  'свой',
  'этот',
  'тот',
  'такой',
  'который',
  'весь',
  'сам',
  'наш',
  'ваш',
  'мой',
  'действующий',
  'нынешний',
  'новый',
  'старый',
  'известный',
  'знаменитый',
  'популярный',
  'легендарный',
  'влиятельный',
  'переизбранный',
  'погибший',
  'покойный',
]);

/** The token of a title that inflects for number: "официальными представителями". */
function headNoun(doc: AnalyzedDoc, start: number, end: number): number {
  for (let k = start; k < end; k++) if (doc.layers.morphology?.[k]?.some((r) => r.pos === 'NOUN')) return k;
  return start;
}

/**
 * The lemma of an animate common noun that can be one person's occupation ("фотограф", not
 * "брат"), or null.
 */
export function occupationLemma(doc: AnalyzedDoc, index: number): string | null {
  const readings = doc.layers.morphology?.[index] ?? [];
  const best = readings[0];
  if (!best || best.name || best.geo) return null;
  const noun = readings.find((r) => r.pos === 'NOUN' && r.animate && r.name === null);
  if (!noun || pluralOnly(doc, index)) return null;
  if (SUBSTANTIVE_OCCUPATIONS.has(noun.lemma)) return noun.lemma;
  // The best reading may miss animacy that another reading of the same noun has ("борца").
  if (best.pos !== 'NOUN' || noun.lemma !== best.lemma || NOT_OCCUPATIONS.has(best.lemma)) return null;
  // "правого", "первого": adjectives used as nouns name no occupation, bar a few ("рабочий").
  if (readings.some((r) => r.pos === 'ADJF' || r.pos === 'PRTF')) return null;
  return best.lemma;
}

export function isOccupation(doc: AnalyzedDoc, index: number): boolean {
  return occupationLemma(doc, index) !== null;
}

/**
 * Any occupation stated before a name, beyond the lexicon of offices: an animate common noun
 * with its adjectives ("фотограф", "главный тренер", "народный депутат"). The role is its lemma.
 */
function occupationEndingAt(
  doc: AnalyzedDoc,
  roleEnd: number,
  end: number,
  country: string | null,
): RolePhrase | null {
  const tokens = doc.layers.tokens ?? [];
  const morphology = doc.layers.morphology ?? [];
  const head = roleEnd - 1;
  const token = tokens[head];
  if (!token || !isOccupation(doc, head)) return null;
  if (token.text !== token.text.toLowerCase() && tokens[head - 1]?.sentence === token.sentence) return null;
  let start = head;
  const cases = caseOf(doc, head);
  while (
    start > 0 &&
    head - start < 3 &&
    tokens[start - 1]?.sentence === token.sentence &&
    isModifier(doc, start - 1, cases)
  )
    start--;
  const lemma = occupationLemma(doc, head) ?? '';
  const role = [...morphology.slice(start, head).map((readings) => readings[0]?.lemma ?? ''), lemma].join(
    ' ',
  );
  const occupation = { lemma, bare: roleEnd === end };
  return { tokenStart: start, tokenEnd: end, role, country, cases: caseOf(doc, head), occupation };
}
