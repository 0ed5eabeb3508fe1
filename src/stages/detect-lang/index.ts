/**
 * Language identification. Letters unique to Ukrainian (і ї є ґ) against ы э ъ ё decide most
 * Cyrillic texts cheaply; eld (an n-gram detector) decides the rest over all the languages it
 * knows, so German or Bulgarian text is refused instead of being taken for English or Russian.
 * eld's tables take ~0.2 s to load and are loaded on first use only.
 */
import type { Lang } from '../../core/doc.js';

type Detector = { detect(text: string): { language: string } };
let detector: Promise<Detector> | undefined;

function loadDetector(): Promise<Detector> {
  detector ??= import('eld/extrasmall').then(({ eld }) => eld as Detector);
  return detector;
}

export async function prepareLanguageDetection(): Promise<void> {
  await loadDetector();
}

const SAMPLE_LENGTH = 2000;
/** Cyrillic languages dyad does not read; eld's answer for anything else Cyrillic is Russian. */
const OTHER_CYRILLIC = new Set(['be', 'bg', 'mk', 'sr', 'kk', 'ky', 'tg', 'mn', 'tt', 'ba']);

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Letters of Cyrillic alphabets other than Russian and Ukrainian (ў, ј, љ, ә, қ ...). */
const FOREIGN_CYRILLIC = /[ўјљњћџђѓќѕәғқңөұүһ]/iu;

/**
 * The language of a text, or null when it is none of ru/uk/en. Cyrillic text is told apart by
 * letters unique to each language, which needs no model; eld is consulted (and loaded) only
 * when letters do not decide, and for Latin-script text.
 */
export async function detectLanguage(text: string): Promise<Lang | null> {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const cyrillic = count(sample, /\p{Script=Cyrillic}/gu);
  const latin = count(sample, /\p{Script=Latin}/gu);
  const letters = count(sample, /\p{L}/gu);
  if (letters === 0 || cyrillic + latin < letters * 0.5) return null;
  if (cyrillic > latin) {
    if (!FOREIGN_CYRILLIC.test(sample)) {
      const ukrainian = count(sample, /[іїєґ]/giu);
      const russian = count(sample, /[ыэё]/giu);
      if (ukrainian > 2 * russian + 2) return 'uk';
      if (russian > 2 * ukrainian + 2) return 'ru';
    }
    const found = (await loadDetector()).detect(sample).language;
    if (found === 'ru' || found === 'uk') return found;
    return OTHER_CYRILLIC.has(found) || FOREIGN_CYRILLIC.test(sample) ? null : 'ru';
  }
  // English is plain from its function words; eld is asked only when they are few (German,
  // French, Spanish ... have their own).
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  if (words.length >= 8 && english / words.length >= 0.15) return 'en';
  const found = (await loadDetector()).detect(sample).language;
  return found === 'en' ? 'en' : null;
}

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on with was said as by at from it its his her their has have had were be will would an this which who not but'.split(
    ' ',
  ),
);
