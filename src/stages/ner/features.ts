/**
 * Token features for the tagger: the word's own features, its morphology and gazetteer hits,
 * its place in the sentence and in quotes, document-level hints, and the same for neighbours
 * up to two tokens away (mixed with the offset, so «left word is "компании"» differs from the
 * word itself).
 */
import type { Lang } from '../../core/doc.js';
import type { GazetteerMatch, Reading, Token } from '../../core/layers.js';
import { featureHash, mix } from './hash.js';
import { type WordInfo, wordInfo } from './word-features.js';

export interface NerInput {
  lang: Lang;
  tokens: readonly Token[];
  morphology: readonly (readonly Reading[])[];
  gazetteer: readonly GazetteerMatch[];
}

/** Changes whenever features change, so a model trained on other features is refused. */
export const FEATURE_VERSION = 'ner-features-1';

const BIAS = featureHash('bias');
const BOS = featureHash('<s>');
const EOS = featureHash('</s>');
const OPEN_QUOTES = new Set(['«', '„', '“', '"']);
const CLOSE_QUOTES = new Set(['»', '“', '”', '"']);
const MAX_QUOTE = 10;
/** How many of a neighbour's core features the tagger sees at offsets ±1 and ±2. */
const NEAR = 32;
const FAR = 3;

function morphFeatures(readings: readonly Reading[] | undefined, out: string[]): void {
  const best = readings?.[0];
  if (!best) return;
  out.push(`l:${best.lemma}`, `pos:${best.pos}`, `pc:${best.pos}|${best.case}`);
  if (best.name) out.push(`nm:${best.name}`);
  for (const r of readings ?? []) {
    if (r.name && r !== best) {
      out.push(`nm?:${r.name}`);
      break;
    }
  }
}

/** Tokens inside a short quoted stretch within one sentence. */
function quoted(tokens: readonly Token[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!OPEN_QUOTES.has(tokens[i]?.text ?? '')) continue;
    for (let j = i + 1; j < tokens.length && j <= i + MAX_QUOTE; j++) {
      const t = tokens[j];
      if (!t || t.sentence !== tokens[i]?.sentence) break;
      if (CLOSE_QUOTES.has(t.text)) {
        for (let k = i + 1; k < j; k++) inside[k] = k === i + 1 ? 1 : 2;
        i = j;
        break;
      }
    }
  }
  return inside;
}

/** Per token, the hashed features the tagger scores. */
export function extractFeatures(input: NerInput): number[][] {
  const { tokens, morphology, gazetteer, lang } = input;
  const n = tokens.length;
  const infos: WordInfo[] = tokens.map((t) => wordInfo(t.text, lang));
  const lowerSeen = new Set<string>();
  for (let i = 0; i < n; i++) if (!infos[i]?.cap) lowerSeen.add(infos[i]?.lower ?? '');
  const gaz: string[][] = tokens.map(() => []);
  for (const g of gazetteer) {
    for (let i = g.tokenStart; i < g.tokenEnd; i++) {
      const pos = i === g.tokenStart ? 'B' : 'I';
      gaz[i]?.push(`g:${pos}:${g.kind}`, `gl:${g.label}`);
    }
  }
  const inQuote = quoted(tokens);
  const core: number[][] = [];
  const local: number[][] = [];
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    const info = infos[i] as WordInfo;
    const c: string[] = [];
    morphFeatures(morphology[i], c);
    c.push(...(gaz[i] ?? []));
    if (inQuote[i]) c.push(inQuote[i] === 1 ? 'q:first' : 'q:in');
    const l: string[] = [];
    const first = i === 0 || tokens[i - 1]?.sentence !== token.sentence;
    if (first) l.push('first');
    if (info.cap) {
      l.push(first ? 'cap:first' : 'cap:mid');
      if (lowerSeen.has(info.lower)) l.push('cap:lowerSeen');
    }
    if (!token.spaceBefore) l.push('glued');
    core.push([...info.core, ...c.map(featureHash)]);
    local.push([...info.local, ...l.map(featureHash)]);
  }
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const sentence = tokens[i]?.sentence;
    const f: number[] = [BIAS, ...(local[i] ?? []), ...(core[i] ?? [])];
    for (const d of [-2, -1, 1, 2]) {
      const j = i + d;
      const same = j >= 0 && j < n && tokens[j]?.sentence === sentence;
      if (!same) {
        f.push(mix(d < 0 ? BOS : EOS, d));
        continue;
      }
      const feats = core[j] ?? [];
      const limit = Math.abs(d) === 1 ? NEAR : FAR;
      for (let k = 0; k < feats.length && k < limit; k++) f.push(mix(feats[k] ?? 0, d));
    }
    const w0 = infos[i]?.core[0] ?? 0;
    const s0 = infos[i]?.core[1] ?? 0;
    const prev = i > 0 && tokens[i - 1]?.sentence === sentence ? infos[i - 1] : undefined;
    const next = i + 1 < n && tokens[i + 1]?.sentence === sentence ? infos[i + 1] : undefined;
    f.push(mix(mix(prev?.core[0] ?? BOS, w0), 101), mix(mix(w0, next?.core[0] ?? EOS), 102));
    f.push(mix(mix(prev?.core[1] ?? BOS, s0), 103), mix(mix(s0, next?.core[1] ?? EOS), 104));
    out.push(f);
  }
  return out;
}
