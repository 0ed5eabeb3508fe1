/**
 * Token features for the tagger: the word's own features, its morphology and gazetteer hits,
 * its place in the sentence and in quotes, document-level hints, and the same for neighbours
 * up to two tokens away (mixed with the offset, so «left word is "компании"» differs from the
 * word itself). Features are hashed numbers in one flat array with per-token offsets.
 */
import type { Lang } from '../../core/doc.js';
import type { GazetteerMatch, Reading, Token } from '../../core/layers.js';
import { CUE_CLASSES } from '../../lang/ru/name-cues.js';
import { featureHash, mix } from './hash.js';
import { knownOrganisations } from './known-names.js';
import { type WordInfo, wordInfo } from './word-features.js';

export interface NerInput {
  lang: Lang;
  tokens: readonly Token[];
  morphology: readonly (readonly Reading[])[];
  gazetteer: readonly GazetteerMatch[];
}

/** Token i's features are data[offsets[i]] .. data[offsets[i + 1] - 1]. */
export interface Features {
  data: Uint32Array;
  offsets: Uint32Array;
}

/** Changes whenever features change, so a model trained on other features is refused. */
export const FEATURE_VERSION = 'ner-features-5';

const BIAS = featureHash('bias');
const BOS = featureHash('<s>');
const EOS = featureHash('</s>');
const FIRST = featureHash('first');
const CAP_FIRST = featureHash('cap:first');
const CAP_MID = featureHash('cap:mid');
const LOWER_SEEN = featureHash('cap:lowerSeen');
const GLUED = featureHash('glued');
const QUOTE_FIRST = featureHash('q:first');
const QUOTE_IN = featureHash('q:in');
const KNOWN_ORG = [0, featureHash('ko:B'), featureHash('ko:I')];
const OPEN_QUOTES = new Set(['«', '„', '“', '"']);
const CLOSE_QUOTES = new Set(['»', '“', '”', '"']);
const MAX_QUOTE = 10;
/** How many of a neighbour's core features the tagger sees at offsets ±2. */
const FAR = 3;

// Readings are shared per word form by the morphology stage, so their features hash once.
const morphMemo = new WeakMap<readonly Reading[], number[]>();
const gazMemo = new Map<string, number[]>();

function morphFeatures(readings: readonly Reading[] | undefined): number[] {
  if (!readings || readings.length === 0) return [];
  let out = morphMemo.get(readings);
  if (out) return out;
  const best = readings[0] as Reading;
  const names: string[] = [`l:${best.lemma}`, `pos:${best.pos}`, `pc:${best.pos}|${best.case}`];
  if (best.name) names.push(`nm:${best.name}`);
  const other = readings.find((r) => r.name && r !== best);
  if (other) names.push(`nm?:${other.name}`);
  out = names.map(featureHash);
  morphMemo.set(readings, out);
  return out;
}

function gazFeatures(first: boolean, match: GazetteerMatch): number[] {
  const key = `${first ? 'B' : 'I'}:${match.kind}:${match.label}`;
  let out = gazMemo.get(key);
  if (!out) {
    out = [featureHash(`g:${first ? 'B' : 'I'}:${match.kind}`), featureHash(`gl:${match.label}`)];
    gazMemo.set(key, out);
  }
  return out;
}

/**
 * Short quoted stretches within one sentence: inside[k] is 1 on the first token inside, 2 on the
 * rest; opener[k] is the index of the opening quote (-1 outside quotes).
 */
function quoted(tokens: readonly Token[]): { inside: Uint8Array; opener: Int32Array } {
  const inside = new Uint8Array(tokens.length);
  const opener = new Int32Array(tokens.length).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    if (!OPEN_QUOTES.has(tokens[i]?.text ?? '')) continue;
    for (let j = i + 1; j < tokens.length && j <= i + MAX_QUOTE; j++) {
      const t = tokens[j];
      if (!t || t.sentence !== tokens[i]?.sentence) break;
      if (CLOSE_QUOTES.has(t.text)) {
        for (let k = i + 1; k < j; k++) {
          inside[k] = k === i + 1 ? 1 : 2;
          opener[k] = i;
        }
        i = j;
        break;
      }
    }
  }
  return { inside, opener };
}

