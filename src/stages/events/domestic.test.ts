/**
 * Acts at home and phrasings that look like other acts: police detaining their own country's
 * protesters, gatherings that are no protest, proposals that are requests.
 */
import { eventCases } from '../../../test/helpers/event-cases.js';

eventCases('police and protesters', [
  {
    lang: 'ru',
    text: 'Ближе к полуночи полиция задержала не менее 40 участников акции, сообщили в МВД Грузии.',
    events: [{ type: 'COERCE', source: 'GEO', target: 'GEO' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'В Белграде полиция задержала 15 демонстрантов у здания правительства.',
    events: [{ type: 'COERCE', source: 'SRB', target: 'SRB' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Грузинская полиция задержала десятки протестующих у посольства России.',
    events: [{ type: 'COERCE', source: 'GEO', target: 'GEO' }],
    exact: true,
  },
  {
    // The police of no stated place: nobody known acts.
    lang: 'ru',
    text: 'Полиция задержала двух подозреваемых в поджоге.',
    events: [],
    exact: true,
  },
  {
    lang: 'uk',
    text: 'У Тбілісі поліція затримала понад 40 учасників акції протесту.',
    events: [{ type: 'COERCE', source: 'GEO', target: 'GEO' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Police in Belgrade arrested 15 demonstrators outside the government building on Sunday.',
    events: [{ type: 'COERCE', source: 'SRB', target: 'SRB' }],
    exact: true,
  },
  {
    // A named person detained stays the target.
    lang: 'en',
    text: 'Georgian police detained opposition leader Nika Melia during the protests in Tbilisi.',
    events: [{ type: 'COERCE', source: 'GEO', target: 'Melia' }],
  },
]);

eventCases('gatherings that are no protest and idioms that name no state', [
  {
    lang: 'ru',
    text: 'В воскресенье сотни жителей Киева вышли на траурный митинг памяти жертв обстрела.',
    events: [],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Тысячи жителей Белграда вышли на акцию протеста у памятника князю Михаилу.',
    events: [{ type: 'PROTEST', source: 'SRB', target: null }],
    exact: true,
  },
  {
    lang: 'uk',
    text: "Сотні мешканців Києва вийшли на акцію вшанування пам'яті загиблих.",
    events: [],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Thousands of Ukrainians rallied in Kyiv to mourn the victims of the missile strike.',
    events: [],
    exact: true,
  },
  {
    // A work-to-rule: the adjective names the kind of strike, not Italy.
    lang: 'ru',
    text: 'Таможенники на границе с Польшей объявили итальянскую забастовку.',
    events: [],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Авиадиспетчеры Франции объявили итальянскую забастовку.',
    events: [{ type: 'PROTEST', source: 'FRA', target: null }],
    exact: true,
  },
  {
    lang: 'uk',
    text: 'Українські митники оголосили італійський страйк.',
    events: [{ type: 'PROTEST', source: 'UKR', target: null }],
    exact: true,
  },
  {
    // "біля" governs the name: the parliament is where, not who.
    lang: 'uk',
    text: 'Опозиція оголосила акцію протесту біля Верховної Ради.',
    events: [],
    exact: true,
  },
]);

eventCases('proposals', [
  {
    lang: 'ru',
    text: 'Американский президент Дональд Трамп предложил Путину «закончить войну», а не испытывать ракеты.',
    events: [{ type: 'REQUEST', source: 'USA', target: 'RUS' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Президент Франции Эммануэль Макрон предложил Украине помощь в разминировании.',
    events: [{ type: 'AGREE', source: 'FRA', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Премьер-министр Венгрии Виктор Орбан предложил провести саммит в Будапеште.',
    events: [],
    exact: true,
  },
]);

eventCases("a state's own people addressed", [
  {
    lang: 'ru',
    text: 'Президент Украины Владимир Зеленский обратился к жителям прифронтовых общин Донецкой области с призывом своевременно эвакуироваться.',
    events: [{ type: 'REQUEST', source: 'UKR', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Министр сельского хозяйства Польши Стефан Краевский пообещал встретиться с протестующими фермерами во вторник.',
    events: [{ type: 'AGREE', source: 'POL', target: 'POL' }],
  },
  {
    // The place named after them tells whose people they are.
    lang: 'ru',
    text: 'Президент Украины Владимир Зеленский призвал граждан России выйти на протесты против войны.',
    events: [{ type: 'REQUEST', source: 'UKR', target: 'RUS' }],
  },
  {
    lang: 'uk',
    text: 'Міністр сільського господарства Польщі Стефан Краєвський зустрівся з представниками фермерів у Любліні.',
    events: [{ type: 'CONSULT', source: 'POL', target: 'POL' }],
    exact: true,
  },
  {
    lang: 'uk',
    text: 'Президентка Молдови Мая Санду закликала громадян прийти на виборчі дільниці.',
    events: [{ type: 'REQUEST', source: 'MDA', target: 'MDA' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Polish Prime Minister Donald Tusk met protesting farmers in Warsaw on Tuesday.',
    events: [{ type: 'CONSULT', source: 'POL', target: 'POL' }],
    exact: true,
  },
  {
    // Aid to residents is given to the state where they live, not to the giver's own.
    lang: 'ru',
    text: 'Германия передала гуманитарную помощь жителям Харькова.',
    events: [{ type: 'AID', source: 'DEU', target: 'UKR' }],
    exact: true,
  },
]);

eventCases('the government at home', [
  {
    lang: 'uk',
    text: 'Фракція «Європейська солідарність» у Верховній Раді України вимагає відставки всього уряду.',
    events: [{ type: 'REQUEST', source: 'UKR', target: 'Government of Ukraine' }],
  },
  {
    lang: 'ru',
    text: 'Лидер оппозиции Грузии Ника Мелия потребовал отставки правительства.',
    events: [{ type: 'REQUEST', source: 'GEO', target: 'Government of Georgia' }],
    exact: true,
  },
  {
    lang: 'en',
    text: "Thousands of people rallied in Prague's Old Town Square on Sunday against the incoming government.",
    events: [{ type: 'PROTEST', source: 'CZE', target: 'CZE' }],
    exact: true,
  },
  {
    // A government named by its state stays that state's.
    lang: 'ru',
    text: 'Президент Украины Владимир Зеленский потребовал от правительства Венгрии прекратить блокировать переговоры.',
    events: [{ type: 'REQUEST', source: 'UKR', target: 'HUN' }],
  },
  {
    // Talks with a government are not aimed at one's own.
    lang: 'en',
    text: 'German Chancellor Friedrich Merz met the government in Berlin.',
    events: [],
    exact: true,
  },
]);

eventCases('protesters as the subject', [
  {
    // Not the police the sentence before was about.
    lang: 'ru',
    text: 'Полиция Грузии задержала не менее 50 участников акции. Протестующие требуют отставки правительства.',
    events: [{ type: 'COERCE', source: 'GEO', target: 'GEO' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Тысячи жителей Тбилиси вышли на акцию протеста. Протестующие требуют отставки правительства.',
    events: [
      { type: 'PROTEST', source: 'GEO', target: null },
      { type: 'REQUEST', source: 'GEO', target: 'Government of Georgia' },
    ],
  },
  {
    // A genitive is no subject: the second verb is the named speaker's.
    lang: 'ru',
    text: 'Верховный представитель ЕС Кая Каллас осудила задержания мирных демонстрантов и призвала Тбилиси освободить всех задержанных.',
    events: [{ type: 'REQUEST', source: 'Kallas', target: 'GEO' }],
  },
  {
    lang: 'en',
    text: 'Police in Tbilisi detained dozens of people overnight. Protesters demanded the resignation of the government.',
    events: [{ type: 'COERCE', source: 'GEO', target: null }],
    exact: true,
  },
]);

eventCases('protests named by a noun', [
  {
    lang: 'en',
    text: 'Serbian President Aleksandar Vucic said the protests were organised from abroad.',
    events: [{ type: 'STATEMENT', source: 'Vucic', target: null }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Tens of thousands of Serbians staged protests in Belgrade against the government on Sunday.',
    events: [{ type: 'PROTEST', source: 'SRB', target: 'SRB' }],
  },
  {
    // An official's nationality is not the state of the office: no target to lend.
    lang: 'en',
    text: 'EU foreign policy chief Kaja Kallas urged the authorities to respect the right to peaceful assembly.',
    events: [{ type: 'REQUEST', source: 'Kallas', target: null }],
    exact: true,
  },
]);
