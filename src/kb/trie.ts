/**
 * Builds the gazetteer trie of one language: every inflected form of every name, cut into
 * normalised pieces, so matching needs one hash lookup per piece.
 */
import type { Lang } from '../core/doc.js';
import type { Case, GazetteerKind } from '../core/layers.js';
import { inflect } from './inflect.js';
import { isAcronym, namePieces, normalise, startsUpper } from './normalise.js';
import type { KbEntry, KbSurface, KbTrieNode, KbVariant } from './types.js';

function gazetteerKind(entry: KbEntry, variant: KbVariant): GazetteerKind {
  if (variant.kind !== 'name') return variant.kind;
  switch (entry.kind) {
    case 'organisation':
    case 'body':
    case 'person':
      return 'organisation';
    case 'city':
      return 'city';
    case 'region':
      return 'region';
    default:
      return 'country';
  }
}

function insert(root: KbTrieNode, keys: string[], surface: KbSurface): void {
  let node = root;
  for (const key of keys) {
    node.next ??= new Map();
    let child = node.next.get(key);
    if (!child) {
      child = { next: null, surfaces: null };
      node.next.set(key, child);
    }
    node = child;
  }
  node.surfaces ??= [];
  const same = node.surfaces.find((s) => s.entry === surface.entry);
  if (!same) {
    node.surfaces.push(surface);
    return;
  }
  if (same.kind !== surface.kind) return; // first kind wins: "русские" stays an adjective
  const cases = new Set<Case>([...same.cases, ...surface.cases]);
  same.cases = (['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const).filter((c) => cases.has(c));
  if (same.number !== surface.number) same.number = null;
}

/** Latin acronyms (NATO, G7, EU) also occur in Russian and Ukrainian text. */
function sharedAcronym(variant: KbVariant): boolean {
  return variant.lang === 'en' && /^[A-Z0-9.&-]+$/.test(variant.text) && /[A-Z]/.test(variant.text);
}

export function buildTrie(entries: Iterable<KbEntry>, lang: Lang): KbTrieNode {
  const root: KbTrieNode = { next: new Map(), surfaces: null };
  for (const entry of entries) {
    // People are found by the entities stage (names inflect like no place name does).
    if (entry.kind === 'person') continue;
    for (const variant of entry.variants ?? []) {
      if (variant.lang !== lang && !(lang !== 'en' && sharedAcronym(variant))) continue;
      const kind = gazetteerKind(entry, variant);
      // A name the press writes in lower case ("al-Qaeda", "хуситы") needs no capital letter.
      const lowerName = kind !== 'adjective' && kind !== 'demonym' && !startsUpper(variant.text);
      const exact = variant.flags.cs === true || isAcronym(variant.text);
      const lowerAllowed =
        ((kind === 'adjective' || kind === 'demonym') && variant.lang !== 'en') || lowerName;
      for (const form of inflect(variant.lang, variant.text, variant.kind, variant.flags)) {
        // Normalising never changes the piece boundaries, so the whole form is normalised once.
        insert(root, namePieces(normalise(form.text)), {
          entry: entry.id,
          kind,
          cases: form.cases,
          number: form.number,
          exact: exact ? namePieces(form.text) : null,
          proper: !lowerAllowed,
          ambiguous: variant.flags.amb === true,
        });
      }
    }
  }
  return root;
}
