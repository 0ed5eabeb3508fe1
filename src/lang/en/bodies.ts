import type { BodyEntry } from '../shared/events.js';

/** State bodies named by common nouns; the country comes from an "of" phrase or adjective beside them. */
export const BODIES: readonly BodyEntry[] = [
  {
    words: ['foreign', 'ministry|office'],
    name: 'Foreign Ministry of {country}',
    sector: 'foreign ministry',
  },
  {
    words: ['ministry', 'of', 'foreign', 'affairs'],
    name: 'Foreign Ministry of {country}',
    sector: 'foreign ministry',
  },
  {
    words: ['defence|defense', 'ministry'],
    name: 'Defence Ministry of {country}',
    sector: 'defence ministry',
  },
  { words: ['parliament'], name: 'Parliament of {country}', sector: 'legislature' },
  { words: ['government|cabinet'], name: 'Government of {country}', sector: 'government' },
  { words: ['authorities'], name: 'Government of {country}', sector: 'government' },
  {
    words: ['army|military|troops|forces|navy|navies|soldiers'],
    name: 'Armed Forces of {country}',
    sector: 'military',
  },
  { words: ['delegation|delegations|negotiators'], name: 'Delegation of {country}', sector: 'government' },
  { words: ['officials'], name: 'Government of {country}', sector: 'government' },
  { words: ['prosecutors'], name: 'Prosecutors of {country}', sector: 'judiciary' },
  { words: ['embassy'], name: 'Embassy of {country}', sector: 'embassy' },
  { words: ['police'], name: 'Police of {country}', sector: 'police' },
  { words: ['border', 'guards|guard|service|police'], name: 'Border Service of {country}', sector: 'police' },
  { words: ['state', 'duma'], name: 'State Duma', sector: 'legislature', country: 'RUS' },
  { words: ['verkhovna', 'rada'], name: 'Verkhovna Rada', sector: 'legislature', country: 'UKR' },
  { words: ['state', 'department'], name: 'State Department', sector: 'foreign ministry', country: 'USA' },
  { words: ['pentagon'], name: 'Pentagon', sector: 'defence ministry', country: 'USA' },
  { words: ['bundestag'], name: 'Bundestag', sector: 'legislature', country: 'DEU' },
  { words: ['european', 'commission'], name: 'European Commission', sector: 'international organisation' },
  { words: ['side'], name: '{country}', sector: 'government' },
  { words: ['people|nation|public'], name: 'People of {country}', sector: 'population' },
  { words: ['companies|firms|businesses'], name: 'Businesses of {country}', sector: 'business' },
];