/** The word's lemma (best reading) or its lower-case form. */
function lemmaOf(input: NerInput, i: number): string {
  return input.morphology[i]?.[0]?.lemma ?? input.tokens[i]?.text.toLowerCase() ?? '';
}

const CUE = new Map<string, number>();
function cueFeature(prefix: string, cls: string): number {
  const key = `${prefix}:${cls}`;
  let h = CUE.get(key);
  if (h === undefined) {
    h = featureHash(key);
    CUE.set(key, h);
  }
  return h;
}

/** Features every neighbour also sees, per token: word, morphology, gazetteer, quotes. */
function coreFeatures(input: NerInput, infos: readonly WordInfo[]): number[][] {
  const { tokens, morphology, gazetteer } = input;
  const gaz: (number[] | undefined)[] = new Array(tokens.length);
  for (const g of gazetteer) {
    for (let i = g.tokenStart; i < g.tokenEnd; i++) gaz[i] = gazFeatures(i === g.tokenStart, g);
  }
  const { inside, opener } = quoted(tokens);
  const known = input.lang === 'ru' ? knownOrganisations(tokens, morphology) : new Uint8Array(tokens.length);
  const core: number[][] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const c = (infos[i] as WordInfo).core.concat(morphFeatures(morphology[i]));
    const g = gaz[i];
    if (g) c.push(g[0] as number, g[1] as number);
    if (known[i]) c.push(KNOWN_ORG[known[i] as number] as number);
    if (inside[i]) {
      c.push(inside[i] === 1 ? QUOTE_FIRST : QUOTE_IN);
      // «партии «Новые правые»»: the noun before the opening quote says what the quoted name is.
      const head = (opener[i] as number) - 1;
      if (head >= 0 && tokens[head]?.sentence === tokens[i]?.sentence) {
        const lemma = lemmaOf(input, head);
        c.push(cueFeature('qh', lemma), cueFeature('qc', CUE_CLASSES.get(lemma) ?? 'none'));
      }
    }
    core[i] = c;
  }
  return core;
}

/** Per token, the hashed class of its lemma among the name cues, or 0. */
function cueClasses(input: NerInput): Uint32Array {
  const out = new Uint32Array(input.tokens.length);
  for (let i = 0; i < out.length; i++) {
    const cls = CUE_CLASSES.get(lemmaOf(input, i));
    if (cls) out[i] = cueFeature('cue', cls);
  }
  return out;
}

const LINK_WINDOW = 4;

/**
 * A lower-case word inside a long name («Министерство иностранных дел», «Комитет защиты
 * журналистов») is tied to the capitalised word that opens the name: its lemma and cue class,
 * and how far back it stands.
 */
function capitalLink(input: NerInput, infos: readonly WordInfo[], cues: Uint32Array, i: number): number[] {
  const { tokens } = input;
  if ((infos[i] as WordInfo).cap || tokens[i]?.kind !== 'word') return [];
  for (let j = i - 1; j >= 0 && j >= i - LINK_WINDOW; j--) {
    const t = tokens[j];
    if (!t || t.sentence !== tokens[i]?.sentence || t.kind !== 'word') return [];
    if ((infos[j] as WordInfo).cap) {
      const d = i - j;
      const out = [mix(cueFeature('lc', lemmaOf(input, j)), d), cueFeature('lcd', String(d))];
      const cue = cues[j] as number;
      if (cue) out.push(mix(cue, 300), mix(cue, 300 + d));
      return out;
    }
  }
  return [];
}

const CHAIN_WINDOW = 7;

const ORG_CUES = new Set([cueFeature('cue', 'org'), cueFeature('cue', 'media')]);

/**
 * «комитет по иностранным делам», «Министерство сельского хозяйства и продовольствия»: a
 * lower-case word up to seven words after an organisation's head noun, with only lower-case
 * words between, is tied to it: whether the head was capitalised, how far back it stands, and
 * its lemma. Unlike `capitalLink` this reaches past four words and over a lower-case head.
 */
