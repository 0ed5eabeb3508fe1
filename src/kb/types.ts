/**
 * The actor knowledge base as the pipeline sees it. Data files live in data/kb/; the loader in
 * this folder reads them into this shape.
 */
import type { EntityLabel, Lang } from '../core/doc.js';
import type { Case, GazetteerKind } from '../core/layers.js';

export type KbKind = 'country' | 'territory' | 'organisation' | 'body' | 'person' | 'city' | 'region';

export interface KbRole {
  /** Canonical English role: "president", "prime minister", "foreign minister" ... */
  role: string;
  /** ISO3 of the country where the office is held; null for an organisation's office. */
  country: string | null;
  /** The organisation whose office it is ("org:NATO"), for secretaries general and the like. */
  org?: string;
  /**
   * First and last day in office: YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known for
   * sure (the whole month or year counts). `to` is absent for an incumbent.
   */
  from?: string;
  to?: string;
}

export interface KbEntry {
  /** "JPN" for countries (ISO 3166-1 alpha-3), "org:NATO", "per:Q3874799", "city:Kyiv" ... */
  id: string;
  kind: KbKind;
  label: EntityLabel;
  /** Canonical name per language, nominative. */
  names: Record<Lang, string>;
  /** Country the entry belongs to (itself for a country). */
  country: string | null;
  wikidata: string | null;
  roles: KbRole[];
  /** Every surface name the gazetteer looks for, as written in the data files (nominative). */
  variants?: KbVariant[];
}

/** Which kind of name a variant is: the entry's own name or a form derived from a country. */
export type KbVariantKind = 'name' | 'adjective' | 'demonym' | 'capital' | 'seat';

/** One name as the data files give it, before inflection. */
export interface KbVariant {
  kind: KbVariantKind;
  lang: Lang;
  /** As written, nominative singular (or plural for plural-only names). */
  text: string;
  /** Data flags: amb, indecl, adj, fem, cs, stem=... (data/kb/README.md). */
  flags: KbFlags;
}

export interface KbFlags {
  /** Ambiguous with a common word or a first name: capital letter, not sentence-initial, alone. */
  amb?: boolean;
  /** Never inflected: the form stands for every case. */
  indecl?: boolean;
  /** Declined as an adjective (Ukrainian "Банкова"). */
  adj?: boolean;
  /** Feminine where the ending does not tell (genitive plural without -ов, -ь nouns). */
  fem?: boolean;
  /** Case-sensitive even though not all upper case. */
  cs?: boolean;
  /** Oblique stem for fleeting vowels ("Египет" → "Египт"). */
  stem?: string;
}

/** One inflected surface form with what it tells about case and number. */
export interface KbSurface {
  entry: string;
  kind: GazetteerKind;
  cases: Case[];
  number: 'sing' | 'plur' | null;
  /** Exact pieces (apostrophes unified) when matching is case-sensitive, else null. */
  exact: string[] | null;
  /** The first piece must start with a capital letter. */
  proper: boolean;
  /** Ambiguous name: also not sentence-initial and not next to another capitalised word. */
  ambiguous: boolean;
}

/** A trie over normalised pieces (see src/kb/normalise.ts); one hash lookup per piece. */
export interface KbTrieNode {
  next: Map<string, KbTrieNode> | null;
  surfaces: KbSurface[] | null;
}

/** A surface form the gazetteer looks for, already normalised (lower-cased, ё → е). */
export interface KbForm {
  /** Word forms, one per token, as they appear in text (normalised). */
  words: string[];
  entry: string;
  kind: GazetteerKind;
  lang: Lang;
}

export interface KnowledgeBase {
  get(id: string): KbEntry | undefined;
  entries(): Iterable<KbEntry>;
  /** The gazetteer trie of a language, built once (optional so hand-made test doubles still fit). */
  index?(lang: Lang): KbTrieNode;
}
