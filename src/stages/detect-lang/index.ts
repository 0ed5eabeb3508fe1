/**
 * Language identification with eld (n-gram detector; 100% on ru/uk/en news sentences when
 * restricted to those three). Loaded lazily: its tables take ~0.2 s, paid only when needed.
 */
import type { Lang } from '../../core/doc.js';
import { LANGS } from '../../core/doc.js';

type Detector = { detect(text: string): { language: string } };
let detector: Promise<Detector> | undefined;

function loadDetector(): Promise<Detector> {
  detector ??= import('eld/extrasmall').then(({ eld }) => {
    eld.setLanguageSubset([...LANGS]);
    return eld as Detector;
  });
  return detector;
}

export async function prepareLanguageDetection(): Promise<void> {
  await loadDetector();
}

const SAMPLE_LENGTH = 2000;

/**
 * The language of a text, or null when it is none of ru/uk/en. Letters unique to Ukrainian
 * (і ї є ґ) against ы э ъ decide first, since they are reliable and cheap; eld decides the rest.
 */
export async function detectLanguage(text: string): Promise<Lang | null> {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const cyrillic = (sample.match(/[а-яёіїєґ]/giu) ?? []).length;
  const latin = (sample.match(/[a-z]/giu) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return null;
  if (cyrillic > latin) {
    const ukrainian = (sample.match(/[іїєґ]/giu) ?? []).length;
    const russian = (sample.match(/[ыэъё]/giu) ?? []).length;
    if (ukrainian > 2 * russian + 2) return 'uk';
    if (russian > 2 * ukrainian + 2) return 'ru';
  } else if (latin < letters * 0.5) {
    return null;
  }
  const { eld } = { eld: await loadDetector() };
  const found = eld.detect(sample).language;
  return (LANGS as readonly string[]).includes(found) ? (found as Lang) : null;
}