function orgChain(input: NerInput, infos: readonly WordInfo[], cues: Uint32Array, i: number): number[] {
  const { tokens } = input;
  const t = tokens[i];
  if (t?.kind !== 'word' || (infos[i] as WordInfo).cap) return [];
  for (let j = i - 1; j >= 0 && j >= i - CHAIN_WINDOW; j--) {
    const u = tokens[j];
    if (!u || u.sentence !== t.sentence || u.kind !== 'word') return [];
    if (ORG_CUES.has(cues[j] as number)) {
      const head = (infos[j] as WordInfo).cap ? 'wC' : 'wl';
      return [
        cueFeature('ch', `${head}:${Math.min(i - j, 5)}`),
        cueFeature('ch', head),
        cueFeature('chl', `w${lemmaOf(input, j)}`),
      ];
    }
    if ((infos[j] as WordInfo).cap) return [];
  }
  return [];
}

let scratch = new Uint32Array(1 << 16);

function push(at: number, value: number): number {
  if (at >= scratch.length) {
    const bigger = new Uint32Array(scratch.length * 2);
    bigger.set(scratch);
    scratch = bigger;
  }
  scratch[at] = value;
  return at + 1;
}

/** Per token, the hashed features the tagger scores. */
export function extractFeatures(input: NerInput): Features {
  const { tokens, lang } = input;
  const n = tokens.length;
  const infos: WordInfo[] = new Array(n);
  const lowerSeen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const info = wordInfo((tokens[i] as Token).text, lang);
    infos[i] = info;
    if (!info.cap) lowerSeen.add(info.lower);
  }
  const core = coreFeatures(input, infos);
  const cues = cueClasses(input);
  const offsets = new Uint32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    const token = tokens[i] as Token;
    const info = infos[i] as WordInfo;
    const sentence = token.sentence;
    const first = i === 0 || tokens[i - 1]?.sentence !== sentence;
    at = push(at, BIAS);
    for (const h of info.local) at = push(at, h);
    for (const h of core[i] as number[]) at = push(at, h);
    if (first) at = push(at, FIRST);
    if (info.cap) {
      at = push(at, first ? CAP_FIRST : CAP_MID);
      if (lowerSeen.has(info.lower)) at = push(at, LOWER_SEEN);
    }
    if (!token.spaceBefore) at = push(at, GLUED);
    for (const h of capitalLink(input, infos, cues, i)) at = push(at, h);
    for (const h of orgChain(input, infos, cues, i)) at = push(at, h);
    for (let d = -3; d <= 2; d++) {
      const j = i + d;
      if (j < 0 || j >= n || tokens[j]?.sentence !== sentence) continue;
      const cue = cues[j] as number;
      if (cue) at = push(at, mix(cue, 200 + d));
    }
    for (let d = -2; d <= 2; d++) {
      if (d === 0) continue;
      const j = i + d;
      if (j < 0 || j >= n || tokens[j]?.sentence !== sentence) {
        at = push(at, mix(d < 0 ? BOS : EOS, d));
        continue;
      }
      const feats = core[j] as number[];
      const limit = d === 1 || d === -1 ? feats.length : FAR;
      for (let k = 0; k < limit && k < feats.length; k++) at = push(at, mix(feats[k] as number, d));
    }
    const prev = i > 0 && tokens[i - 1]?.sentence === sentence ? infos[i - 1] : undefined;
    const next = i + 1 < n && tokens[i + 1]?.sentence === sentence ? infos[i + 1] : undefined;
    const w0 = info.core[0] as number;
    const s0 = info.core[1] as number;
    at = push(at, mix(mix(prev?.core[0] ?? BOS, w0), 101));
    at = push(at, mix(mix(w0, next?.core[0] ?? EOS), 102));
    at = push(at, mix(mix(prev?.core[1] ?? BOS, s0), 103));
    at = push(at, mix(mix(s0, next?.core[1] ?? EOS), 104));
  }
  offsets[n] = at;
  return { data: scratch.slice(0, at), offsets };
}
