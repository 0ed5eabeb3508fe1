/**
 * The actor knowledge base as the pipeline sees it. Data files live in data/kb/; the loader in
 * this folder reads them into this shape.
 */
import type { EntityLabel, Lang } from '../core/doc.js';
import type { GazetteerKind } from '../core/layers.js';

export type KbKind = 'country' | 'territory' | 'organisation' | 'body' | 'person' | 'city' | 'region';

export interface KbRole {
  role: string;
  country: string | null;
  /** YYYY-MM-DD; absent when open-ended. */
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
}
