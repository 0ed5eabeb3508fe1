/**
 * Finding role phrases ("премьер-министром Японии", "japanese premier", "глава МИД Польши")
 * next to names and on their own (descriptors that refer back to a person).
 */
import type { Lang } from '../../core/doc.js';
import type { AnalyzedDoc, Case, GazetteerMatch } from '../../core/layers.js';
import { FirstWordIndex, matchSequence, tokenKeys } from '../../core/token-pattern.js';
import { ROLES as EN_ROLES } from '../../lang/en/roles.js';
import { NOT_OCCUPATIONS } from '../../lang/ru/occupations.js';
import { ROLES as RU_ROLES } from '../../lang/ru/roles.js';
import type { RoleEntry } from '../../lang/shared/roles.js';
import { ROLES as UK_ROLES } from '../../lang/uk/roles.js';

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
}

/** The role entry that starts at token `index`, with its end, longest first. */
export function roleAt(doc: AnalyzedDoc, index: number): { entry: RoleEntry; end: number } | null {
  const keys = tokenKeys(doc)[index];
  if (!keys) return null;
  for (const entry of ROLES[doc.lang].candidates(keys)) {
    const end = matchSequence(doc, index, entry.words);
    if (end !== -1) return { entry, end };
  }
  return null;
}

/** Gazetteer matches indexed by the token they start at and the token they end before. */
export interface GazetteerIndex {
  byStart: Map<number, GazetteerMatch>;
  byEnd: Map<number, GazetteerMatch>;
  covered: Uint8Array;
}

export function indexGazetteer(matches: readonly GazetteerMatch[], tokenCount: number): GazetteerIndex {
  const byStart = new Map<number, GazetteerMatch>();
  const byEnd = new Map<number, GazetteerMatch>();
  const covered = new Uint8Array(tokenCount);
  for (const match of matches) {
    byStart.set(match.tokenStart, match);
    byEnd.set(match.tokenEnd, match);
    covered.fill(1, match.tokenStart, match.tokenEnd);
  }
  return { byStart, byEnd, covered };
}

/** Places and bodies that say where a role is held: "мэр Москвы", "премьер-министр Японии". */
const TRAILING_KINDS = new Set(['country', 'organisation', 'seat', 'capital', 'city', 'region']);
const COUNTRY_KINDS = new Set(['country', 'adjective', 'capital', 'seat']);

function _countryOf(match: GazetteerMatch | undefined): string | null {
  return match && COUNTRY_KINDS.has(match.kind) ? match.country : null;
}

function caseOf(doc: AnalyzedDoc, index: number): Case[] {
  const readings = doc.layers.morphology?.[index] ?? [];
  const cases = new Set<Case>();
  for (const reading of readings) if (reading.case && reading.pos === 'NOUN') cases.add(reading.case);
  return [...cases];
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
  if (direct) return direct;
  // "главный тренер сборной Станислав Черчесов", "министр финансов РФ Алексей Кудрин",
  // "координатор движения «Левый фронт» Сергей Удальцов": a complement in the genitive (with
  // quoted names and places in it) may stand between the role and the name.
  const tokens = doc.layers.tokens ?? [];
  const morphology = doc.layers.morphology ?? [];
  let k = end;
  let country: string | null = null;
  let inQuotes = false;
  for (let skipped = 0; skipped < MAX_COMPLEMENT && k > 0; skipped++) {
    const at = k - 1;
    const token = tokens[at];
    if (!token || token.sentence !== tokens[end - 1]?.sentence) return null;
    const place = gazetteer.byEnd.get(k);
    if (place && !inQuotes) {
      country ??= TRAILING_KINDS.has(place.kind) ? place.country : null;
      k = place.tokenStart;
    } else if (QUOTE_MARKS.has(token.text)) {
      inQuotes = !inQuotes;
      k = at;
    } else {
      const best = morphology[at]?.[0];
      const genitive = best?.case === 'gent' && best.name === null && best.pos !== null;
      // Acronyms of bodies do not decline: "представитель МИД России".
      const acronym = /^\p{Lu}{2,6}$/u.test(token.text);
      if (!inQuotes && !genitive && !acronym) return null;
      k = at;
    }
    if (inQuotes) continue;
    const found = roleEndingAtExactly(doc, k, end, gazetteer);
    if (found) return { ...found, country: found.country ?? country };
  }
  return null;
}

const MAX_COMPLEMENT = 7;
const QUOTE_MARKS = new Set(['«', '»', '"', '„', '“', '”']);

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
    const found = roleAt(doc, start);
    if (!found || found.end !== roleEnd) continue;
    let tokenStart = start;
    const leading = gazetteer.byEnd.get(start);
    if (leading?.kind === 'adjective' || (doc.lang === 'en' && leading?.kind === 'country')) {
      country ??= leading.country;
      tokenStart = leading.tokenStart;
    }
    // "президенты двух стран": a plural title names no one person.
    if (doc.layers.morphology?.[start]?.[0]?.number === 'plur') return null;
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
  const outer = roleEndingAtExactly(doc, phrase.tokenStart, phrase.tokenStart, gazetteer);
  if (!outer) return null;
  const merged = { ...outer, tokenEnd: phrase.tokenEnd, country: outer.country ?? phrase.country };
  return governingRole(doc, merged, gazetteer) ?? merged;
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
  const best = morphology[head]?.[0];
  if (!token || !best || best.pos !== 'NOUN' || !best.animate || best.name || best.geo) return null;
  if (best.number === 'plur' || NOT_OCCUPATIONS.has(best.lemma)) return null;
  if (token.text !== token.text.toLowerCase() && tokens[head - 1]?.sentence === token.sentence) return null;
  let start = head;
  while (
    start > 0 &&
    morphology[start - 1]?.[0]?.pos === 'ADJF' &&
    tokens[start - 1]?.sentence === token.sentence
  ) {
    start--;
  }
  const role = morphology
    .slice(start, head + 1)
    .map((readings) => readings[0]?.lemma ?? '')
    .join(' ');
  return { tokenStart: start, tokenEnd: end, role, country, cases: caseOf(doc, head) };
}
