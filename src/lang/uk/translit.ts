/**
 * Ukrainian → Latin by the official national transliteration (Cabinet resolution 55 of 2010):
 * є, ї, й, ю, я take their word-initial forms (ye, yi, y, yu, ya) only at the start of a word,
 * зг → zgh to tell it from ж, soft sign and apostrophe dropped.
 */

const MAP: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
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
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  "'": '',
  '’': '',
  ʼ: '',
};

const INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

export function transliterateUk(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] ?? '';
    const atStart = i === 0 || !/\p{L}/u.test(lower[i - 1] ?? '');
    if (ch === 'г' && i > 0 && lower[i - 1] === 'з') {
      out += 'gh';
      continue;
    }
    out += (atStart ? INITIAL[ch] : undefined) ?? MAP[ch] ?? ch;
  }
  return out;
}
