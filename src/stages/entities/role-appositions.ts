/**
 * Roles stated around a name rather than right before it: appositions after the name
 * ("Александр Белов, лидер ДПНИ,", "Крис Хелмбрехт – управляющий директор", "Йоахим Лёв
 * (второй тренер)") and a second role before the first ("лидер Меджлиса, народный депутат
 * Украины Мустафа Джемилев", "председатель Совета муфтиев шейх Равиль Гайнутдин").
 */
import type { AnalyzedDoc, Case } from '../../core/layers.js';
import { type GazetteerIndex, TRAILING_KINDS } from './gazetteer-index.js';
import {
  actingAt,
  caseOf,
  modifiersBefore,
  occupationLemma,
  type RolePhrase,
  roleAt,
  roleEndingAt,
} from './roles.js';

const OPENERS = new Set([',', '–', '—', '-', '(']);
const STOPS = new Set([',', '.', ';', ':', '!', '?', ')', '(', '–', '—', '…']);
const MODIFIERS = new Set(['ADJF', 'PRTF', 'NUMR']);
const EN_SKIP = new Set(['the', 'a', 'an', "'s", '’s']);
const MAX_PHRASE = 14;
const JOINERS = new Set([',', 'и', 'and']);

/** Whether a role in these cases can stand in apposition to a name in those. */
function agrees(role: readonly Case[], name: readonly Case[]): boolean {
  if (role.length === 0) return true;
  // Foreign and indeclinable names fit any case: only a nominative role is safe then.
  if (name.length === 0 || name.length >= 6) return role.includes('nomn');
  return role.some((c) => name.includes(c));
}

interface Head {
  start: number;
  headStart: number;
  headEnd: number;
  role: string;
  country: string | null;
  /** The occupation noun's lemma, for a head outside the lexicon of offices. */
  occupation?: string;
  /** Cases of an "исполняющий обязанности" before the role, which the name agrees with instead. */
  cases?: Case[];
}

/** A role phrase starting at `start`: modifiers, then a lexicon role or an occupation noun. */
function headAt(doc: AnalyzedDoc, start: number, gazetteer: GazetteerIndex): Head | null {
  // "исполняющий обязанности официального представителя": the acting holder of the post.
  const acting = actingAt(doc, start);
  if (!acting) return headFrom(doc, start, gazetteer);
  const head = headFrom(doc, acting.end, gazetteer);
  return head && { ...head, start, cases: acting.cases };
}

function headFrom(doc: AnalyzedDoc, start: number, gazetteer: GazetteerIndex): Head | null {
  const tokens = doc.layers.tokens ?? [];
  const morphology = doc.layers.morphology ?? [];
  let k = start;
  let country: string | null = null;
  for (let n = 0; n < 4; n++) {
    const token = tokens[k];
    if (!token) return null;
    const place = gazetteer.byStart.get(k);
    if (place?.kind === 'adjective' || (doc.lang === 'en' && place?.kind === 'country')) {
      country = place.country;
      k = place.tokenEnd;
      continue;
    }
    // "NATO Secretary General": an English title may follow the body's name.
    if (doc.lang === 'en' && place?.kind === 'organisation') {
      k = place.tokenEnd;
      continue;
    }
    if (doc.lang === 'en' && EN_SKIP.has(token.text.toLowerCase())) {
      k++;
      continue;
    }
    const from = Math.max(start, modifiersBefore(doc, k));
    const found = roleAt(doc, k, true);
    if (found) {
      if (found.entry.role === 'counterpart') return null;
      return {
        start: from,
        headStart: k,
        headEnd: found.end,
        role: found.entry.role,
        country: country ?? found.country ?? null,
      };
    }
    const lemma = occupationLemma(doc, k);
    if (lemma && token.text === token.text.toLowerCase()) {
      const role = [...morphology.slice(from, k).map((r) => r[0]?.lemma ?? ''), lemma].join(' ');
      return { start: from, headStart: k, headEnd: k + 1, role, country, occupation: lemma };
    }
    const best = morphology[k]?.[0];
    if (!best || !MODIFIERS.has(best.pos ?? '') || best.name !== null) return null;
    k++;
  }
  return null;
}

