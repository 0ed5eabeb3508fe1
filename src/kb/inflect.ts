/**
 * Inflects knowledge-base names into every case form at load time, so that matching is a hash
 * lookup. The per-language endings live in src/lang/<lang>/inflect*.ts; this file knows only
 * phrase structure: attributes before the head agree with it, words after it stay as they are.
 */
import type { Lang } from '../core/doc.js';
import type { Case } from '../core/layers.js';
import { enInflector } from '../lang/en/inflect.js';
import { ruInflector } from '../lang/ru/inflect.js';
import { ukInflector } from '../lang/uk/inflect.js';
import type { KbFlags, KbVariantKind } from './types.js';

export const CASES: readonly Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

export type Gender = 'masc' | 'femn' | 'neut' | 'plur';

/** Full forms per case, in CASES order; each slot may hold alternatives. */
export type CaseTable = string[][];

export interface NounParadigm {
  gender: Gender;
  table: CaseTable;
}

export interface AdjectiveParadigm {
  /** Gender and number of the word as given. */
  gender: Gender;
  tables: Record<Gender, CaseTable>;
}

export interface Inflector {
  /** Paradigm of a noun (singular, or plural for plural-only names); null when indeclinable. */
  noun(word: string, flags: KbFlags): NounParadigm | null;
  /** Plural paradigm of a singular noun (demonyms); null when not known. */
  plural(word: string, flags: KbFlags): CaseTable | null;
  /** Paradigm of an adjective; null when the word is not one. */
  adjective(word: string): AdjectiveParadigm | null;
  /** Whether a word placed before another word of a name is an agreeing attribute. */
  isAttribute(word: string): boolean;
  /** Extra forms without case (English possessives); null for inflecting languages. */
  plain?(word: string, kind: KbVariantKind): { text: string; cases: Case[] }[];
}

export interface SurfaceForm {
  text: string;
  cases: Case[];
  number: 'sing' | 'plur' | null;
}

const INFLECTORS: Record<Lang, Inflector> = { ru: ruInflector, uk: ukInflector, en: enInflector };

/** Collects forms, merging the cases (a bit mask) and numbers of identical strings. */
class FormSet {
  readonly byText = new Map<string, { cases: number; numbers: number }>();

  add(text: string, caseIndex: number, number: 'sing' | 'plur' | null): void {
    const slot = this.byText.get(text);
    const caseBit = caseIndex >= 0 ? 1 << caseIndex : 0;
    const numberBit = number === 'sing' ? 1 : number === 'plur' ? 2 : 0;
    if (slot) {
      slot.cases |= caseBit;
      slot.numbers |= numberBit;
    } else {
      this.byText.set(text, { cases: caseBit, numbers: numberBit });
    }
  }

  addTable(table: CaseTable, number: 'sing' | 'plur'): void {
    for (let c = 0; c < table.length; c++) for (const form of table[c] ?? []) this.add(form, c, number);
  }

  result(): SurfaceForm[] {
    const out: SurfaceForm[] = [];
    for (const [text, slot] of this.byText) {
      out.push({
        text,
        cases: CASES.filter((_, i) => (slot.cases & (1 << i)) !== 0),
        number: slot.numbers === 1 ? 'sing' : slot.numbers === 2 ? 'plur' : null,
      });
    }
    return out;
  }
}

const GENDERS: readonly Gender[] = ['masc', 'femn', 'neut', 'plur'];

const numberOf = (gender: Gender): 'sing' | 'plur' => (gender === 'plur' ? 'plur' : 'sing');

/** Animate nouns (demonyms) take the genitive form for the accusative in masculine and plural. */
function animate(table: CaseTable, gender: Gender): CaseTable {
  if (gender !== 'masc' && gender !== 'plur') return table;
  const copy = table.slice();
  copy[3] = [...(table[3] ?? []), ...(table[1] ?? [])];
  return copy;
}

/** Inflects one hyphenated word part-wise: the last declinable part carries the ending. */
function inflectHyphenated(word: string, decline: (part: string) => CaseTable | null): CaseTable | null {
  const parts = word.split('-');
  if (parts.length === 1) return decline(word);
  for (const index of [parts.length - 1, 0]) {
    const table = decline(parts[index] ?? '');
    if (table) {
      return table.map((forms) =>
        forms.map((form) => parts.map((part, i) => (i === index ? form : part)).join('-')),
      );
    }
  }
  return null;
}

function allCases(text: string, number: 'sing' | 'plur' | null): SurfaceForm[] {
  return [{ text, cases: [...CASES], number }];
}

/** Every case form of a name, adjective or demonym in a language. */
export function inflect(lang: Lang, text: string, kind: KbVariantKind, flags: KbFlags): SurfaceForm[] {
  const inflector = INFLECTORS[lang];
  if (inflector.plain) {
    return inflector.plain(text, kind).map((form) => ({ ...form, number: null }));
  }
  const set = new FormSet();
  const words = text.split(/\s+/).filter((w) => w !== '');
  const first = words[0] ?? '';
  if (kind === 'adjective') {
    const adjective = inflector.adjective(first);
    if (!adjective) return allCases(text, null);
    for (const gender of GENDERS) set.addTable(adjective.tables[gender], numberOf(gender));
    return set.result();
  }
  if (words.length === 1 && (flags.adj || kind === 'demonym')) {
    // Substantivised adjectives: "Банкова" (a street as the seat), "русские" (a people).
    const adjective = inflector.adjective(first);
    if (adjective) {
      const demonym = kind === 'demonym';
      for (const gender of GENDERS) {
        if (gender !== adjective.gender && !(demonym && gender === 'plur')) continue;
        const table = adjective.tables[gender];
        set.addTable(demonym ? animate(table, gender) : table, numberOf(gender));
      }
      return set.result();
    }
  }
  if (flags.indecl || words.some((w) => /\d/.test(w)) || words.every((w) => w === w.toUpperCase())) {
    return allCases(text, null);
  }
  let head = words.findIndex((word, i) => i === words.length - 1 || !inflector.isAttribute(word));
  if (head < 0) head = words.length - 1;
  const headWord = words[head] ?? '';
  let gender: Gender | null = null;
  const headTable = inflectHyphenated(headWord, (part) => {
    const paradigm = inflector.noun(part, flags);
    if (paradigm) gender = paradigm.gender;
    return paradigm?.table ?? null;
  });
  if (!headTable || gender === null) return allCases(text, null);
  const g: Gender = gender;
  const tables: CaseTable[] = words.map((word, i) => {
    if (i === head) return kind === 'demonym' ? animate(headTable, g) : headTable;
    if (i > head) return CASES.map(() => [word]);
    const agreeing = inflectHyphenated(word, (part) => inflector.adjective(part)?.tables[g] ?? null);
    return agreeing ?? CASES.map(() => [word]);
  });
  for (let c = 0; c < CASES.length; c++) {
    let phrases = [''];
    for (const table of tables) {
      const forms = table[c] ?? [];
      phrases = phrases.flatMap((p) => forms.map((f) => (p ? `${p} ${f}` : f)));
    }
    for (const phrase of phrases) set.add(phrase, c, numberOf(g));
  }
  if (kind === 'demonym' && words.length === 1) {
    const plural = inflector.plural(headWord, flags);
    if (plural) set.addTable(animate(plural, 'plur'), 'plur');
  }
  return set.result();
}
