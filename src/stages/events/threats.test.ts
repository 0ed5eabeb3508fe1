/** Threats told by what the other side will suffer ("would pay a heavy price"). */
import { eventCases } from '../../../test/helpers/event-cases.js';

eventCases('a price to pay', [
  {
    lang: 'en',
    text: 'Zelenskiy warned that Russia would pay a heavy price for the attack on Kyiv.',
    events: [{ type: 'THREATEN', source: 'Zelenskiy', target: 'RUS' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'British Prime Minister Keir Starmer said Moscow would pay a heavy price if it escalated the war.',
    events: [{ type: 'THREATEN', source: 'GBR', target: 'RUS' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Israel will make Hezbollah pay a heavy price for the rocket fire, the army said.',
    events: [{ type: 'THREATEN', source: 'ISR', target: 'Hezbollah' }],
  },
  {
    // What one's own side has paid, or pays for goods, threatens no one.
    lang: 'en',
    text: 'Ukrainian soldiers paid a heavy price for holding the town.',
    events: [],
    exact: true,
  },
  {
    lang: 'en',
    text: 'German households will pay a higher price for gas this winter.',
    events: [],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Президент Украины Владимир Зеленский заявил, что Россия дорого заплатит за удар по Киеву.',
    events: [{ type: 'THREATEN', source: 'UKR', target: 'RUS' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Премьер-министр заявил, что Украина заплатит высокую цену за российский газ.',
    events: [],
    exact: true,
  },
  {
    lang: 'uk',
    text: 'Президент Володимир Зеленський заявив, що Росія дорого заплатить за удар по Києву.',
    events: [{ type: 'THREATEN', source: 'UKR', target: 'RUS' }],
    exact: true,
  },
]);

eventCases('the condition of a threat', [
  {
    lang: 'ru',
    text: 'Президент Белоруссии Александр Лукашенко пригрозил «адекватными мерами», если Варшава разместит у границы американские ракеты.',
    // The one the condition names is the one threatened.
    events: [{ type: 'THREATEN', source: 'BLR', target: 'POL' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Russian President Vladimir Putin threatened to respond if Germany delivered Taurus missiles to Ukraine.',
    events: [{ type: 'THREATEN', source: 'RUS', target: 'DEU' }],
    exact: true,
  },
]);
