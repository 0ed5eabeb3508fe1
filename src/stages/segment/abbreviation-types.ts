/**
 * How a dotted abbreviation behaves before a capitalised word, the one place where a full stop
 * is ambiguous:
 * - `title`: precedes a name or number ("г. Киев", "Mr. Smith", "ул. Банковая"); never ends a sentence.
 * - `tail`: often ends a sentence ("и т. д.", "млн долл.", "etc."); ends one before a capitalised
 *   word that is not an acronym ("долл. США" stays whole).
 * - `starter`: usually continues ("U.S. President", "5 p.m. Eastern"); ends a sentence only
 *   before a typical sentence opener from the language's `sentenceStarters`.
 * - `after-number`: `starter` after a number or Roman numeral ("в 2022 г. В мае"), else `title`
 *   ("г. Киеве", "м. Київ").
 */
export type AbbreviationKind = 'title' | 'tail' | 'starter' | 'after-number';

export interface AbbreviationTable {
  /** English abbreviations are matched as written ("No." but not "no."); ru/uk in lower case. */
  readonly caseSensitive: boolean;
  /** Abbreviations without the final dot; inner dots kept ("т.д", "U.S"). */
  readonly entries: Readonly<Record<string, AbbreviationKind>>;
  /** Lower-case words that commonly open a sentence. */
  readonly sentenceStarters: readonly string[];
}
