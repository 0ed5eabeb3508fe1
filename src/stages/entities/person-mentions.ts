/**
 * Person mentions: runs of capitalised words with evidence that they name a person (a known
 * first name or surname, an initial, or a role right before them: "премьер-министр Японии
 * Санаэ Такаичи").
 */
import type { AnalyzedDoc, Case, Token } from '../../core/layers.js';
import { fold } from '../../core/token-pattern.js';
import { isFirstName, isKnownSurname, personLemma } from '../../names/index.js';
import type { GazetteerIndex } from './gazetteer-index.js';
import { type RolePhrase, roleAt, roleEndingAt } from './roles.js';

export interface PersonSpan {
  tokenStart: number;
  tokenEnd: number;
  role: RolePhrase | null;
  cases: Case[];
}

const INITIAL = /^(?:\p{Lu}\.){1,2}$/u;
const MAX_NAME_TOKENS = 4;
const QUOTES = new Set(['«', '»', '"', '„', '“', '”']);

function isCapitalisedWord(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const first = token.text[0] ?? '';
  if (first === first.toLowerCase()) return false;
  // ПВО, НАТО, OBOZ.UA: acronyms are not personal names.
  return token.text.length === 1 || token.text.slice(1) !== token.text.slice(1).toUpperCase();
}

function nameEvidence(doc: AnalyzedDoc, index: number): boolean {
  const token = doc.layers.tokens?.[index];
  if (!token) return false;
  if (INITIAL.test(token.text)) return true;
  if (isFirstName(token.text, doc.lang) || isKnownSurname(token.text, doc.lang)) return true;
  const best = doc.layers.morphology?.[index]?.[0];
  return best?.name != null && best.score >= 0.3 && !best.geo;
}

/**
 * "губернатор Приморья", "депутаты Госдумы": a dictionary noun in the genitive after a role is
 * what the role is of, not the name of who holds it (a name agrees with its role's case).
 */
function roleComplement(doc: AnalyzedDoc, index: number, roleCases: readonly Case[]): boolean {
  const best = doc.layers.morphology?.[index]?.[0];
  return (
    best !== undefined &&
    best.pos === 'NOUN' &&
    best.name === null &&
    best.case === 'gent' &&
    best.score >= 0.5 &&
    !roleCases.includes('gent')
  );
}

/**
 * After a role, only a word the dictionary does not know as a common word can be a name:
 * "член Общественной палаты", "пилот Формулы-1", "представители Гринпис" are no people.
 */
function nameLike(doc: AnalyzedDoc, start: number, end: number): boolean {
  const tokens = doc.layers.tokens ?? [];
  for (let k = start; k < end; k++) {
    const text = tokens[k]?.text ?? '';
    if (doc.lang !== 'en' && /^[\p{Script=Latin}\d.-]+$/u.test(text)) continue;
    const best = doc.layers.morphology?.[k]?.[0];
    if (!best || best.pos === null || best.name !== null) return true;
    if (best.pos === 'NOUN' && best.score < 0.5) return true;
  }
  return false;
}

function hasEvidence(doc: AnalyzedDoc, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (nameEvidence(doc, k)) return true;
  return false;
}

