/**
 * Ukrainian case forms of names by suffix rules (there is no Ukrainian morphology library in the
 * project). Where usage varies (genitive -а/-у, dative -ові/-у, locative -і/-у/-ові) all variants
 * are produced. Velar stems alternate before -і (Америка → Америці), -ів/-їв alternate in oblique
 * cases (Харків → Харкова, Київ → Києва). Names in -о, -е, -і, -у, -ю (Того, Чилі) do not decline.
 */
import type { CaseTable, Inflector, NounParadigm } from '../../kb/inflect.js';
import type { KbFlags } from '../../kb/types.js';
import { ukAdjective } from './inflect-adjective.js';

const SIBILANT = 'жчшщ';
const ALTERNATION: Record<string, string> = { к: 'ц', г: 'з', х: 'с' };

function soften(stem: string): string {
  const last = stem.slice(-1);
  const lower = last.toLowerCase();
  const replacement = ALTERNATION[lower];
  if (!replacement) return stem;
  return stem.slice(0, -1) + (last === lower ? replacement : replacement.toUpperCase());
}

function table(stem: string, endings: (string | string[])[]): CaseTable {
  return endings.map((e) => (Array.isArray(e) ? e : [e]).map((ending) => stem + ending));
}

function feminineA(word: string): CaseTable {
  const stem = word.slice(0, -1);
  const last = stem.slice(-1).toLowerCase();
  if (SIBILANT.includes(last)) return table(stem, ['а', 'і', 'і', 'у', 'ею', 'і']);
  const softened = soften(stem);
  return [[word], [`${stem}и`], [`${softened}і`], [`${stem}у`], [`${stem}ою`], [`${softened}і`]];
}

function feminineYa(word: string): CaseTable {
  const stem = word.slice(0, -1);
  const before = stem.slice(-1).toLowerCase();
  if (before === 'і') return table(stem.slice(0, -1), ['ія', 'ії', 'ії', 'ію', 'ією', 'ії']);
  if ("аеиоуєїюя'".includes(before)) return table(stem, ['я', 'ї', 'ї', 'ю', 'єю', 'ї']);
  return table(stem, ['я', 'і', 'і', 'ю', 'ею', 'і']);
}

/** Oblique stem: explicit, or -ів/-їв alternation (Харків → Харков-, Київ → Києв-). */
function obliqueStem(word: string, flags: KbFlags): string {
  if (flags.stem) return flags.stem;
  if (/ів$/.test(word)) return `${word.slice(0, -2)}ов`;
  if (/їв$/.test(word)) return `${word.slice(0, -2)}єв`;
  // Fleeting е of lower-case nouns in -ець: японець → японця, китаєць → китайця.
  if (/єць$/.test(word)) return `${word.slice(0, -3)}йц`;
  if (/ець$/.test(word) && word === word.toLowerCase()) return `${word.slice(0, -3)}ц`;
  return word;
}

function masculine(word: string, flags: KbFlags): CaseTable {
  const last = word.slice(-1).toLowerCase();
  if (last === 'й') {
    const stem = word.slice(0, -1);
    return table(stem, ['й', ['ю', 'я'], ['ю', 'єві'], 'й', 'єм', ['ї', 'ю']]);
  }
  if (last === 'ь' && !/ць$/.test(word)) {
    const stem = flags.stem ?? word.slice(0, -1);
    return [
      [word],
      [`${stem}я`, `${stem}ю`],
      [`${stem}ю`, `${stem}еві`],
      [word],
      [`${stem}ем`],
      [`${stem}і`],
    ];
  }
  const stem = obliqueStem(word, flags);
  const end = stem.slice(-1).toLowerCase();
  if (end === 'ц') {
    return [
      [word],
      [`${stem}я`],
      [`${stem}ю`, `${stem}еві`],
      [word],
      [`${stem}ем`],
      [`${stem}і`, `${stem}еві`],
    ];
  }
  const ablt = SIBILANT.includes(end) ? 'ем' : 'ом';
  const loct = end in ALTERNATION ? [`${stem}у`, `${soften(stem)}і`] : [`${stem}і`, `${stem}у`, `${stem}ові`];
  return [[word], [`${stem}а`, `${stem}у`], [`${stem}ові`, `${stem}у`], [word], [stem + ablt], loct];
}

