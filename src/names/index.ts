/** Person-name logic shared by the morphology and entities stages. */
export { type NameGender, nameKey } from './lexicon.js';
export {
  firstNameAnalyses,
  isFirstName,
  isKnownSurname,
  type NameAnalysis,
  patronymicAnalyses,
  surnameAnalyses,
} from './person.js';
export { type PersonName, personLemma } from './person-lemma.js';
export { transliterate } from './translit.js';
