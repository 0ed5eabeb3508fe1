/** Officials named by a title that tells their state without naming it. */
import { eventCases } from '../../../test/helpers/event-cases.js';

eventCases('titles of one state', [
  {
    lang: 'en',
    text: 'Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Kuala Lumpur.',
    events: [{ type: 'CONSULT', source: 'USA', target: 'CHN' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'White House press secretary Karoline Leavitt criticised the European Union over its digital rules.',
    events: [{ type: 'ACCUSE', source: 'USA', target: 'European Union' }],
    exact: true,
  },
  {
    // A name the knowledge base does not know: the title alone tells the state.
    lang: 'en',
    text: 'Secretary of State Jonathan Fielding held talks with Saudi Foreign Minister Prince Faisal bin Farhan.',
    events: [{ type: 'CONSULT', source: 'USA', target: 'SAU' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Taoiseach Brendan Walsh met Ukrainian President Volodymyr Zelenskiy in Dublin.',
    events: [{ type: 'CONSULT', source: 'IRL', target: 'UKR' }],
    exact: true,
  },
  {
    // A country stated beside the title wins over the title's usual state.
    lang: 'en',
    text: 'Vatican Secretary of State Pietro Parolin met Ukrainian Foreign Minister Andrii Sybiha.',
    events: [{ type: 'CONSULT', source: 'VAT', target: 'UKR' }],
    exact: true,
  },
]);

eventCases('counterparts', [
  {
    lang: 'en',
    text: 'Sikorski held talks with his Ukrainian counterpart Andrii Sybiha in Warsaw.',
    events: [{ type: 'CONSULT', source: 'POL', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Ukrainian Foreign Minister Andrii Sybiha later spoke by phone with his Polish counterpart.',
    events: [{ type: 'CONSULT', source: 'UKR', target: 'POL' }],
    exact: true,
  },
]);

eventCases('bodies named without their state', [
  {
    lang: 'ru',
    text: 'Шевченковский районный суд Киева заочно приговорил двух российских офицеров к пожизненному заключению. Кроме того, прокуратура объявила о подозрении еще четырем российским военнослужащим.',
    events: [
      { type: 'SANCTION', source: 'UKR', target: 'RUS' },
      { type: 'ACCUSE', source: 'UKR', target: 'RUS' },
    ],
  },
  {
    // No body of that kind named before: nobody known acts.
    lang: 'ru',
    text: 'Прокуратура объявила о подозрении четырем российским военнослужащим.',
    events: [],
    exact: true,
  },
]);

eventCases('leaders beside their state', [
  {
    // One thanks to the state and its leader.
    lang: 'uk',
    text: 'Зеленський подякував ОАЕ та особисто президентові Мухаммеду бін Заїду за допомогу в поверненні українців.',
    events: [{ type: 'SUPPORT', source: 'UKR', target: 'ARE' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Zelenskiy thanked Qatar and personally Emir Tamim bin Hamad Al Thani for mediation in the return of children.',
    events: [{ type: 'SUPPORT', source: 'Zelenskiy', target: 'QAT' }],
    exact: true,
  },
]);

eventCases('a president is no party leader', [
  {
    lang: 'ru',
    text: 'Президент Франции Эмманюэль Макрон выступил в парламенте. Лидер оппозиции Жордан Барделла раскритиковал решение президента.',
    events: [{ type: 'ACCUSE', source: 'Bardella', target: 'Macron' }],
    exact: true,
  },
]);
