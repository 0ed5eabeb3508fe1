/**
 * Second-pass (stacked) features: what the first pass said about the same word elsewhere in the
 * document, so that «ФАО» or «Паулс» is tagged the same way each time, and the first pass's own
 * tag for the token and its neighbours. The second pass scores the first pass's features
 * and these together.
 */
import type { Token } from '../../core/layers.js';
import type { Features, NerInput } from './features.js';
import { featureHash, mix } from './hash.js';
import { TAG_LABEL, TAGS } from './model.js';

const FORM_LABEL = ['d:O', 'd:PER', 'd:LOC', 'd:ORG'].map(featureHash);
const LEMMA_LABEL = ['dl:O', 'dl:PER', 'dl:LOC', 'dl:ORG'].map(featureHash);
const LEFT_PAIR_LABEL = ['dpl:O', 'dpl:PER', 'dpl:LOC', 'dpl:ORG'].map(featureHash);
const RIGHT_PAIR_LABEL = ['dpr:O', 'dpr:PER', 'dpr:LOC', 'dpr:ORG'].map(featureHash);
const ACRONYM_LABEL = ['da:O', 'da:PER', 'da:LOC', 'da:ORG'].map(featureHash);
const OWN = TAGS.map((t) => featureHash(`p1:${t}`));
const OWN_LEFT = OWN.map((h) => mix(h, -1));
const OWN_RIGHT = OWN.map((h) => mix(h, 1));
const EDGE = featureHash('p1:edge');
const LABEL_INDEX: Record<string, number> = { PER: 1, LOC: 2, ORG: 3 };

function labelIndex(tag: number): number {
  const label = TAG_LABEL[tag];
  return label ? (LABEL_INDEX[label] ?? 0) : 0;
}

/** Label counts per key over the document: counts[key][0..3] for O / PER / LOC / ORG. */
function countBy(keys: readonly (string | null)[], tags: Int8Array): Map<string, Int32Array> {
  const counts = new Map<string, Int32Array>();
  keys.forEach((key, i) => {
    if (key === null) return;
    let c = counts.get(key);
    if (!c) {
      c = new Int32Array(4);
      counts.set(key, c);
    }
    const l = labelIndex(tags[i] ?? 0);
    c[l] = (c[l] ?? 0) + 1;
  });
  return counts;
}

function isWord(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

/**
 * «Комитет защиты журналистов (КЗЖ)»: for an upper-case abbreviation, the label the first pass
 * gave the first run of words in the document whose initials spell it.
 */
function acronymLabels(tokens: readonly Token[], tags: Int8Array): Map<string, number> {
  const initials = tokens.map((t) => (t.kind === 'word' ? (t.text[0] ?? '').toUpperCase() : ' ')).join('');
  const out = new Map<string, number>();
  for (const t of tokens) {
    const text = t.text;
    if (out.has(text) || text.length < 2 || text.length > 6 || !/^\p{Lu}+$/u.test(text)) continue;
    let at = initials.indexOf(text);
    while (at >= 0 && !/^\p{Lu}/u.test(tokens[at]?.text ?? '')) at = initials.indexOf(text, at + 1);
    if (at >= 0) out.set(text, labelIndex(tags[at] ?? 0));
  }
  return out;
}

/** Only the document-level features, as their own flat array (the second pass adds them). */
export function docFeatures(input: NerInput, tags: Int8Array): Features {
  const { tokens, morphology } = input;
  const n = tokens.length;
  const forms = tokens.map((t) => (isWord(t) ? t.text.toLowerCase() : null));
  const lemmas = tokens.map((t, i) => (isWord(t) ? (morphology[i]?.[0]?.lemma ?? null) : null));
  const byForm = countBy(forms, tags);
  const byLemma = countBy(lemmas, tags);
  // «Голос Америки» and «Голоса Америки»: a capitalised word with its neighbour, by lemma.
  const lemmaOrForm = tokens.map((t, i) => morphology[i]?.[0]?.lemma ?? t.text.toLowerCase());
  const leftPairs = lemmas.map((l, i) =>
    l !== null && i > 0 && tokens[i - 1]?.sentence === tokens[i]?.sentence
      ? `${lemmaOrForm[i - 1]} ${l}`
      : null,
  );
  const rightPairs = lemmas.map((l, i) =>
    l !== null && i + 1 < n && tokens[i + 1]?.sentence === tokens[i]?.sentence
      ? `${l} ${lemmaOrForm[i + 1]}`
      : null,
  );
  const byLeftPair = countBy(leftPairs, tags);
  const byRightPair = countBy(rightPairs, tags);
  const acronyms = acronymLabels(tokens, tags);
  const data = new Uint32Array(n * 20);
  const offsets = new Uint32Array(n + 1);
  let at = 0;
  const add = (counts: Int32Array | undefined, hashes: readonly number[], own: number): void => {
    if (!counts) return;
    for (let l = 0; l < 4; l++) {
      if ((counts[l] ?? 0) - (l === own ? 1 : 0) > 0) data[at++] = hashes[l] as number;
    }
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    data[at++] = OWN[tags[i] ?? 0] as number;
    data[at++] = i > 0 ? (OWN_LEFT[tags[i - 1] ?? 0] as number) : EDGE;
    data[at++] = i + 1 < n ? (OWN_RIGHT[tags[i + 1] ?? 0] as number) : EDGE;
    const own = labelIndex(tags[i] ?? 0);
    const form = forms[i];
    const lemma = lemmas[i];
    if (form) add(byForm.get(form), FORM_LABEL, own);
    if (lemma) add(byLemma.get(lemma), LEMMA_LABEL, own);
    const left = leftPairs[i];
    const right = rightPairs[i];
    if (left) add(byLeftPair.get(left), LEFT_PAIR_LABEL, own);
    if (right) add(byRightPair.get(right), RIGHT_PAIR_LABEL, own);
    const acronym = acronyms.get(tokens[i]?.text ?? '');
    if (acronym !== undefined) data[at++] = ACRONYM_LABEL[acronym] as number;
  }
  offsets[n] = at;
  return { data: data.slice(0, at), offsets };
}

/** Token i's features of `a` followed by those of `b`, as one flat array. */
export function concatFeatures(a: Features, b: Features): Features {
  const n = a.offsets.length - 1;
  const data = new Uint32Array(a.data.length + b.data.length);
  const offsets = new Uint32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    const aFrom = a.offsets[i] as number;
    const aTo = a.offsets[i + 1] as number;
    data.set(a.data.subarray(aFrom, aTo), at);
    at += aTo - aFrom;
    const bFrom = b.offsets[i] as number;
    const bTo = b.offsets[i + 1] as number;
    data.set(b.data.subarray(bFrom, bTo), at);
    at += bTo - bFrom;
  }
  offsets[n] = at;
  return { data, offsets };
}
