import type { BodyEntry } from '../shared/events.js';

/** State bodies named by common nouns; the country comes from a genitive or adjective beside them. */
export const BODIES: readonly BodyEntry[] = [
  {
    words: ['міністерств*', 'закордонн*', 'справ'],
    name: 'Foreign Ministry of {country}',
    sector: 'foreign ministry',
  },
  { words: ['МЗС'], name: 'Foreign Ministry of {country}', sector: 'foreign ministry' },
  { words: ['міністерств*', 'оборони'], name: 'Defence Ministry of {country}', sector: 'defence ministry' },
  { words: ['Міноборони'], name: 'Defence Ministry of {country}', sector: 'defence ministry' },
  { words: ['парламент*'], name: 'Parliament of {country}', sector: 'legislature' },
  { words: ['уряд|уряду|урядом|уряді|кабмін*'], name: 'Government of {country}', sector: 'government' },
  { words: ['влада|влади|владою|владі'], name: 'Government of {country}', sector: 'government' },
  { words: ['армія|армії|армію|армією'], name: 'Armed Forces of {country}', sector: 'military' },
  { words: ['збройн*', 'сил*'], name: 'Armed Forces of {country}', sector: 'military' },
  { words: ['війська|військ|військами'], name: 'Armed Forces of {country}', sector: 'military' },
  { words: ['посольств*'], name: 'Embassy of {country}', sector: 'embassy' },
  { words: ['Держдум*'], name: 'State Duma', sector: 'legislature', country: 'RUS' },
  { words: ['Верховн*', 'Рад*'], name: 'Verkhovna Rada', sector: 'legislature', country: 'UKR' },
  { words: ['ЗСУ'], name: 'Armed Forces of Ukraine', sector: 'military', country: 'UKR' },
  { words: ['Генштаб*'], name: 'General Staff of {country}', sector: 'military' },
  { words: ['Держдеп*'], name: 'State Department', sector: 'foreign ministry', country: 'USA' },
  { words: ['Пентагон*'], name: 'Pentagon', sector: 'defence ministry', country: 'USA' },
  { words: ['Єврокоміс*'], name: 'European Commission', sector: 'international organisation' },
  { words: ['сторон*'], name: '{country}', sector: 'government' },
  { words: ['народ*'], name: 'People of {country}', sector: 'population' },
  { words: ['компані*|підприєм*|бізнес*'], name: 'Businesses of {country}', sector: 'business' },
];
