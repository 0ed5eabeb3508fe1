/**
 * URLs, e-mail addresses and bare domains ("RBC.ru", "OBOZ.UA", "t.me/channel") are single
 * tokens. The scanner tries these sticky regexes only at a word followed by `.`, `@` or `:`,
 * which keeps them off the hot path.
 */

/** Top-level domains that are not English words, matched in any case. */
const ANY_CASE_TLDS = (
  'ru ua com net org info io tv uk de fm kz eu gov edu su pl fr cz lt lv ee ge md az news ' +
  'online media рф укр ру'
).split(' ');
/** Top-level domains that are also English words: only lower case counts ("t.me", "tut.by"). */
const LOWER_TLDS = ['me', 'by', 'us', 'it', 'co', 'ly', 'ai', 'am', 'to'];

function anyCase(word: string): string {
  let out = '';
  for (const ch of word) out += `[${ch}${ch.toUpperCase()}]`;
  return out;
}

const tld = [...ANY_CASE_TLDS.map(anyCase), ...LOWER_TLDS].join('|');
const PATH = '[^\\s<>"«»“”„]*';

const urlRe = new RegExp(
  `(?:[hH][tT][tT][pP][sS]?|[fF][tT][pP]):\\/\\/${PATH}|[wW]{3}\\.[^\\s<>"«»“”„]+`,
  'uy',
);
const emailRe = /[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const domainRe = new RegExp(
  `[\\p{L}\\p{N}]+(?:[.-][\\p{L}\\p{N}]+)*\\.(?:${tld})(?![\\p{L}\\p{N}])(?:\\/${PATH})?`,
  'uy',
);

const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '’', '»', '”', ')', ']']);

/** Drops sentence punctuation that follows a URL; keeps a `)` that closes one inside it. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && TRAILING.has(text[e - 1] ?? '')) {
    if (text[e - 1] === ')') {
      const inner = text.slice(start, e);
      if (inner.split('(').length > inner.split(')').length - 1) break;
    }
    e--;
  }
  return e;
}

function stickyMatch(re: RegExp, text: string, start: number): number {
  re.lastIndex = start;
  const m = re.exec(text);
  return m === null ? -1 : start + m[0].length;
}

/**
 * End of a URL, e-mail or domain starting at `start`, whose first word ends at `wordEnd`;
 * -1 when there is none.
 */
export function matchWebToken(text: string, start: number, wordEnd: number): number {
  const next = text[wordEnd];
  let end = -1;
  if (next === ':' || (next === '.' && wordEnd - start === 3)) end = stickyMatch(urlRe, text, start);
  if (end < 0 && (next === '@' || next === '.' || next === '_' || next === '+')) {
    end = stickyMatch(emailRe, text, start);
  }
  if (end < 0 && next === '.') end = stickyMatch(domainRe, text, start);
  if (end < 0) return -1;
  const trimmed = trimEnd(text, start, end);
  return trimmed > wordEnd ? trimmed : -1;
}
