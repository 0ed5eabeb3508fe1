/**
 * The GDELT 2.0 event table: 61 tab-separated columns per event, no header. dyad fills what it
 * knows (dates, actors' names and countries, CAMEO codes, Goldstein, the source counts of merged
 * reports, the article URL) and leaves the rest empty, as GDELT does for unknown values.
 */
import type { StoredEvent } from '../store/types.js';
import { cameoQuad } from './quad.js';

const ACTOR_FIELDS = [
  'Code',
  'Name',
  'CountryCode',
  'KnownGroupCode',
  'EthnicCode',
  'Religion1Code',
  'Religion2Code',
  'Type1Code',
  'Type2Code',
  'Type3Code',
];
const GEO_FIELDS = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR_FIELDS.map((f) => `Actor1${f}`),
  ...ACTOR_FIELDS.map((f) => `Actor2${f}`),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO_FIELDS.map((f) => `Actor1Geo_${f}`),
  ...GEO_FIELDS.map((f) => `Actor2Geo_${f}`),
  ...GEO_FIELDS.map((f) => `ActionGeo_${f}`),
  'DATEADDED',
  'SOURCEURL',
];

/** A stable numeric id from the event id (GDELT ids are integers). */
function numericId(id: string): string {
  const hex = id.replace(/[^0-9a-f]/g, '').slice(0, 13);
  return hex ? String(Number.parseInt(hex, 16)) : '';
}

const clean = (value: string | null | undefined) => (value ?? '').replace(/[\t\r\n]+/g, ' ');

export function gdeltRow(event: StoredEvent, added: Date = new Date()): string {
  const day = (event.date ?? event.document.published ?? '').slice(0, 10);
  const [year = '', month = '', date = ''] = /^\d{4}-\d{2}-\d{2}$/.test(day) ? day.split('-') : [];
  const fraction = year
    ? (
        Number(year) +
        (Math.floor((Date.UTC(+year, +month - 1, +date) - Date.UTC(+year, 0, 1)) / 86_400_000) + 1) / 365
      ).toFixed(4)
    : '';
  const actor = (a: StoredEvent['source']) => {
    const cells = new Array<string>(ACTOR_FIELDS.length).fill('');
    if (a) {
      cells[0] = clean(a.country);
      cells[1] = clean(a.name?.toUpperCase());
      cells[2] = clean(a.country);
    }
    return cells;
  };
  const cameo = event.cameo;
  const url = /^https?:\/\//.test(event.document.source) ? event.document.source : '';
  const cells = [
    numericId(event.id),
    year ? `${year}${month}${date}` : '',
    year ? `${year}${month}` : '',
    year,
    fraction,
    ...actor(event.source),
    ...actor(event.target),
    // dyad does not know whether the event led the article; 0 is GDELT's "no".
    '0',
    cameo,
    cameo.slice(0, 3),
    cameo.slice(0, 2),
    String(cameoQuad(cameo) ?? ''),
    String(event.goldstein),
    String(event.numMentions),
    String(event.numSources),
    String(event.numArticles),
    '',
    ...new Array<string>(GEO_FIELDS.length * 3).fill(''),
    added.toISOString().replace(/\D/g, '').slice(0, 14),
    clean(url),
  ];
  return `${cells.join('\t')}\n`;
}
