/** Acts told by a promise, a withdrawal verb or an agentless passive. */
import { eventCases } from '../../../test/helpers/event-cases.js';

eventCases('promised meetings, withdrawals, deployments', [
  {
    // A promise to meet is an agreement, and the meeting is planned.
    lang: 'ru',
    text: 'Министр иностранных дел Польши Радослав Сикорский пообещал встретиться с главой МИД Украины Андреем Сибигой в понедельник.',
    events: [
      { type: 'AGREE', source: 'POL', target: 'UKR' },
      { type: 'CONSULT', source: 'POL', target: 'UKR', modality: 'planned' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Армия обороны Израиля сообщила, что ее подразделения отошли на согласованные позиции.',
    events: [{ type: 'RETREAT', source: 'ISR', target: null }],
  },
  {
    lang: 'ru',
    text: '«Мы не позволим испытывать нашу границу на прочность», – заявил министр обороны Польши Владислав Косиняк-Камыш. Кроме того, в восточные воеводства направлены две батареи зенитных ракетных комплексов.',
    events: [{ type: 'MOBILIZE', source: 'POL', target: null }],
  },
  {
    // An agreement to meet is an agreement now and a meeting to come.
    lang: 'en',
    text: 'Trump and Russian President Vladimir Putin spoke by phone for two hours and agreed to meet in Budapest within the next two weeks.',
    events: [
      { type: 'CONSULT', source: 'USA', target: 'RUS', modality: 'asserted' },
      { type: 'AGREE', source: 'USA', target: 'RUS' },
      { type: 'CONSULT', source: 'USA', target: 'RUS', modality: 'planned' },
    ],
    exact: true,
  },
  {
    // "сторони": the parties of the talks told earlier in the same sentence.
    lang: 'uk',
    text: 'Міністр закордонних справ Польщі Радослав Сікорський зустрівся з главою МЗС України Андрієм Сибігою, однак сторони не змогли домовитися.',
    events: [
      { type: 'CONSULT', source: 'POL', target: 'UKR' },
      { type: 'AGREE', source: 'POL', target: 'UKR', modality: 'denied' },
    ],
    exact: true,
  },
]);

eventCases('English groups of people as the subject', [
  {
    lang: 'en',
    text: 'German Chancellor Friedrich Merz visited Kyiv on Monday. Opposition lawmakers criticised the trip as a publicity stunt.',
    events: [{ type: 'CONSULT', source: 'DEU', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Hungarian Prime Minister Viktor Orban met Putin in Moscow. Critics accused him of undermining EU unity.',
    events: [{ type: 'CONSULT', source: 'HUN', target: 'RUS' }],
    exact: true,
  },
  {
    // The parties of the talks just told are no unnamed group.
    lang: 'en',
    text: 'Ukrainian President Volodymyr Zelenskiy met French President Emmanuel Macron in Paris. The two leaders signed a declaration on air defence.',
    events: [
      { type: 'CONSULT', source: 'UKR', target: 'FRA' },
      { type: 'SUPPORT', source: 'UKR', target: 'FRA' },
      { type: 'SUPPORT', source: 'FRA', target: 'UKR' },
    ],
    exact: true,
  },
]);