function isSentenceStart(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const token = tokens[index];
  if (!previous || !token) return true;
  if (previous.sentence !== token.sentence) return true;
  return /^["«„“–—-]$/u.test(previous.text) && isSentenceStart(tokens, index - 1);
}

export function casesOf(doc: AnalyzedDoc, start: number, end: number): Case[] {
  const cases = new Set<Case>();
  const morphology = doc.layers.morphology ?? [];
  for (let i = end - 1; i >= start; i--) {
    for (const reading of morphology[i] ?? []) if (reading.case) cases.add(reading.case);
    if (cases.size > 0) break;
  }
  return [...cases];
}

/**
 * Once "Санаэ Такаити" is known to be a person, a lone "Такаити" later is the same person, even
 * where no lexicon knows the name.
 */
function findKnownSurnames(doc: AnalyzedDoc, gazetteer: GazetteerIndex, found: PersonSpan[]): PersonSpan[] {
  const tokens = doc.layers.tokens ?? [];
  const surnames = new Set<string>();
  for (const person of found) {
    const words = tokens.slice(person.tokenStart, person.tokenEnd).map((t) => t.text);
    const last = personLemma(words, doc.lang).last;
    if (last && words.length > 1) surnames.add(fold(last));
  }
  if (surnames.size === 0) return [];
  const taken = new Uint8Array(tokens.length);
  for (const person of found) taken.fill(1, person.tokenStart, person.tokenEnd);
  const extra: PersonSpan[] = [];
  tokens.forEach((token, i) => {
    if (taken[i] || gazetteer.covered[i] || !isCapitalisedWord(token)) return;
    const last = personLemma([token.text], doc.lang).last;
    if (last && surnames.has(fold(last)))
      extra.push({ tokenStart: i, tokenEnd: i + 1, role: null, cases: casesOf(doc, i, i + 1) });
  });
  return extra;
}

/** Lower-case particles that stand inside a name between capitalised words. */
const NAME_PARTICLES = new Set(
  'von der van den de del da di dos bin ibn al фон дер ван де дель да ди бін бин ібн ибн аль'.split(' '),
);

/**
 * "Кошти спрямують на закупівлю": one word opening the sentence right before a verb is its
 * subject, so in the nominative; when only a common noun reads so, a surname in another case
 * ("Кошта" in the genitive) is no name.
 */
function commonSubject(doc: AnalyzedDoc, start: number, end: number): boolean {
  const tokens = doc.layers.tokens ?? [];
  if (doc.lang === 'en' || end - start !== 1 || !isSentenceStart(tokens, start)) return false;
  if (doc.layers.morphology?.[end]?.[0]?.pos !== 'VERB') return false;
  const readings = doc.layers.morphology?.[start] ?? [];
  const nominative = readings.filter((r) => r.case === 'nomn');
  return nominative.length > 0 && nominative.every((r) => r.name === null && r.pos === 'NOUN');
}

/** "Основну частину коштів": a patronymic alone names no one; the guess read an adjective so. */
function lonePatronymic(doc: AnalyzedDoc, start: number, end: number): boolean {
  const text = doc.layers.tokens?.[start]?.text ?? '';
  if (end - start !== 1 || isFirstName(text, doc.lang) || isKnownSurname(text, doc.lang)) return false;
  return doc.layers.morphology?.[start]?.[0]?.name === 'patronymic';
}

export function findPersons(doc: AnalyzedDoc, gazetteer: GazetteerIndex): PersonSpan[] {
  const found = findNamedPersons(doc, gazetteer);
  return [...found, ...findKnownSurnames(doc, gazetteer, found)].sort((a, b) => a.tokenStart - b.tokenStart);
}

function findNamedPersons(doc: AnalyzedDoc, gazetteer: GazetteerIndex): PersonSpan[] {
  const tokens = doc.layers.tokens ?? [];
  const found: PersonSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const role = roleAt(doc, i);
    if (role) {
      // "Secretary General Mark Rutte": the whole title is skipped, not only its first word.
      i = role.end;
      continue;
    }
    if (gazetteer.covered[i] || !(isCapitalisedWord(token) || INITIAL.test(token.text))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (
      end < tokens.length &&
      end - i < MAX_NAME_TOKENS &&
      !gazetteer.covered[end] &&
      tokens[end]?.sentence === token.sentence &&
      !roleAt(doc, end)
    ) {
      if (isCapitalisedWord(tokens[end] as Token) || INITIAL.test(tokens[end]?.text ?? '')) {
        end++;
        continue;
      }
      // "Ursula von der Leyen", "Урсула фон дер Ляєн": particles inside a name.
      let k = end;
      while (k - end < 3 && NAME_PARTICLES.has(tokens[k]?.text ?? '')) k++;
      const next = tokens[k];
      if (k === end || !next || next.sentence !== token.sentence || !isCapitalisedWord(next)) break;
      end = k + 1;
    }
    let start = i;
    // A capitalised word opening a sentence ("Также Зеленский") is not part of the name, nor is
    // a place or a brand before a known name ("губернатор Приморья Сергей Дарькин").
    // A role right before the run vouches for all of it ("Премьер-министр Японии Наото Кан").
    const roleFirst = roleEndingAt(doc, start, gazetteer) !== null;
    while (
      start < end - 1 &&
      !nameEvidence(doc, start) &&
      (isSentenceStart(tokens, start) || (!roleFirst && hasEvidence(doc, start + 1, end)))
    ) {
      start++;
    }
    const before = roleEndingAt(doc, start, gazetteer);
    let evidence = before !== null && !roleComplement(doc, start, before.cases) && nameLike(doc, start, end);
    for (let k = start; k < end && !evidence; k++) evidence = nameEvidence(doc, k);
    const lastIsInitial = INITIAL.test(tokens[end - 1]?.text ?? '');
    // «Искандер», "Азов": one quoted word names a thing (a missile, a ship, a newspaper).
    const quotedWord =
      end - start === 1 && QUOTES.has(tokens[start - 1]?.text ?? '') && QUOTES.has(tokens[end]?.text ?? '');
    if (
      evidence &&
      !lastIsInitial &&
      !quotedWord &&
      !commonSubject(doc, start, end) &&
      !lonePatronymic(doc, start, end)
    ) {
      const own = casesOf(doc, start, end);
      const cases =
        before && before.cases.length > 0 && (own.length === 0 || own.length >= 6) ? before.cases : own;
      found.push({ tokenStart: start, tokenEnd: end, role: before, cases });
    }
    i = end;
  }
  return found;
}
