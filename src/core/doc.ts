/**
 * The document record printed by `dyad extract` (docs: output-format.md). This is the public
 * contract; extend it by adding fields. schema/document.schema.json mirrors it.
 */
import type { Span, TextSpan } from './span.js';

export type Lang = 'ru' | 'uk' | 'en';
export const LANGS: readonly Lang[] = ['ru', 'uk', 'en'];

export type EntityLabel = 'PER' | 'ORG' | 'LOC';

export interface DocInfo {
  id: string;
  source: string;
  lang: Lang;
  published: string | null;
  title: string | null;
  text: string;
}

export interface MentionRecord extends TextSpan {
  label: EntityLabel;
  entity: string;
}

export interface RoleRecord {
  role: string;
  country: string | null;
  source: 'kb' | 'text';
  span?: TextSpan;
}

export interface EntityRecord {
  id: string;
  label: EntityLabel;
  name: string;
  lemma: string;
  country: string | null;
  roles: RoleRecord[];
  kb: string | null;
}

export interface ActorRecord {
  entity: string | null;
  name: string | null;
  country: string | null;
  role: string | null;
}

/** The event types: PLOVER's sixteen, then APPOINT and STATEMENT (docs: event-types.md). */
export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
  'APPOINT',
  'STATEMENT',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export type Modality = 'asserted' | 'planned' | 'hypothetical' | 'denied';

export interface EventRecord {
  id: string;
  type: EventType;
  mode: string | null;
  cameo: string;
  goldstein: number;
  source: ActorRecord | null;
  target: ActorRecord | null;
  date: string | null;
  modality: Modality;
  negated: boolean;
  trigger: TextSpan;
  evidence: TextSpan;
  /** Further mentions of the same event, merged into this record. */
  mentions?: { trigger: TextSpan; evidence: TextSpan }[];
  confidence: number;
  rule: string;
}

export interface QuoteRecord extends TextSpan {
  speaker: string | null;
  cue: TextSpan | null;
}

export interface DateRecord extends TextSpan {
  value: string;
}

export interface DocumentRecord {
  doc: DocInfo;
  sentences: Span[];
  mentions: MentionRecord[];
  entities: EntityRecord[];
  events: EventRecord[];
  quotes: QuoteRecord[];
  dates: DateRecord[];
}
