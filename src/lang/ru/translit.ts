/**
 * Russian → Latin, BGN/PCGN-like and simplified for English news: no diacritics, е → ye at the
 * start of a word and after vowels, final -ий/-ый → -y, soft and hard signs dropped.
 */

const MAP: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
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
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const VOWELS = 'аеёиоуыэюяьъ';

export function transliterateRu(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] ?? '';
    const prev = i > 0 ? (lower[i - 1] ?? '') : '';
    const atStart = i === 0 || !/\p{L}/u.test(prev);
    const rest = lower.slice(i);
    if ((ch === 'и' || ch === 'ы') && /^[иы]й(?!\p{L})/u.test(rest)) {
      out += 'y';
      i++;
      continue;
    }
    if (ch === 'е' || ch === 'ё') {
      const afterVowel = !atStart && VOWELS.includes(prev);
      out += atStart || afterVowel ? (ch === 'ё' ? 'yo' : 'ye') : ch === 'ё' ? 'yo' : 'e';
      continue;
    }
    out += MAP[ch] ?? ch;
  }
  return out;
}
