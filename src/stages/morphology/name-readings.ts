/**
 * Name readings from the lexicons, which override az where it misreads names (Зеленский as an
 * adjective, Такаичи as «такай»), and the contextual rule: a capitalised word after a first
 * name or an initial is a surname, read in the first name's case and gender.
 */
import type { Lang } from '../../core/doc.js';
import type { Case, Reading, Token } from '../../core/layers.js';
import {
  firstNameAnalyses,
  type NameAnalysis,
  patronymicAnalyses,
  surnameAnalyses,
} from '../../names/index.js';

const CAPITALISED = /^\p{Lu}/u;
const NAME_SHARE = 0.8;

function toReadings(analyses: NameAnalysis[], name: Reading['name'], share: number): Reading[] {
  const out: Reading[] = [];
  const seen = new Set<string>();
  for (const a of analyses) {
    for (const c of a.cases) {
      const lemma = a.lemma.toLowerCase().replace(/ё/g, 'е');
      const key = `${lemma}|${c}|${a.gender}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        lemma,
        pos: 'NOUN',
        case: c,
        number: 'sing',
        gender: a.gender,
        tense: null,
        name,
        score: share,
      });
    }
  }
  for (const r of out) r.score /= out.length;
  return out;
}

/** Lexicon name readings of a capitalised word (first names, then listed surnames). */
export function lexiconNameReadings(word: string, lang: Lang): Reading[] {
  if (!CAPITALISED.test(word) || word.length < 2) return [];
  const first = firstNameAnalyses(word, lang);
  const surnames = surnameAnalyses(word, lang).filter((a) => a.known);
  const patronymics = lang === 'en' ? [] : patronymicAnalyses(word, lang);
  const groups = [first, patronymics, surnames].filter((g) => g.length > 0).length || 1;
  return [
    ...toReadings(first, 'first', 1 / groups),
    ...toReadings(patronymics, 'patronymic', 1 / groups),
    ...toReadings(surnames, 'surname', 1 / groups),
  ];
}

/** Lexicon readings first (most of the weight), then the analyser's. */
export function mergeReadings(names: Reading[], analyser: Reading[]): Reading[] {
  if (names.length === 0) return analyser;
  // Copies: analyser readings may be shared through the memo.
  const rest = analyser.filter((r) => r.name === null || r.pos !== 'NOUN');
  const share = rest.length > 0 ? NAME_SHARE : 1;
  return [
    ...names.map((r) => ({ ...r, score: r.score * share })),
    ...rest.map((r) => ({ ...r, score: r.score * (1 - share) })),
  ];
}

function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const dot = tokens[i + 1];
  return t !== undefined && t.kind === 'word' && /^\p{Lu}$/u.test(t.text) && dot?.text === '.';
}

/** Adds surname readings to capitalised words that follow a first name, patronymic or initial. */
export function addContextSurnames(tokens: readonly Token[], morphology: Reading[][], lang: Lang): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.kind !== 'word' || !CAPITALISED.test(t.text) || t.text.length < 2) continue;
    const own = morphology[i] ?? [];
    if (own[0]?.name === 'surname' || own[0]?.name === 'first' || own[0]?.name === 'patronymic') continue;
    const prev = tokens[i - 1];
    if (prev === undefined || prev.sentence !== t.sentence) continue;
    let cases: readonly Case[] | null = null;
    let gender: Reading['gender'] = null;
    const prevReadings = morphology[i - 1] ?? [];
    const lead = prevReadings[0]?.name;
    if (prev.kind === 'word' && (lead === 'first' || lead === 'patronymic')) {
      const named = prevReadings.filter((r) => r.name === lead);
      cases = named.map((r) => r.case).filter((c): c is Case => c !== null);
      gender = named[0]?.gender ?? null;
    } else if (!(prev.text === '.' && isInitial(tokens, i - 2))) {
      continue;
    }
    const options = surnameAnalyses(t.text, lang).filter(
      (a) =>
        (gender === null || a.gender === null || a.gender === gender) &&
        (cases === null || cases.length === 0 || a.cases.some((c) => cases?.includes(c))),
    );
    const best = options[0];
    if (best === undefined) continue;
    const chosen = options.filter((a) => a.lemma === best.lemma && a.known === best.known);
    const readings = toReadings(chosen, 'surname', 1).map((r) => ({ ...r, gender: r.gender ?? gender }));
    const kept = cases ? readings.filter((r) => r.case !== null && cases?.includes(r.case)) : readings;
    morphology[i] = mergeReadings(kept.length > 0 ? kept : readings, own);
  }
}
