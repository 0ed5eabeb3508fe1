/**
 * Repairs of organisation spans after decoding, for three shapes the tagger gets wrong from too
 * few examples (each checked by cross-validation on factRuEval: every one helps ORG on every
 * shuffling seed and leaves PER and LOC as they were):
 *  - two names joined by «и» are two names, not one («ФАС и Министерству торговли»);
 *  - a country adjective right before a name belongs to it («японского МИДа»);
 *  - a capitalised quoted stretch after an organisation's head noun is its name, when the tagger
 *    found nothing there («клуба «16 тонн»», «центре «Кин-Топ»»);
 *  - so is a capitalised adjective with an organisation's head noun («Футбольная ассоциация»,
 *    «Федеральное авиационное управление пояснило»), mostly missed at the start of a sentence,
 *    where a capital letter tells the tagger nothing, and a longer phrase opened by a country
 *    adjective («японского дипломатического ведомства»);
 *  - a lone Roman numeral («XXI века») or a Latin-script name right after an event's or a
 *    product's noun («конкурс The Best of Blogs», «браузера Chrome») is no organisation.
 */
import type { NerSpan, Token } from '../../core/layers.js';
import { CUE_CLASSES } from '../../lang/ru/name-cues.js';
import type { NerInput } from './features.js';

const OPEN_QUOTES = new Set(['«', '„', '“', '"']);
const CLOSE_QUOTES = new Set(['»', '“', '”', '"']);
/** Most words a quoted name may have. */
const QUOTE_WORDS = 5;
/** How far before the opening quote the head noun may stand («Центр современной культуры «Гараж»»). */
const HEAD_REACH = 3;

function spanOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  label: NerSpan['label'],
  score: number,
): NerSpan {
  return {
    start: tokens[from]?.start ?? 0,
    end: tokens[to - 1]?.end ?? 0,
    tokenStart: from,
    tokenEnd: to,
    label,
    score,
  };
}

function capitalised(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(token.text);
}

function pos(input: NerInput, i: number): string | undefined {
  return input.morphology[i]?.[0]?.pos ?? undefined;
}

/**
 * «Oracle и Sun Microsystems», «Общественной палаты и российско-американской рабочей группы»: the
 * span is cut at «и» when a new name starts after it (a capitalised word or an adjective). Not
 * when an adjective stands before «и»: «Промышленный и коммерческий банк» is one name.
 */
function splitCoordinated(input: NerInput, spans: readonly NerSpan[]): NerSpan[] {
  const { tokens } = input;
  return spans.flatMap((span) => {
    if (span.label !== 'ORG') return [span];
    for (let k = span.tokenStart + 1; k < span.tokenEnd - 1; k++) {
      if (tokens[k]?.text !== 'и' || pos(input, k - 1) === 'ADJF') continue;
      if (!capitalised(tokens[k + 1]) && pos(input, k + 1) !== 'ADJF') continue;
      return [
        spanOf(tokens, span.tokenStart, k, 'ORG', span.score),
        spanOf(tokens, k + 1, span.tokenEnd, 'ORG', span.score),
      ];
    }
    return [span];
  });
}

/** «японского МИДа», «российского Минсельхоза»: a lower-case country adjective joins the name after it. */
function takeCountryAdjective(input: NerInput, spans: readonly NerSpan[]): NerSpan[] {
  const { tokens } = input;
  const adjectives = new Set<number>();
  for (const g of input.gazetteer) {
    if (g.kind === 'adjective' && g.tokenEnd === g.tokenStart + 1) adjectives.add(g.tokenStart);
  }
  return spans.map((span, n) => {
    const j = span.tokenStart - 1;
    if (span.label !== 'ORG' || !adjectives.has(j) || capitalised(tokens[j])) return span;
    if (tokens[j]?.sentence !== tokens[span.tokenStart]?.sentence) return span;
    if (n > 0 && (spans[n - 1]?.tokenEnd ?? 0) > j) return span;
    return spanOf(tokens, j, span.tokenEnd, 'ORG', span.score);
  });
}

/** Whether an organisation or media head noun stands among the few words before `open`. */
function headBefore(input: NerInput, open: number): boolean {
  const { tokens, morphology } = input;
  for (let j = open - 1; j >= 0 && j >= open - HEAD_REACH; j--) {
    const t = tokens[j];
    if (t?.kind !== 'word' || t.sentence !== tokens[open]?.sentence) return false;
    const cls = CUE_CLASSES.get(morphology[j]?.[0]?.lemma ?? '');
    if (cls === 'org' || cls === 'media') return true;
  }
  return false;
}

