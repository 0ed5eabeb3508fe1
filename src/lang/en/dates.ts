/** English date vocabulary for the dates stage (src/stages/dates). */
import { allTo, type DateLexicon } from '../../stages/dates/lexicon.js';

const MONTHS: string[][] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

const months: Record<string, number> = {};
MONTHS.forEach((words, index) => {
  Object.assign(months, allTo(words, index + 1));
});

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const weekdays: Record<string, number> = { weekend: 6 };
DAYS.forEach((day, index) => {
  weekdays[day] = index + 1;
});

export const EN_DATES: DateLexicon = {
  months,
  monthsCapitalised: true,
  weekdays,
  relativeDays: { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 },
  phrases: {
    'a day earlier': { kind: 'shift', unit: 'day', n: -1 },
    'the day before yesterday': { kind: 'shift', unit: 'day', n: -2 },
    'the day before': { kind: 'shift', unit: 'day', n: -1 },
    'the previous day': { kind: 'shift', unit: 'day', n: -1 },
    'last night': { kind: 'shift', unit: 'day', n: -1 },
    'this morning': { kind: 'shift', unit: 'day', n: 0 },
    'this afternoon': { kind: 'shift', unit: 'day', n: 0 },
    'this evening': { kind: 'shift', unit: 'day', n: 0 },
    'earlier today': { kind: 'shift', unit: 'day', n: 0 },
    'later today': { kind: 'shift', unit: 'day', n: 0 },
  },
  eve: [],
  dayParts: ['morning', 'afternoon', 'evening', 'night'],
  units: {
    ...allTo(['day', 'days'], { unit: 'day', n: 1 } as const),
    ...allTo(['week', 'weeks'], { unit: 'week', n: 1 } as const),
    ...allTo(['month', 'months'], { unit: 'month', n: 1 } as const),
    ...allTo(['year', 'years'], { unit: 'year', n: 1 } as const),
  },
  loneUnits: [],
  numbers: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
  },
  ago: ['ago', 'earlier'],
  forward: ['in', 'within'],
  yearWords: [],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  modifiers: { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 },
  modifierLeads: ['earlier', 'later'],
  periodParts: {
    early: 'start',
    beginning: 'start',
    start: 'start',
    mid: 'mid',
    middle: 'mid',
    late: 'end',
    end: 'end',
  },
  spanPrepositions: ['on', 'in', 'at', 'over', 'during'],
  contextPrepositions: ['since', 'until', 'till', 'by', 'from', 'of', 'before', 'after', 'between'],
  nights: ['night'],
  nightPrepositions: ['of'],
  rangeJoiners: ['-', '–', '—', 'and', 'to', 'through'],
  fillers: ['the', 'of'],
  futureCues: [
    "'ll",
    'set',
    'intends',
    'intend',
    'will',
    'shall',
    'scheduled',
    'plans',
    'planned',
    'plan',
    'due',
    'upcoming',
    'expected',
    'next',
  ],
  cuesAfter: false,
  functionWords: [],
};
