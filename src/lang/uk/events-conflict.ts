import type { TriggerRule } from '../shared/events.js';
import { AGAINST, OBJECT, STRIKE, STRIKE_NOUN } from './events-slots.js';

/** Sanctions, strikes, appointments, accusations, demands, refusals and threats. */
export const CONFLICT: readonly TriggerRule[] = [
  {
    id: 'sanction.impose.1',
    type: 'SANCTION',
    mode: 'discontinue',
    cameo: '163',
    words: [
      'санкці*',
      'запровад*|ввел*|ввів|оголос*|розшир*|наклал*|наклав|продовжил*|продовжив|ухвалил*|ухвалив|схвалил*|схвалив|затверд*|приєднал*|приєднав*',
    ],
    window: 5,
    target: AGAINST,
  },
  {
    // "готує нові санкції проти білоруського режиму": sanctions being prepared or proposed.
    id: 'sanction.prepare.1',
    type: 'SANCTION',
    mode: 'discontinue',
    cameo: '163',
    words: ['санкці*', 'готує|готують|підготує|підготують|пропонує|пропонують|запропонує|запропонують'],
    window: 4,
    target: AGAINST,
    planned: true,
  },
  {
    id: 'sanction.expel.1',
    type: 'SANCTION',
    mode: 'expel',
    cameo: '166',
    words: ['вислал*|вислав|висилає|видворил*', 'дипломат*|посла|співробітник*'],
    window: 4,
    target: [{ adjective: true }],
  },
  {
    id: 'assault.strike.1',
    type: 'ASSAULT',
    mode: null,
    cameo: '190',
    words: [STRIKE],
    refine: [
      { word: 'ракет*|авіа*|бомб*|Іскандер*|Калібр*|Кинджал*', mode: 'aerial', cameo: '195' },
      { word: 'дрон*|безпілотник*|БПЛА|шахед*|Шахед*', mode: 'drone', cameo: '195' },
    ],
    target: [{ prep: 'по' }],
    adjectiveSource: true,
  },
  {
    id: 'assault.strike.2',
    type: 'ASSAULT',
    mode: null,
    cameo: '190',
    words: [STRIKE_NOUN],
    refine: [
      { word: 'ракет*|авіа*|бомб*|Іскандер*|Калібр*|Кинджал*', mode: 'aerial', cameo: '195' },
      { word: 'дрон*|безпілотник*|БПЛА|шахед*|Шахед*', mode: 'drone', cameo: '195' },
    ],
    target: [{ prep: 'по' }],
    adjectiveSource: true,
    noun: true,
    genitiveSource: true,
    nounVerbs:
      'завдал*|завдав|завдає|завдають|здійснил*|здійснив|здійснює|нанесл*|підтвердил*|підтвердив|розпочал*|розпочав',
  },
  {
    // "Росія запустила по Україні 450 дронів і 30 ракет".
    id: 'assault.strike.3',
    type: 'ASSAULT',
    mode: null,
    cameo: '190',
    words: [
      'запустила|запустили|запустив|випустила|випустили|випустив',
      'дрон*|ракет*|шахед*|безпілотник*|БпЛА|БПЛА',
    ],
    window: 5,
    refine: [
      { word: 'ракет*|авіа*|бомб*|Іскандер*|Калібр*|Кинджал*', mode: 'aerial', cameo: '195' },
      { word: 'дрон*|безпілотник*|БПЛА|БпЛА|шахед*|Шахед*', mode: 'drone', cameo: '195' },
    ],
    target: [{ prep: 'по|на' }],
    adjectiveSource: true,
  },
  {
    // "Російські війська захопили село": ground taken by force.
    id: 'assault.capture.1',
    type: 'ASSAULT',
    mode: null,
    cameo: '192',
    words: [
      'захопили|захопила|захопив|окупували|окупувала|зайняли|зайняла',
      'сел*|міст*|населен*|контроль|позиці*|територі*',
    ],
    window: 3,
    target: [{ prep: 'в|у|на|біля' }],
    adjectiveSource: true,
  },
  {
    id: 'assault.attack.1',
    type: 'ASSAULT',
    mode: null,
    cameo: '190',
    words: [
      'атакувал*|атакує|атакують|атакував|обстріл*|обстрілял*|обстрілює|уразил*|уразив|уразила|вразил*|вразив|вразила',
    ],
    refine: [
      { word: 'ракет*|авіа*|бомб*', mode: 'aerial', cameo: '195' },
      { word: 'дрон*|безпілотник*|БПЛА|шахед*|Шахед*', mode: 'drone', cameo: '195' },
    ],
    target: [OBJECT, { prep: 'по' }],
    adjectiveSource: true,
  },
  {
    id: 'appoint.approve.1',
    type: 'APPOINT',
    mode: 'approved',
    cameo: '010',
    words: [
      'затвердил*|затвердив|затвердила|призначил*|призначив|призначила|обрал*|обрав',
      'посад*|прем*|міністр*|президент*|канцлер*|голов*',
    ],
    window: 4,
    target: [OBJECT],
    swap: true,
  },
  {
    id: 'accuse.accuse.1',
    type: 'ACCUSE',
    mode: 'allege',
    cameo: '112',
    words: ['звинуват*|звинувачує|звинувачують|дорікнув|дорікнула'],
    target: [OBJECT],
  },
  {
    id: 'accuse.condemn.1',
    type: 'ACCUSE',
    mode: 'disapprove',
    cameo: '111',
    words: [
      'засудил*|засудив|засуджує|засуджують|розкритикував*|критикує|критикують|розкритикувала|розкритикували',
    ],
    target: [OBJECT],
  },
  {
    id: 'request.call.1',
    type: 'REQUEST',
    mode: null,
    cameo: '020',
    words: [
      'закликав|закликала|закликали|закликає|закликають|попросив|попросила|попросили|просить|просять|звернувся|звернулася|звернулися',
    ],
    // "закликав партнерів посилити ППО", "звернувся до США з проханням".
    target: [OBJECT, { prep: 'до' }],
  },
  {
    id: 'request.call.2',
    type: 'REQUEST',
    mode: null,
    cameo: '020',
    words: [
      'запит*|прохання',
      'надіслав|надіслала|надіслали|подав|подала|подали|звернувся|звернулася|направив|направила',
    ],
    window: 3,
    target: [{ prep: 'до' }],
  },
  {
    id: 'request.demand.1',
    type: 'REQUEST',
    mode: null,
    cameo: '100',
    words: [
      'вимагав|вимагала|вимагали|вимагає|вимагають|зажадав|зажадала|зажадали|наполягає|наполягають|наполіг|наполягла',
    ],
    target: [{ prep: 'від' }, { cases: ['gent'] }],
  },
  {
    id: 'reject.reject.1',
    type: 'REJECT',
    mode: null,
    cameo: '120',
    words: [
      'відхилил*|відхилив|відкинул*|відкинув|відмовил*|відмовився|відмовляється|відмовляються|відкидає|відкидають|ветував|ветувала',
    ],
    target: [OBJECT],
  },
  {
    id: 'threaten.threaten.1',
    type: 'THREATEN',
    mode: null,
    cameo: '130',
    words: ['пригрозив|пригрозила|пригрозили|погрожує|погрожують|погрожував'],
    target: [OBJECT],
  },
  {
    // "попередив Вашингтон, що ...", not "попередив про складну зиму".
    id: 'threaten.threaten.2',
    type: 'THREATEN',
    mode: null,
    cameo: '130',
    words: ['попередив|попередила|попередили|застеріг|застерегла|застерегли'],
    target: [OBJECT],
    needsTarget: true,
  },
];
