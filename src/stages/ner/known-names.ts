/**
 * Known organisation names (src/lang/ru/known-organisations.ts) found in a document: each name is
 * cut into dyad's own tokens and matched word by word on the lemma or the lower-case form, so
 * «Газпрома», «Единой России» and «РИА Новости» match in any case; the first word must be
 * capitalised. The longest name wins.
 */
import type { Reading, Token } from '../../core/layers.js';
import { KNOWN_ORGANISATIONS } from '../../lang/ru/known-organisations.js';
import { readingsOf } from '../morphology/index.js';
import { segment } from '../segment/index.js';

/** Per name, per word: the lemma and the lower-case form, either of which matches. */
type Name = readonly (readonly [string, string])[];

let index: Map<string, Name[]> | null = null;

function keysOf(word: string): [string, string] {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  const lemma = readingsOf(word, 'ru')[0]?.lemma?.toLowerCase().replace(/ё/g, 'е') ?? lower;
  return [lemma, lower];
}

/** Built on first use: the morphology dictionaries must be loaded by then. */
function nameIndex(): Map<string, Name[]> {
  if (index) return index;
  const built = new Map<string, Name[]>();
  for (const name of KNOWN_ORGANISATIONS) {
    const words: Name = segment(name, 'ru').tokens.map((t) => keysOf(t.text));
    const first = words[0];
    if (!first) continue;
    for (const key of new Set(first)) {
      const list = built.get(key) ?? [];
      list.push(words);
      built.set(key, list);
    }
  }
  for (const list of built.values()) list.sort((a, b) => b.length - a.length);
  index = built;
  return built;
}

function tokenKeys(token: Token, readings: readonly Reading[] | undefined): [string, string] {
  const lower = token.text.toLowerCase().replace(/ё/g, 'е');
  const lemma = readings?.[0]?.lemma?.toLowerCase().replace(/ё/g, 'е') ?? lower;
  return [lemma, lower];
}

/** Same form, or same lemma and same beginning (the dictionary takes «Европарламент» for a «парламент»). */
const matches = (word: readonly [string, string], keys: readonly [string, string]): boolean =>
  word[1] === keys[1] ||
  ((word[0] === keys[0] || word[0] === keys[1]) && word[1].slice(0, 3) === keys[1].slice(0, 3));

/** Per token: 0 outside a known name, 1 on its first word, 2 on the rest. */
export function knownOrganisations(
  tokens: readonly Token[],
  morphology: readonly (readonly Reading[])[],
): Uint8Array {
  const out = new Uint8Array(tokens.length);
  const names = nameIndex();
  const keys = tokens.map((t, i) => tokenKeys(t, morphology[i]));
  for (let i = 0; i < tokens.length; i++) {
    // A name starts with a capital or a digit: «Яблоко», not «яблоко».
    if (!/^[\p{Lu}\d]/u.test(tokens[i]?.text ?? '')) continue;
    const here = keys[i] as [string, string];
    const candidates = names.get(here[0]) ?? names.get(here[1]);
    if (!candidates) continue;
    const found = candidates.find((name) =>
      name.every((word, k) => {
        const j = i + k;
        return (
          j < tokens.length &&
          tokens[j]?.sentence === tokens[i]?.sentence &&
          matches(word, keys[j] as [string, string])
        );
      }),
    );
    if (!found) continue;
    out[i] = 1;
    for (let k = 1; k < found.length; k++) out[i + k] = 2;
    i += found.length - 1;
  }
  return out;
}
