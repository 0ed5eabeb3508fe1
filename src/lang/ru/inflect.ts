/**
 * Russian case forms of names, generated from the nominative by ending. Stress is unknown, so
 * where it decides an ending (-ой/-ей after sibilants) both are produced: a form that never
 * occurs in text costs nothing. Foreign names in -о, -е, -и, -у, -ю, -э do not decline.
 */
import type { CaseTable, Inflector, NounParadigm } from '../../kb/inflect.js';
import type { KbFlags } from '../../kb/types.js';
import { ruAdjective } from './inflect-adjective.js';

const VELAR_SIBILANT = 'гкхжшщч';
const SIBILANT_TS = 'жшщчц';

/** Builds a table from a stem and endings per case; nominative and accusative may be given whole. */
function table(stem: string, endings: (string | string[])[]): CaseTable {
  return endings.map((e) => (Array.isArray(e) ? e : [e]).map((ending) => stem + ending));
}

function feminineA(word: string): CaseTable {
  const stem = word.slice(0, -1);
  const last = stem.slice(-1).toLowerCase();
  const gent = VELAR_SIBILANT.includes(last) ? 'и' : 'ы';
  const ablt = SIBILANT_TS.includes(last) ? ['ей', 'ой'] : ['ой', 'ою'];
  return table(stem, ['а', gent, 'е', 'у', ablt, 'е']);
}

function feminineYa(word: string): CaseTable {
  const stem = word.slice(0, -1);
  if (stem.toLowerCase().endsWith('и')) return table(stem, ['я', 'и', 'и', 'ю', 'ей', 'и']);
  return table(stem, ['я', 'и', 'е', 'ю', ['ей', 'ею'], 'е']);
}

function masculine(word: string, flags: KbFlags): CaseTable {
  const lower = word.toLowerCase();
  const last = lower.slice(-1);
  if (last === 'й' || last === 'ь') {
    const stem = word.slice(0, -1);
    return [[word], [`${stem}я`], [`${stem}ю`], [word], [`${stem}ем`], [`${stem}е`]];
  }
  let stem = flags.stem ?? word;
  // Fleeting vowel of lower-case nouns in -ец: японец → японца, китаец → китайца.
  if (!flags.stem && /[^аеиоуыэюя]ец$/.test(lower)) stem = word.slice(0, -2) + word.slice(-1);
  else if (!flags.stem && /[аеиоуыэюя]ец$/.test(lower)) stem = `${word.slice(0, -2)}й${word.slice(-1)}`;
  const ablt = SIBILANT_TS.includes(stem.slice(-1).toLowerCase()) ? ['ем', 'ом'] : ['ом'];
  return [[word], [`${stem}а`], [`${stem}у`], [word], ablt.map((e) => stem + e), [`${stem}е`]];
}

function pluralTable(stem: string, nominative: string, flags: KbFlags): CaseTable {
  const last = stem.slice(-1).toLowerCase();
  let gent = last === 'ц' ? 'ев' : 'жшщч'.includes(last) ? 'ей' : 'ов';
  if (flags.fem) gent = '';
  return [[nominative], [stem + gent], [`${stem}ам`], [nominative], [`${stem}ами`], [`${stem}ах`]];
}

function neuter(word: string): CaseTable {
  const stem = word.slice(0, -1);
  if (/ие$/i.test(word)) return table(stem, ['е', 'я', 'ю', 'е', 'ем', 'и']);
  if (/е$/i.test(word)) return table(stem, ['е', 'я', 'ю', 'е', 'ем', 'е']);
  return table(stem, ['о', 'а', 'у', 'о', 'ом', 'е']);
}

function noun(word: string, flags: KbFlags): NounParadigm | null {
  if (flags.indecl || word.length < 2) return null;
  const lower = word.toLowerCase();
  const capital = lower !== word;
  const last = lower.slice(-1);
  if (/[ая]не$/.test(lower)) {
    // Plural of -анин / -янин: россияне, англичане.
    const stem = word.slice(0, -1);
    return { gender: 'plur', table: table(stem, ['е', '', 'ам', 'е', 'ами', 'ах']) };
  }
  if (last === 'ы' || (last === 'и' && !capital)) {
    return { gender: 'plur', table: pluralTable(word.slice(0, -1), word, flags) };
  }
  if (last === 'а') return { gender: 'femn', table: feminineA(word) };
  if (last === 'я') return { gender: 'femn', table: feminineYa(word) };
  if (last === 'ь' && (flags.fem || (!capital && !/тель$/.test(lower)))) {
    // Lower-case nouns in -ь inside names are feminine (область); capitalised ones masculine.
    const stem = word.slice(0, -1);
    return { gender: 'femn', table: table(stem, ['ь', 'и', 'и', 'ь', 'ью', 'и']) };
  }
  if (last === 'о' || last === 'е') {
    // Slavic neuters decline (Королевство, Косово); foreign ones (Того, Токио, Зимбабве) do not.
    if (capital && !/(ство|ово|ево)$/.test(lower)) return null;
    return { gender: 'neut', table: neuter(word) };
  }
  if ('иуюэыё'.includes(last) || !/[а-яё]/.test(last)) return null;
  return { gender: 'masc', table: masculine(word, flags) };
}

function plural(word: string, flags: KbFlags): CaseTable | null {
  const lower = word.toLowerCase();
  if (/[ая]нин$/.test(lower)) {
    const stem = word.slice(0, -2);
    return table(stem, ['е', '', 'ам', 'е', 'ами', 'ах']);
  }
  if (!/[бвгджзклмнпрстфхцчшщ]$/.test(lower)) return null;
  const singular = masculine(word, flags);
  const stem = (singular[1]?.[0] ?? `${word}а`).slice(0, -1);
  const ending = VELAR_SIBILANT.includes(stem.slice(-1).toLowerCase()) ? 'и' : 'ы';
  return pluralTable(stem, stem + ending, flags);
}

const ATTRIBUTE = /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/i;

export const ruInflector: Inflector = {
  noun,
  plural,
  adjective: ruAdjective,
  isAttribute: (word) => ATTRIBUTE.test(word),
};
