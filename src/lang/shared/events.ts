import type { EventType } from '../../core/doc.js';
import type { Case } from '../../core/layers.js';
import type { WordPattern } from '../../core/token-pattern.js';

/** Where an argument stands: after a preposition (any of "с|со"), in a case, or both. */
export interface Slot {
  prep?: WordPattern;
  cases?: readonly Case[];
  /** A country adjective may fill the slot ("выслала российских дипломатов"). */
  adjective?: boolean;
  /** Only a person fills the slot: "принял в Кремле премьер-министра", not "принял закон". */
  person?: boolean;
}

/**
 * One event pattern. `words[0]` is the head; the other words must occur within `window` tokens
 * of it in the same clause, in any order (Russian word order is free).
 */
export interface TriggerRule {
  /** Rule id without the language prefix, e.g. "consult.phone.1". */
  id: string;
  type: EventType;
  mode: string | null;
  cameo: string;
  words: readonly WordPattern[];
  window?: number;
  /** Words anywhere in the clause that make the match another kind of act: a mourning rally
   *  ("митинг памяти") is no protest. */
  unless?: WordPattern;
  /** Mode and CAMEO refinements when a word occurs near the head ("военную помощь"). */
  refine?: readonly { word: WordPattern; mode: string; cameo?: string }[];
  /** Target slots in order of preference. */
  target?: readonly Slot[];
  /** The grammatical subject is the target and the object the source (APPOINT: "парламент утвердил X"). */
  swap?: boolean;
  /** The clause's subject suffers the act and whoever says so acts: "warned that Russia would
   *  pay a heavy price" (`suffered.ts`). */
  suffered?: boolean;
  /** The rule reports speech: it yields to any other event in its sentence. */
  reporting?: boolean;
  /** With two parties acting together, each acts on the other: signing, exchanging prisoners. */
  mutual?: boolean;
  /** Coordinated subjects act together ("Россия и Китай провели учения"): one event between them. */
  joint?: boolean;
  /** The source may be a country adjective or a weapon when no subject is named ("российский удар"). */
  adjectiveSource?: boolean;
  /** Where the source stands when it is not the subject, tried first: "помощь от Германии". */
  source?: readonly Slot[];
  /** A genitive right after a noun head is its source: "визит президента Франции", "удар России". */
  genitiveSource?: boolean;
  /** The head is a noun, for languages without a part-of-speech tagger here (uk, en). */
  noun?: boolean;
  /** The act is one only with its other party named ("warned Trump that ...", not "warned of a
   *  hard winter"). */
  needsTarget?: boolean;
  /** An agreement or readiness that needs no other party named ("agreed to resign", "was ready
   *  for a ceasefire"); other talks and agreements without a partner are dropped. */
  alone?: boolean;
  /** The rule states readiness or intent ("ready to", "готова"): the act is planned. */
  planned?: boolean;
  /** The rule's words include the negation ("would not accept"): the refusal is asserted. */
  negative?: boolean;
  /** A noun head takes the clause's subject only with one of these verbs: "нанесла удар", not
   *  "назвал удар". */
  nounVerbs?: WordPattern;
}

/** A state body named by a common noun: "парламент Японии", "МИД Польши", "Госдума". */
export interface BodyEntry {
  words: readonly WordPattern[];
  /** English name pattern; "{country}" is replaced by the country's English name. */
  name: string;
  sector: string;
  /** Fixed country for bodies that name one state ("Госдума" → RUS). */
  country?: string;
}

/** Small closed classes of a language that the event and quote stages read. */
export interface EventGrammar {
  /** Words that open a subordinate or new clause after a comma. */
  clauseOpeners: ReadonlySet<string>;
  negation: ReadonlySet<string>;
  /** Cues before a trigger that make it planned ("намерен", "will"). */
  planned: ReadonlySet<string>;
  hypothetical: ReadonlySet<string>;
  /** How far before the trigger a planned cue may stand; the whole clause when unset. English
   *  auxiliaries stand next to their verb ("will also deliver"), and a clause may coordinate a
   *  planned act with a done one ("would not take part ... and criticised"). */
  cueWindow?: number;
  /** Future forms of trigger verbs, for a language whose analyser gives no tense ("передасть"). */
  futureForms?: ReadonlySet<string>;
  /** Nouns that name a kind of act, with the rule-id prefixes of that act, so a reaction can
   *  find whose act it answers ("санкции" → "sanction.impose"). */
  actNouns?: readonly (readonly [WordPattern, readonly string[]])[];
  /** Words of a stretch of clause that sum up past acts rather than report one ("has provided
   *  ... since 2022", "in recent weeks"); `head` is the trigger head's index among the words. */
  background?: (words: readonly string[], head: number) => boolean;
  /** Complementisers after speech verbs ("что", "that"). */
  complementisers: ReadonlySet<string>;
  /** Words that frame a noun trigger as the circumstance of the main clause's act ("в ходе
   *  визита в Украину Эрдоган договорился"): the subject is then the noun's actor. */
  framing: string;
  /** Verbs that deny what their clause reports ("опроверг сообщения о том, что ..."). */
  denial: ReadonlySet<string>;
  /** Plural nouns for the parties of the talks just reported ("стороны", "министры"). */
  participants: string;
  /** Personal pronouns that stand for the last person named ("он", "she"). */
  personalPronouns: ReadonlySet<string>;
  /** The same pronouns as objects ("поздравил его", "thanked her"). */
  objectPronouns: ReadonlySet<string>;
  /** Articles and determiners skipped between a preposition and its noun ("to the Elysee"). */
  determiners: ReadonlySet<string>;
  /** Forms of address before a title ("госпожу Премьер-министр"): they carry the case. */
  honorifics: string;
  /** Nouns for people taking part in a protest ("протестующих", "demonstrators"): detained or
   *  dispersed by a state's police, they are that state's own people. */
  protesters?: readonly (readonly WordPattern[])[];
  /** Nouns for a state's people as a request, a meeting or a promise addresses them
   *  ("жителям", "фермеров", "supporters"): protesters and more. */
  people?: readonly (readonly WordPattern[])[];
  /** Phrases whose country adjective names no state: "итальянская забастовка" is a work-to-rule. */
  idioms?: readonly (readonly WordPattern[])[];
  /** Common nouns for a government ("уряд", "the government"), which a demand or protest at home
   *  aims at when no state is named with them. */
  government?: WordPattern;
  /** Weapons that identify the country using them. */
  weapons: ReadonlyMap<string, string>;
}
