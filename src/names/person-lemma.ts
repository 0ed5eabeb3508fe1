/**
 * Lemmatises a person mention as a whole: the first name fixes gender and case, and the
 * surname is read in agreement with them ("Александра Стубба": Александр, gent → Стубб).
 */
import type { Lang } from '../core/doc.js';
import type { Case, Reading } from '../core/layers.js';
import { isListedSurname, type NameGender } from './lexicon.js';
import {
  firstNameAnalyses,
  guessedFirstNameAnalyses,
  isKnownSurname,
  type NameAnalysis,
  patronymicAnalyses,
  surnameAnalyses,
} from './person.js';

export interface PersonName {
  lemma: string;
  first: string | null;
  last: string | null;
  patronymic: string | null;
  gender: NameGender | null;
}

const INITIAL = /^\p{Lu}\.?$/u;
const PARTICLE = /^(фон|дер|ван|де|ди|да|ле|ла|аль|эль|бин|ибн|von|der|van|de|di|da|le|la|al|el|bin|ibn)$/i;
const FAMILY_FIRST =
  /^(си|сі|ли|лі|ван|ким|кім|юн|мун|пак|чо|хан|лай|цай|дин|дін|мао|линь|лінь|дун|фам|xi|li|wang|kim|yoon|moon|park|lee|lai|tsai|ding|mao|lin|dong)$/i;

interface Pick {
  first: NameAnalysis | null;
  last: NameAnalysis | null;
  score: number;
}

function intersects(a: readonly Case[], b: readonly Case[]): boolean {
  return a.some((c) => b.includes(c));
}

function agrees(g1: NameGender | null, g2: NameGender | null): boolean {
  return g1 === null || g2 === null || g1 === g2;
}

/** Surname readings of the given word, adding az's surname readings when it has any. */
function surnameOptions(word: string, lang: Lang, readings: Reading[] | undefined): NameAnalysis[] {
  const options = surnameAnalyses(word, lang);
  for (const r of readings ?? []) {
    if (r.name !== 'surname' || r.case === null) continue;
    const match = options.find((o) => o.lemma.toLowerCase() === r.lemma && o.cases.includes(r.case as Case));
    if (match) match.rank += 0.5;
  }
  return options;
}

function choose(firsts: NameAnalysis[], lasts: NameAnalysis[], nameCases: readonly Case[] | null): Pick {
  let best: Pick = { first: firsts[0] ?? null, last: lasts[0] ?? null, score: -1 };
  const fs: (NameAnalysis | null)[] = firsts.length > 0 ? firsts : [null];
  const ls: (NameAnalysis | null)[] = lasts.length > 0 ? lasts : [null];
  for (const f of fs) {
    for (const l of ls) {
      let score = 0;
      if (l?.known) score += 100;
      const cases = f?.cases ?? nameCases;
      if (l && cases && intersects(cases, l.cases)) score += 50;
      if (l && f && agrees(f.gender, l.gender)) score += 20;
      if (nameCases && f && intersects(nameCases, f.cases)) score += 10;
      score += (l?.rank ?? 0) * 3 + (f?.rank ?? 0);
      if (score > best.score) best = { first: f, last: l, score };
    }
  }
  return best;
}

function capitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function personLemma(words: string[], lang: Lang, readings?: Reading[][]): PersonName {
  const items = words
    .map((w, i) => ({ w: w.trim(), r: readings?.[i] }))
    .filter((x) => x.w.length > 0 && /\p{L}/u.test(x.w));
  const out: PersonName = { lemma: '', first: null, last: null, patronymic: null, gender: null };
  if (items.length === 0) return out;
  const parts = items.map((x) => x.w);

  // Surname-first East Asian names: "Си Цзиньпина" → Си Цзиньпин.
  if (items.length >= 2 && FAMILY_FIRST.test(parts[0] ?? '')) {
    const tail = parts.slice(1, -1);
    const lastWord = parts[parts.length - 1] ?? '';
    for (const a of surnameAnalyses(lastWord, lang)) {
      const given = [...tail, a.lemma].join(' ');
      if (isListedSurname(`${parts[0]} ${given}`, lang)) {
        return {
          lemma: `${parts[0]} ${given}`,
          first: given,
          last: parts[0] ?? null,
          patronymic: null,
          gender: 'masc',
        };
      }
    }
  }

  // Split: leading first names/initials, an optional patronymic, then the surname (with particles).
  let i = 0;
  const initials: string[] = [];
  let firstOptions: NameAnalysis[] = [];
  let firstIndex = -1;
  const moreFirst: NameAnalysis[][] = [];
  while (i < items.length - 1) {
    const w = parts[i] ?? '';
    if (INITIAL.test(w)) {
      initials.push(w.endsWith('.') ? w : `${w}.`);
      i++;
      continue;
    }
    const f = firstNameAnalyses(w, lang);
    if (firstIndex >= 0) {
      // Second given names (Реджеп Тайип) are read in the first one's case.
      if (f.length === 0) break;
      moreFirst.push(f);
      i++;
      continue;
    }
    const byReadings = i === 0 ? fromReadings(w, items[i]?.r ?? []) : [];
    // Two capitalised words, the first no lexicon knows: a given name and a surname all the same.
    const guessed =
      f.length === 0 && byReadings.length === 0 && i === 0 && items.length === 2 && !isKnownSurname(w, lang)
        ? guessedFirstNameAnalyses(w, lang)
        : [];
    if (f.length === 0 && byReadings.length === 0 && guessed.length === 0) break;
    firstOptions = f.length > 0 ? f : byReadings.length > 0 ? byReadings : guessed;
    firstIndex = i;
    i++;
  }
  let patronymic: NameAnalysis | null = null;
  if (i < items.length - 1) {
    const p = patronymicAnalyses(parts[i] ?? '', lang);
    if (p.length > 0) {
      patronymic = p[0] ?? null;
      i++;
    }
  }
  const particles: string[] = [];
  while (i < items.length - 1 && PARTICLE.test(parts[i] ?? '')) particles.push(parts[i++] ?? '');
  const surnameWord = i < items.length ? (parts[items.length - 1] ?? '') : '';
  const middle = parts.slice(i, items.length - 1).filter(capitalised);

  const nameCases = patronymic ? patronymic.cases : null;
  const lastOptions = surnameWord ? surnameOptions(surnameWord, lang, items[items.length - 1]?.r) : [];
  if (patronymic) for (const f of firstOptions) f.gender ??= patronymic.gender;
  const pick = choose(firstOptions, lastOptions, nameCases);
  const particle = particles.length > 0 ? `${particles.join(' ')} ` : '';
  const last = pick.last ? particle + [...middle, pick.last.lemma].join(' ') : null;
  const given = pick.first
    ? [
        pick.first,
        ...moreFirst.map((f) => f.find((a) => intersects(a.cases, pick.first?.cases ?? [])) ?? f[0]),
      ]
    : [];
  const first =
    given.length > 0
      ? given.map((a) => a?.lemma ?? '').join(' ')
      : initials.length > 0
        ? initials.join(' ')
        : null;
  if (patronymic && pick.first && pick.first.cases !== patronymic.cases) {
    // Re-read the patronymic in the first name's case set (Ивановича with Владимира).
    patronymic =
      patronymicAnalyses(parts[firstIndex + 1 + moreFirst.length] ?? '', lang).find((p) =>
        intersects(p.cases, pick.first?.cases ?? []),
      ) ?? patronymic;
  }
  out.first = first;
  out.last = last;
  out.patronymic = patronymic?.lemma ?? null;
  out.gender = pick.first?.gender ?? patronymic?.gender ?? pick.last?.gender ?? null;
  out.lemma = [first, out.patronymic, last].filter((x): x is string => x !== null).join(' ');
  return out;
}

function fromReadings(word: string, readings: Reading[]): NameAnalysis[] {
  return readings
    .filter((r) => r.name === 'first' && r.case !== null)
    .map((r) => ({
      lemma: word.slice(0, 1) + r.lemma.slice(1),
      gender: r.gender === 'neut' ? null : r.gender,
      cases: [r.case as Case],
      known: false,
      rank: 1,
    }));
}