/** A country adjective before the noun ("немецкий режиссёр") tells nationality, not workplace. */
function occupationOf(head: Head, end: number): Pick<RolePhrase, 'occupation'> {
  if (head.occupation === undefined) return {};
  return { occupation: { lemma: head.occupation, bare: end === head.headEnd } };
}

/** Where the complement of a role ends: before the next stop, verb or coordinated role. */
function complementEnd(doc: AnalyzedDoc, from: number, gazetteer: GazetteerIndex): number {
  const tokens = doc.layers.tokens ?? [];
  const sentence = tokens[from - 1]?.sentence;
  let k = from;
  while (k < tokens.length && k - from < MAX_PHRASE) {
    const token = tokens[k];
    if (!token || token.sentence !== sentence || STOPS.has(token.text)) break;
    const pos = doc.layers.morphology?.[k]?.[0]?.pos;
    if (pos === 'VERB' || pos === 'INFN' || pos === 'GRND') break;
    if ((token.text === 'и' || token.text === 'and') && headAt(doc, k + 1, gazetteer)) break;
    k++;
  }
  return k;
}

function countryIn(gazetteer: GazetteerIndex, start: number, end: number): string | null {
  for (let k = start; k < end; k++) {
    const match = gazetteer.byStart.get(k);
    if (match && TRAILING_KINDS.has(match.kind) && match.country) return match.country;
  }
  return null;
}

/**
 * Roles in apposition after the name ending before `nameEnd`: ", ROLE ...", "– ROLE ...",
 * "(ROLE)", and "ROLE и ROLE" chains; the role agrees with the name's case.
 */
export function rolesAfterName(
  doc: AnalyzedDoc,
  nameEnd: number,
  nameCases: readonly Case[],
  gazetteer: GazetteerIndex,
): RolePhrase[] {
  const tokens = doc.layers.tokens ?? [];
  let at = skipForeignName(tokens, nameEnd);
  const opener = tokens[at];
  if (!opener || !OPENERS.has(opener.text) || tokens[nameEnd - 1]?.sentence !== opener.sentence) return [];
  const out: RolePhrase[] = [];
  for (let n = 0; n < 4; n++) {
    const head = headAt(doc, at + 1, gazetteer);
    if (!head) break;
    const cases = head.cases ?? caseOf(doc, head.headStart);
    if (!agrees(cases, nameCases)) break;
    const end = complementEnd(doc, head.headEnd, gazetteer);
    if (opener.text === '(' && tokens[end]?.text !== ')') break;
    // "Фрэнк Лэмпард, капитан клуба Тоттенхэм Хотспур Ледли Кинг": the role is the next name's.
    if (nameWithin(doc, head.headEnd, end + 1)) break;
    const country = head.country ?? countryIn(gazetteer, head.headEnd, end);
    out.push({
      tokenStart: head.start,
      tokenEnd: end,
      role: head.role,
      country,
      cases,
      ...occupationOf(head, end),
    });
    // "Александра Брода, известного борца с ксенофобией, члена Общественной палаты".
    const next = tokens[end]?.text;
    if (next !== 'и' && next !== 'and' && (next !== ',' || opener.text === '(')) break;
    at = end;
  }
  return out;
}

/** "Скотт Хоровитц (Scott Horowitz), бывший астронавт": the name in Latin letters is skipped. */
function skipForeignName(tokens: readonly { text: string }[], at: number): number {
  if (tokens[at]?.text !== '(') return at;
  let k = at + 1;
  while (k < at + 5 && /^\p{Script=Latin}/u.test(tokens[k]?.text ?? '')) k++;
  return k > at + 1 && tokens[k]?.text === ')' ? k + 1 : at;
}

/** Whether a person's name (by the tagger or the dictionary) starts within the range. */
function nameWithin(doc: AnalyzedDoc, start: number, end: number): boolean {
  const tokens = doc.layers.tokens ?? [];
  const persons = personStarts(doc);
  for (let k = start; k < end; k++) {
    if (persons.has(k)) return true;
    const token = tokens[k];
    const best = doc.layers.morphology?.[k]?.[0];
    const capital = token !== undefined && token.text[0] !== token.text[0]?.toLowerCase();
    if (capital && best?.name != null && best.score >= 0.3 && !best.geo && !gazetteerCovers(doc, k))
      return true;
  }
  return false;
}