/** «клуба «16 тонн»»: a quoted name after an organisation's head noun, where no span was found. */
function addQuotedNames(input: NerInput, spans: readonly NerSpan[]): NerSpan[] {
  const { tokens } = input;
  const added: NerSpan[] = [];
  for (let open = 1; open < tokens.length; open++) {
    if (!OPEN_QUOTES.has(tokens[open]?.text ?? '')) continue;
    let close = -1;
    for (let j = open + 1; j < tokens.length && j <= open + QUOTE_WORDS + 1; j++) {
      if (tokens[j]?.sentence !== tokens[open]?.sentence) break;
      if (CLOSE_QUOTES.has(tokens[j]?.text ?? '')) {
        close = j;
        break;
      }
    }
    if (close <= open + 1) continue;
    const first = tokens[open + 1];
    if (!capitalised(first) && !/^\d/.test(first?.text ?? '')) continue;
    if (spans.some((s) => s.tokenStart < close && open < s.tokenEnd)) continue;
    if (!headBefore(input, open)) continue;
    added.push(spanOf(tokens, open + 1, close, 'ORG', 0.5));
    open = close;
  }
  if (added.length === 0) return [...spans];
  return [...spans, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

/** Adjectives that point rather than name: «Эта группа», «Наш комитет». */
const PRONOUNS = new Set(
  'этот тот такой наш ваш мой твой свой весь каждый другой который любой некоторый самый сам один иной всякий'.split(
    ' ',
  ),
);
/**
 * Head nouns as often a thing as a body: «гражданское общество», «призовой фонд», «рабочая
 * группа»; the tagger alone decides on them.
 */
const VAGUE_HEADS = new Set(['общество', 'фонд', 'группа']);
/** How many lower-case adjectives (or «и») may stand between the capitalised one and the head noun. */
const MORE_ADJECTIVES = 3;
/** How many lower-case genitive words may follow the head («Координационный совет пострадавших соинвесторов»). */
const GENITIVES = 3;

function lowerWord(input: NerInput, i: number, sentence: number): boolean {
  const t = input.tokens[i];
  return t !== undefined && t.kind === 'word' && t.sentence === sentence && !capitalised(t);
}

/**
 * The end (exclusive) of a descriptive organisation name that starts at `i`, or -1: a capitalised
 * adjective, not a place's if it opens the sentence («Японское правительство» describes),
 * lower-case adjectives, a singular organisation head noun, and a genitive chain after it. It may
 * also open with a lower-case country adjective, but then only with more than the head noun after
 * it: «японского дипломатического ведомства», «российском министерстве финансов» name one body,
 * while «японское правительство» or «российского посольства» are mostly left unnamed.
 */
function descriptiveNameEnd(input: NerInput, i: number, places: Places): number {
  const { tokens, morphology } = input;
  const t = tokens[i] as Token;
  const cap = capitalised(t);
  // At the start of a sentence a capitalised place adjective says nothing («Японское правительство»);
  // inside one it is part of a name («интервью Русской службе»).
  const opens = i === 0 || tokens[i - 1]?.sentence !== t.sentence;
  if (pos(input, i) !== 'ADJF' || (cap ? opens && places.any.has(i) : !places.adjectives.has(i))) return -1;
  const first = morphology[i]?.[0];
  // A plural adjective makes the phrase plural: «Правозащитные организации» are many, unnamed.
  if (PRONOUNS.has(first?.lemma ?? '') || first?.number === 'plur') return -1;
  let j = i + 1;
  while (
    j <= i + MORE_ADJECTIVES &&
    lowerWord(input, j, t.sentence) &&
    (pos(input, j) === 'ADJF' || tokens[j]?.text === 'и')
  )
    j++;
  const head = morphology[j]?.[0];
  if (!lowerWord(input, j, t.sentence) || head?.pos !== 'NOUN' || head.number === 'plur') return -1;
  if (CUE_CLASSES.get(head.lemma) !== 'org' || VAGUE_HEADS.has(head.lemma)) return -1;
  const end = genitiveChainEnd(input, j);
  if (!cap && j === i + 1 && end === j + 1) return -1;
  return end;
}

interface Places {
  /** Tokens inside any gazetteer match. */
  any: Set<number>;
  /** One-word country or place adjectives («японского»). */
  adjectives: Set<number>;
}

/** After the head noun at `j`: the end of its lower-case genitive chain, not ending in an adjective. */
function genitiveChainEnd(input: NerInput, j: number): number {
  const sentence = input.tokens[j]?.sentence ?? -1;
  let end = j + 1;
  while (end <= j + GENITIVES && lowerWord(input, end, sentence)) {
    const r = input.morphology[end]?.[0];
    if (r?.case !== 'gent' || (r.pos !== 'NOUN' && r.pos !== 'ADJF')) break;
    // One person in the genitive opens a person's phrase («в Кремле премьер-министра Малайзии»);
    // people in the plural can be a name's («Союз журналистов», «совет соинвесторов»).
    if (r.pos === 'NOUN' && r.animate && r.number === 'sing') break;
    end++;
  }
  while (end > j + 1 && pos(input, end - 1) === 'ADJF') end--;
  return end;
}

/**
 * «Движение общежитий Москвы», «Бюро США по патентам»: a capitalised organisation head noun
 * inside a sentence (so the capital is the name's), with its genitive chain; not right after an
 * opening quote (the quoted-name repair decides there) and not an abbreviation or a Latin word.
 */
function capitalisedHeadEnd(input: NerInput, i: number): number {
  const { tokens, morphology } = input;
  const t = tokens[i] as Token;
  if (i === 0 || tokens[i - 1]?.sentence !== t.sentence || OPEN_QUOTES.has(tokens[i - 1]?.text ?? ''))
    return -1;
  if (!capitalised(t) || pos(input, i) !== 'NOUN' || /^\p{Lu}+$/u.test(t.text) || /[A-Za-z]/.test(t.text))
    return -1;
  if (CUE_CLASSES.get(morphology[i]?.[0]?.lemma ?? '') !== 'org') return -1;
  return genitiveChainEnd(input, i);
}

function addDescriptiveNames(input: NerInput, spans: readonly NerSpan[]): NerSpan[] {
  const places: Places = { any: new Set(), adjectives: new Set() };
  for (const g of input.gazetteer) {
    for (let i = g.tokenStart; i < g.tokenEnd; i++) places.any.add(i);
    if (g.kind === 'adjective' && g.tokenEnd === g.tokenStart + 1) places.adjectives.add(g.tokenStart);
  }
  const added: NerSpan[] = [];
  for (let i = 0; i < input.tokens.length; i++) {
    let end = descriptiveNameEnd(input, i, places);
    if (end < 0) end = capitalisedHeadEnd(input, i);
    if (end < 0 || spans.some((s) => s.tokenStart < end && i < s.tokenEnd)) continue;
    added.push(spanOf(input.tokens, i, end, 'ORG', 0.5));
    i = end - 1;
  }
  if (added.length === 0) return [...spans];
  return [...spans, ...added].sort((a, b) => a.tokenStart - b.tokenStart);
}

const LATIN_WORD = /^[A-Za-z0-9'&.-]+$/;

function notOrganisation(input: NerInput, span: NerSpan): boolean {
  const { tokens, morphology } = input;
  if (span.label !== 'ORG') return false;
  const first = tokens[span.tokenStart];
  if (span.tokenEnd === span.tokenStart + 1 && /^[IVXLC]+$/.test(first?.text ?? '')) return true;
  for (let k = span.tokenStart; k < span.tokenEnd; k++)
    if (!LATIN_WORD.test(tokens[k]?.text ?? '')) return false;
  const j = span.tokenStart - 1;
  if (j < 0 || tokens[j]?.sentence !== first?.sentence) return false;
  const cls = CUE_CLASSES.get(morphology[j]?.[0]?.lemma ?? '');
  return cls === 'event' || cls === 'product';
}

export function repairOrganisations(input: NerInput, spans: readonly NerSpan[]): NerSpan[] {
  if (input.lang !== 'ru') return [...spans];
  const kept = spans.filter((s) => !notOrganisation(input, s));
  const repaired = addQuotedNames(input, takeCountryAdjective(input, splitCoordinated(input, kept)));
  return addDescriptiveNames(input, repaired);
}
