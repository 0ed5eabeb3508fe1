/** The person-name tools the entities stage relies on (names lexicons, lemmas, transliteration). */
export { isFirstName, isKnownSurname, personLemma, transliterate } from '../../names/index.js';
