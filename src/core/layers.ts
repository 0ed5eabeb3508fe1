/**
 * The layers that pipeline stages add to a document, spaCy-style: each is a list of spans into
 * `text` with annotations. Stages read earlier layers and return new ones; nothing is edited.
 */
import type {
  DateRecord,
  EntityLabel,
  EntityRecord,
  EventRecord,
  Lang,
  MentionRecord,
  QuoteRecord,
} from './doc.js';
import type { Span } from './span.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
  /** Index into the sentences layer. */
  sentence: number;
  /** True when whitespace (or the text start) precedes the token. */
  spaceBefore: boolean;
}

export type Case = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct' | 'voct';
export type Pos =
  | 'NOUN'
  | 'ADJF'
  | 'ADJS'
  | 'VERB'
  | 'INFN'
  | 'PRTF'
  | 'PRTS'
  | 'GRND'
  | 'NUMR'
  | 'ADVB'
  | 'NPRO'
  | 'PREP'
  | 'CONJ'
  | 'PRCL'
  | 'INTJ'
  | 'COMP'
  | 'PRED';

/** One reading of a word form. Readings of a token are ordered best first. */
export interface Reading {
  lemma: string;
  pos: Pos | null;
  case: Case | null;
  number: 'sing' | 'plur' | null;
  gender: 'masc' | 'femn' | 'neut' | null;
  /** Tense / person for verbs, where known. */
  tense: 'past' | 'pres' | 'futr' | null;
  /** Name class from the names lexicon or the dictionary: first name, surname, patronymic. */
  name: 'first' | 'surname' | 'patronymic' | null;
  /** A geographical name in the dictionary (OpenCorpora's Geox): "Приморья". */
  geo?: boolean;
  /** A passive participle ("введены", "наложенного"). */
  passive?: boolean;
  /** An animate noun ("журналист", "тренер"): occupations are. */
  animate?: boolean;
  score: number;
}

export type Morphology = Reading[][]; // per token, best reading first; [] for punctuation

export type GazetteerKind =
  | 'country'
  | 'adjective'
  | 'demonym'
  | 'capital'
  | 'seat'
  | 'region'
  | 'city'
  | 'organisation';

/** A knowledge-base name found in the text. */
export interface GazetteerMatch extends Span {
  /** Token range, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  /** Knowledge-base entry id, e.g. "JPN" or "org:NATO". */
  entry: string;
  kind: GazetteerKind;
  label: EntityLabel;
  /** ISO 3166-1 alpha-3 of the country this name belongs to, when any. */
  country: string | null;
  /** Grammatical cases the matched form can have, when the language inflects; [] if unknown. */
  cases: Case[];
  number: 'sing' | 'plur' | null;
}

/** A named mention with what later stages need: tokens, cases and what it refers to. */
export interface Mention extends MentionRecord {
  tokenStart: number;
  tokenEnd: number;
  cases: Case[];
  /** The gazetteer entry, when the mention came from the knowledge base. */
  entry: string | null;
}

/** A name found by the statistical tagger (the ner stage), before any rule or gazetteer merging. */
export interface NerSpan extends Span {
  /** Token range, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  label: EntityLabel;
  /** Smallest per-token margin of the tagger's decision, 0..1; low means unsure. */
  score: number;
}

export interface Entity extends EntityRecord {
  /** Mention indexes (into the mentions layer) that refer to this entity. */
  mentionIndexes: number[];
  /** Surname in the document language, lower-cased, for PER coreference. */
  surname?: string;
  /** The knowledge-base entry, for entities found by the gazetteer. */
  entry?: string;
  /** A person's grammatical gender where the name shows it ("она" refers back to a woman). */
  gender?: 'masc' | 'femn' | null;
}

export type DateMention = DateRecord;
export type Quote = QuoteRecord;
export type Event = EventRecord;

export interface Layers {
  sentences: Span[];
  tokens: Token[];
  morphology: Morphology;
  gazetteer: GazetteerMatch[];
  mentions: Mention[];
  /** Statistical named-entity spans (src/stages/ner). */
  ner: NerSpan[];
  entities: Entity[];
  dates: DateMention[];
  quotes: Quote[];
  events: Event[];
}

export type LayerName = keyof Layers;

/** The document as stages see it: fixed text and metadata, plus the layers added so far. */
export interface AnalyzedDoc {
  readonly text: string;
  readonly lang: Lang;
  /** Reference date (YYYY-MM-DD) for relative dates; null when unknown. */
  readonly published: string | null;
  readonly layers: Readonly<Partial<Layers>>;
}

/** Reads a layer that the pipeline guaranteed by the stage's `requires`. */
export function layer<K extends LayerName>(doc: AnalyzedDoc, name: K): Layers[K] {
  const value = doc.layers[name];
  if (value === undefined) {
    throw new Error(`layer "${name}" is missing: a stage that provides it must run earlier`);
  }
  return value as Layers[K];
}
