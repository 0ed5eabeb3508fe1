/**
 * Names of organisations that Russian news often mentions, in the nominative (the list is data:
 * data/lexicons/ru-known-organisations.txt): media and news agencies, companies, parties, state
 * bodies, international bodies, sports clubs. The name tagger sees "this word starts / continues
 * a known organisation's name" as a feature (any case form matches, by lemma), which it weighs
 * against the context: «Яблоко» the party and «яблоко» the fruit differ in case and quotes. The
 * knowledge base (data/kb) holds the actors that events need; this list only helps find names.
 * Editing the list changes the tagger's features: retrain (data/models/README.md).
 */
import { readFileSync } from 'node:fs';

const FILE = new URL('../../../data/lexicons/ru-known-organisations.txt', import.meta.url);

/** The names, one string each, as written. */
export const KNOWN_ORGANISATIONS: readonly string[] = [
  ...new Set(
    readFileSync(FILE, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#')),
  ),
];
