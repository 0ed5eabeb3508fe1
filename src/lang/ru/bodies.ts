import type { BodyEntry } from '../shared/events.js';

/** State bodies named by common nouns; the country comes from a genitive or adjective beside them. */
export const BODIES: readonly BodyEntry[] = [
  {
    words: ['министерств*', 'иностранн*', 'дел'],
    name: 'Foreign Ministry of {country}',
    sector: 'foreign ministry',
  },
  {
    words: ['МИД|МИДа|МИДе|МИДом|внешнеполитическ*'],
    name: 'Foreign Ministry of {country}',
    sector: 'foreign ministry',
  },
  { words: ['министерств*', 'оборон*'], name: 'Defence Ministry of {country}', sector: 'defence ministry' },
  { words: ['Минобороны'], name: 'Defence Ministry of {country}', sector: 'defence ministry' },
  // "оборонное ведомство", not "оборонные компании".
  { words: ['оборонн*', 'ведомств*'], name: 'Defence Ministry of {country}', sector: 'defence ministry' },
  { words: ['парламент*'], name: 'Parliament of {country}', sector: 'legislature' },
  { words: ['правительств*|кабмин*|кабинет'], name: 'Government of {country}', sector: 'government' },
  { words: ['власти|властей|властям|властями'], name: 'Government of {country}', sector: 'government' },
  { words: ['армия|армии|армию|армией'], name: 'Armed Forces of {country}', sector: 'military' },
  { words: ['вооруженн*', 'сил*'], name: 'Armed Forces of {country}', sector: 'military' },
  { words: ['войска|войск|войскам|войсками'], name: 'Armed Forces of {country}', sector: 'military' },
  { words: ['посольств*'], name: 'Embassy of {country}', sector: 'embassy' },
  { words: ['суд|суда|суду|судом|суде'], name: 'Court of {country}', sector: 'judiciary' },
  { words: ['прокуратур*'], name: 'Prosecutor of {country}', sector: 'judiciary' },
  { words: ['полиция|полиции|полицию|полицией'], name: 'Police of {country}', sector: 'police' },
  {
    words: ['Госдума|Госдумы|Госдуме|Госдуму|Госдумой'],
    name: 'State Duma',
    sector: 'legislature',
    country: 'RUS',
  },
  { words: ['Верховн*', 'Рад*'], name: 'Verkhovna Rada', sector: 'legislature', country: 'UKR' },
  { words: ['ВСУ'], name: 'Armed Forces of Ukraine', sector: 'military', country: 'UKR' },
  { words: ['Генштаб*'], name: 'General Staff of {country}', sector: 'military' },
  { words: ['Госдеп*'], name: 'State Department', sector: 'foreign ministry', country: 'USA' },
  { words: ['Пентагон*'], name: 'Pentagon', sector: 'defence ministry', country: 'USA' },
  { words: ['Бундестаг*'], name: 'Bundestag', sector: 'legislature', country: 'DEU' },
  { words: ['Еврокомисси*'], name: 'European Commission', sector: 'international organisation' },
  { words: ['сторон*'], name: '{country}', sector: 'government' },
  { words: ['народ*'], name: 'People of {country}', sector: 'population' },
  { words: ['компани*|предприяти*|бизнес*'], name: 'Businesses of {country}', sector: 'business' },
];