function gazetteerCovers(doc: AnalyzedDoc, index: number): boolean {
  return (doc.layers.gazetteer ?? []).some((m) => m.tokenStart <= index && index < m.tokenEnd);
}

const personMemo = new WeakMap<object, Set<number>>();

function personStarts(doc: AnalyzedDoc): Set<number> {
  const spans = doc.layers.ner ?? [];
  let starts = personMemo.get(spans);
  if (!starts) {
    starts = new Set(spans.filter((s) => s.label === 'PER').map((s) => s.tokenStart));
    personMemo.set(spans, starts);
  }
  return starts;
}

/**
 * A role before the role that stands right before the name: "наблюдатель от ОБСЕ португальский
 * парламентарий Хуан Суареш", "министр по делам разведки, глава Комиссии Дан Меридор".
 */
export function roleBeforeRole(
  doc: AnalyzedDoc,
  inner: RolePhrase,
  gazetteer: GazetteerIndex,
): RolePhrase | null {
  const tokens = doc.layers.tokens ?? [];
  // "лидер Меджлиса, народный депутат ...", "писатель и журналист ...".
  const joined = JOINERS.has(tokens[inner.tokenStart - 1]?.text ?? '');
  const end = joined ? inner.tokenStart - 1 : inner.tokenStart;
  if (end <= 0 || tokens[end - 1]?.sentence !== tokens[inner.tokenStart]?.sentence) return null;
  const outer = roleEndingAt(doc, end, gazetteer);
  if (!outer || outer.role === 'counterpart') return null;
  if (outer.cases.length > 0 && inner.cases.length > 0 && !outer.cases.some((c) => inner.cases.includes(c)))
    return null;
  return outer;
}

/** Link verbs that state what a person is or becomes, with the role in the instrumental. */
const COPULAS = new Set([
  'стал',
  'стала',
  'станет',
  'становится',
  'будет',
  'является',
  'являлся',
  'являлась',
  'остается',
  'остаётся',
  'оставался',
  'оставалась',
  'назначен',
  'назначена',
  'избран',
  'избрана',
  'работает',
  'работал',
  'работала',
]);

/**
 * "Оливер Кан будет запасным вратарём", "капитаном стал Михаель Баллак": a role in the
 * instrumental joined to the name by a link verb.
 */
export function rolesByCopula(
  doc: AnalyzedDoc,
  nameStart: number,
  nameEnd: number,
  gazetteer: GazetteerIndex,
): RolePhrase[] {
  if (doc.lang !== 'ru') return [];
  const tokens = doc.layers.tokens ?? [];
  const out: RolePhrase[] = [];
  const after = tokens[nameEnd];
  if (after && COPULAS.has(after.text.toLowerCase()) && after.sentence === tokens[nameStart]?.sentence) {
    const head = headAt(doc, nameEnd + 1, gazetteer);
    const cases = head ? caseOf(doc, head.headStart) : [];
    if (head && cases.includes('ablt')) {
      const end = complementEnd(doc, head.headEnd, gazetteer);
      if (!nameWithin(doc, head.headEnd, end + 1)) {
        const country = head.country ?? countryIn(gazetteer, head.headEnd, end);
        out.push({
          tokenStart: head.start,
          tokenEnd: end,
          role: head.role,
          country,
          cases,
          ...occupationOf(head, end),
        });
      }
    }
  }
  const before = roleBeforeCopula(doc, nameStart, gazetteer);
  if (before) out.push(before);
  return out;
}

/**
 * "премьер-министром станет [глава партии] Саломе Зурабишвили": a role in the instrumental before
 * a link verb that stands right before `start`, the name or the role stated before it.
 */
export function roleBeforeCopula(
  doc: AnalyzedDoc,
  start: number,
  gazetteer: GazetteerIndex,
): RolePhrase | null {
  if (doc.lang !== 'ru') return null;
  const tokens = doc.layers.tokens ?? [];
  const before = tokens[start - 1];
  if (!before || !COPULAS.has(before.text.toLowerCase()) || before.sentence !== tokens[start]?.sentence)
    return null;
  const role = roleEndingAt(doc, start - 1, gazetteer);
  if (!role?.cases.includes('ablt') || role.role === 'counterpart') return null;
  return { ...role, tokenEnd: start - 1 };
}
