/**
 * Name comparison for scoring: case-, accent- and transliteration-insensitive. Both sides are
 * reduced to a phonetic "skeleton" (Cyrillic transliterated first), so that "Zelensky",
 * "Zelenskyy", "Zelenskiy" and "Зеленский" all become "zelenski". Over-folding is cheap here:
 * two names are only compared when the event type and document already agree.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

// Letters that NFD does not decompose into base + accent.
const LATIN_EXTRA: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };

// Ordered: longer spellings first, so "shch" is not read as "sh" + "ch". Capitals are
// placeholders for sounds that Latin writes with two letters (S ш, H ч, C ц/z, Z ж).
const FOLDS: readonly (readonly [RegExp, string])[] = [
  // Russian renders an English initial W as уи/уэ: Witkoff = Уиткофф.
  [/^u(?=[ie])/, 'v'],
  [/shch|sch/g, 'S'],
  [/tsch|tch/g, 'H'],
  [/ts|tz/g, 'C'],
  [/sh|sz/g, 'S'],
  [/ch|cz/g, 'H'],
  [/zh/g, 'Z'],
  [/ph/g, 'f'],
  [/ck|q/g, 'k'],
  // An initial x is Chinese pinyin s (Xi = Си); elsewhere ks (Alexander = Александр).
  [/^x/, 's'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  // kh, h and g fold together: Ukrainian г is h (Sybiha = Сибига), х is kh or h.
  [/kh|h/g, 'g'],
  // A Latin c before e/i/y was ц; elsewhere it is k (Macron, Nicolas).
  [/c(?=[eiy])/g, 'C'],
  [/c/g, 'k'],
  // German z is ц (Merz = Мерц); folding з with ц costs nothing between surnames.
  [/z/g, 'C'],
  [/[yj]/g, 'i'],
  [/(.)\1+/g, '$1'],
  // i as a glide before a vowel (ya, yu, ye, ia, ie): Yermak = Ермак, Iurii = Yuri.
  [/i(?=[aeou])/g, ''],
  [/of$/g, 'ov'],
  [/(.)\1+/g, '$1'],
];

export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += CYRILLIC[ch] ?? LATIN_EXTRA[ch] ?? ch;
  return out;
}

const skeletonCache = new Map<string, string>();

/** The comparison key of one word: "Zelenskyy" → "Celenski" (see FOLDS). */
export function skeleton(word: string): string {
  const cached = skeletonCache.get(word);
  if (cached !== undefined) return cached;
  let s = transliterate(word)
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of FOLDS) s = s.replace(pattern, replacement);
  if (skeletonCache.size > 10_000) skeletonCache.clear();
  skeletonCache.set(word, s);
  return s;
}

/** Words of a name, each reduced to its skeleton; empty words (punctuation) dropped. */
export function nameKeys(name: string): string[] {
  return name
    .split(/[\s\-‐–—.,'’ʼ"«»()]+/u)
    .map(skeleton)
    .filter((key) => key.length > 0);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Two skeletons name the same word: equal, or one edit apart when long enough to be safe. */
export function keysMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) >= 6 && editDistanceAtMostOne(a, b)) return true;
  // Vowels are where transliterations disagree most (Trump = Трамп, Leyen = Ляйен): compare
  // with each run of vowels as one vowel.
  const va = vowelRuns(a);
  return va.length >= 3 && a[0] === b[0] && va === vowelRuns(b);
}

function vowelRuns(key: string): string {
  return key.replace(/[aeiou]+/g, 'a');
}

/**
 * Whether a predicted name matches a gold name. The whole names match, or the gold surname (its
 * last word, or `surname` when the gold states it) matches a word of the predicted name; a
 * first name, when both sides give one, must then agree by its initial, so "European Union" and
 * "African Union" stay apart while "Vladimir Zelensky" and "Volodymyr Zelenskyy" match.
 */
export function namesMatch(gold: string, predicted: string, surname?: string): boolean {
  const g = nameKeys(gold);
  const p = nameKeys(predicted);
  if (g.length === 0 || p.length === 0) return false;
  if (g.join(' ') === p.join(' ')) return true;
  const last = surname ? nameKeys(surname).at(-1) : g.at(-1);
  if (last === undefined) return false;
  const at = p.findIndex((key) => keysMatch(key, last));
  if (at < 0) return false;
  const goldFirst = surname ? g.find((key) => !keysMatch(key, last)) : g.length > 1 ? g[0] : undefined;
  const predictedOthers = p.filter((_, i) => i !== at);
  if (goldFirst === undefined || predictedOthers.length === 0) return true;
  return predictedOthers.some((key) => key[0] === goldFirst[0]);
}