function pluralTable(stem: string, nominative: string, flags: KbFlags): CaseTable {
  const gent = flags.fem ? '' : 'ів';
  // Soft stems (-ць, -ь: українці, японці) take -ям, -ями, -ях.
  const a = /ц$/i.test(stem) || nominative.endsWith('і') ? 'я' : 'а';
  return [[nominative], [stem + gent], [`${stem}${a}м`], [nominative], [`${stem}${a}ми`], [`${stem}${a}х`]];
}

function noun(word: string, flags: KbFlags): NounParadigm | null {
  if (flags.indecl || word.length < 2) return null;
  const lower = word.toLowerCase();
  const last = lower.slice(-1);
  if (/[ая]ни$/.test(word)) {
    // Lower-case -ани/-яни are peoples (росіяни): genitive without -ів.
    return { gender: 'plur', table: table(word.slice(0, -1), ['и', '', 'ам', 'и', 'ами', 'ах']) };
  }
  if (last === 'и') return { gender: 'plur', table: pluralTable(word.slice(0, -1), word, flags) };
  if (last === 'і' && lower === word) {
    // Lower-case plurals in -і after ц: українці, японці.
    return { gender: 'plur', table: pluralTable(word.slice(0, -1), word, flags) };
  }
  if (last === 'а') return { gender: 'femn', table: feminineA(word) };
  if (last === 'я') return { gender: 'femn', table: feminineYa(word) };
  if (last === 'ь' && (flags.fem || (lower === word && !/ць$/.test(lower)))) {
    // Lower-case nouns in -ь inside names are feminine (область); capitalised ones masculine.
    const stem = word.slice(0, -1);
    // One consonant after a vowel doubles before -ю: Білорусь → Білоруссю (but областю).
    const doubled = /[аеєиіїоуюя][бвгґджзклмнпрстфхцчшщ]$/iu.test(stem)
      ? `${stem}${stem.slice(-1)}ю`
      : `${stem}ю`;
    return { gender: 'femn', table: [[word], [`${stem}і`], [`${stem}і`], [word], [doubled], [`${stem}і`]] };
  }
  if (last === 'о') {
    // Slavic neuters decline (Королівство, Косово); foreign ones (Того, Токіо, Монако) do not.
    if (lower !== word && !/(ство|ово|ево)$/.test(lower)) return null;
    const stem = word.slice(0, -1);
    return {
      gender: 'neut',
      table: [[word], [`${stem}а`], [`${stem}у`], [word], [`${stem}ом`], [`${soften(stem)}і`]],
    };
  }
  if ('еєіїуюи'.includes(last) || !/[а-яґєії]/.test(last)) return null;
  return { gender: 'masc', table: masculine(word, flags) };
}

function plural(word: string, flags: KbFlags): CaseTable | null {
  const lower = word.toLowerCase();
  if (/[ая]нин$/.test(lower)) return table(word.slice(0, -2), ['и', '', 'ам', 'и', 'ами', 'ах']);
  if (!/[бвгґджзклмнпрстфхцчшщь]$/.test(lower)) return null;
  const oblique = obliqueStem(word, flags);
  const stem = oblique === word && lower.endsWith('ь') ? word.slice(0, -1) : oblique;
  const last = stem.slice(-1).toLowerCase();
  const nominative = stem + (last === 'ц' || lower.endsWith('ь') ? 'і' : 'и');
  return pluralTable(stem, nominative, flags);
}

const NOUN_HEADS = new Set([
  'республіка',
  'організація',
  'ліга',
  'рада',
  'асоціація',
  'федерація',
  'комісія',
  'спілка',
  'група',
  'палата',
  'асамблея',
  'агенція',
  'служба',
  'конференція',
  'держава',
]);

export const ukInflector: Inflector = {
  noun,
  plural,
  adjective: ukAdjective,
  isAttribute: (word) => !NOUN_HEADS.has(word.toLowerCase()) && ukAdjective(word) !== null,
};
