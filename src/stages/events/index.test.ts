import { beforeAll, describe, expect, it } from 'vitest';
import { describeEvents, type EventCase, eventCases } from '../../../test/helpers/event-cases.js';
import { createExtractor, type Extractor } from '../../extract/index.js';

let extractor: Extractor;
beforeAll(async () => {
  extractor = await createExtractor();
});

const CASES: EventCase[] = [
  {
    lang: 'ru',
    text: 'Президент Франции Эммануэль Макрон провел телефонный разговор с канцлером Германии Фридрихом Мерцем.',
    events: [{ type: 'CONSULT', source: 'FRA', target: 'DEU' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Президент России Владимир Путин принял в Кремле премьер-министра Малайзии Анвара Ибрагима.',
    events: [{ type: 'CONSULT', source: 'MYS', target: 'RUS' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Израильская армия нанесла удар по югу Ливана.',
    events: [{ type: 'ASSAULT', source: 'ISR', target: 'LBN' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Вооруженные силы Украины атаковали Россию.',
    events: [{ type: 'ASSAULT', source: 'UKR', target: 'RUS' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Посол Польши был вызван в МИД России, где ему вручили ноту протеста.',
    events: [{ type: 'ACCUSE', source: 'RUS', target: 'POL' }],
  },
  {
    lang: 'ru',
    text: 'Пекин выразил протест Токио в связи с высказываниями японского премьера.',
    events: [{ type: 'ACCUSE', source: 'CHN', target: 'JPN' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Президент Финляндии Александр Стубб выразил поддержку Украине.',
    events: [{ type: 'SUPPORT', source: 'FIN', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Евросоюз поддержал решение Варшавы. Президент Белоруссии Александр Лукашенко раскритиковал Польшу. Он также призвал польские власти вернуться к диалогу.',
    events: [
      { type: 'SUPPORT', source: 'European Union', target: 'POL' },
      { type: 'ACCUSE', source: 'BLR', target: 'POL' },
      { type: 'REQUEST', source: 'Lukashenko', target: 'POL' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Анкара предложила Москве и Киеву свое посредничество. В Кремле приветствовали это предложение.',
    events: [{ type: 'SUPPORT', source: 'RUS', target: 'TUR' }],
  },
  {
    lang: 'ru',
    text: 'Премьер-министр Нидерландов Роб Йеттен пообещал продолжить поддержку Украины и в среду провел телефонный разговор с Владимиром Зеленским. Зеленский поздравил его с вступлением в должность.',
    events: [
      { type: 'CONSULT', source: 'NLD', target: 'UKR', modality: 'asserted' },
      { type: 'SUPPORT', source: 'Zelensk', target: 'NLD' },
    ],
  },
  {
    lang: 'ru',
    text: 'Будапешт не поддержит открытие переговоров о вступлении Украины в ЕС.',
    events: [{ type: 'REJECT', source: 'HUN', target: null, modality: 'asserted' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Президент Турции Реджеп Тайип Эрдоган принял в Анкаре Владимира Зеленского. Лидеры провели переговоры. По их итогам стороны подписали соглашение о производстве беспилотников.',
    events: [
      { type: 'CONSULT', source: 'UKR', target: 'TUR' },
      { type: 'SUPPORT', source: 'TUR', target: 'UKR' },
      { type: 'SUPPORT', source: 'UKR', target: 'TUR' },
    ],
  },
  {
    lang: 'ru',
    text: 'Правительство Японии приняло решение выделить Украине 4,5 млрд долларов на восстановление энергетики.',
    events: [{ type: 'AID', source: 'JPN', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Зеленский прибыл с визитом в Турцию. В Анкаре он провел переговоры с президентом Турции Реджепом Тайипом Эрдоганом.',
    events: [{ type: 'CONSULT', source: 'UKR', target: 'TUR' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Российские войска нанесли удар по Одессе. Армия России также атаковала Одессу беспилотниками.',
    events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Белоруссия находится под санкциями из-за поддержки российского вторжения в Украину.',
    events: [],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Зеленский поблагодарил Японию за помощь с начала российского вторжения. Россия начала вторжение в Украину в феврале 2022 года.',
    events: [
      { type: 'SUPPORT', source: 'UKR', target: 'JPN' },
      { type: 'ASSAULT', source: 'RUS', target: 'UKR' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Трамп провел переговоры с Си Цзиньпином. Он также сообщил, что посетит Китай в апреле.',
    events: [
      { type: 'CONSULT', source: 'USA', target: 'CHN' },
      { type: 'CONSULT', source: 'USA', target: 'CHN', modality: 'planned' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'МИД Молдавии объявил персоной нон грата сотрудника посольства России. Посол России в Молдавии Олег Озеров был вызван в министерство, где ему заявили протест.',
    events: [
      { type: 'SANCTION', source: 'MDA', target: 'RUS' },
      { type: 'ACCUSE', source: 'MDA', target: 'RUS' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Германия пообещала передать Украине еще две системы Patriot до конца года.',
    events: [{ type: 'AGREE', source: 'DEU', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Трамп заявил, что в апреле посетит Китай. Си Цзиньпин пригласил американского лидера в Пекин.',
    events: [
      { type: 'CONSULT', source: 'USA', target: 'CHN', modality: 'planned' },
      { type: 'AGREE', source: 'CHN', target: 'USA' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Путин и Моди провели переговоры. Стороны договорились довести товарооборот до 100 млрд долларов к 2030 году и подписали программу экономического сотрудничества.',
    events: [
      { type: 'CONSULT', source: 'RUS', target: 'IND' },
      { type: 'SUPPORT', source: 'RUS', target: 'IND', modality: 'asserted' },
      { type: 'SUPPORT', source: 'IND', target: 'RUS', modality: 'asserted' },
    ],
  },
  {
    lang: 'ru',
    text: 'Украинские и немецкие оборонные компании договорились о совместном производстве беспилотников.',
    events: [{ type: 'AGREE', source: 'UKR', target: 'DEU' }],
  },
  {
    lang: 'ru',
    text: 'Иран отказался допустить инспекторов на объекты, пострадавшие в результате июньских ударов США и Израиля.',
    events: [
      { type: 'REJECT', source: 'IRN', target: null },
      { type: 'ASSAULT', source: 'USA', target: null },
      { type: 'ASSAULT', source: 'ISR', target: null },
    ],
  },
  {
    lang: 'ru',
    text: 'Путин провел телефонный разговор с Эрдоганом. Эрдоган подтвердил готовность Турции содействовать возобновлению прямых переговоров между Россией и Украиной. Лидеры также договорились о дальнейших контактах.',
    events: [
      { type: 'CONSULT', source: 'RUS', target: 'TUR' },
      { type: 'AGREE', source: 'TUR', target: 'RUS' },
      { type: 'CONSULT', source: 'RUS', target: 'UKR', modality: 'planned' },
      { type: 'AGREE', source: 'RUS', target: 'TUR' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Ранее в МИД РФ раскритиковали визит Барро в Киев.',
    events: [{ type: 'ACCUSE', source: 'RUS', target: 'FRA' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Сибига благодарен Франции за твердую поддержку. Евросоюз отложил на 90 дней введение ответных мер против США.',
    events: [
      { type: 'SUPPORT', source: 'UKR', target: 'FRA' },
      { type: 'CONCEDE', source: 'European Union', target: 'USA' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Российские войска нанесли ракетный удар по Харькову. Оккупанты также атаковали Запорожье беспилотниками.',
    events: [
      { type: 'ASSAULT', source: 'RUS', target: 'Kharkiv' },
      { type: 'ASSAULT', source: 'RUS', target: 'Zaporizhzhia' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Песков предупредил, что Россия ответит на появление Tomahawk. Евросоюз готовит 20-й пакет санкций против России.',
    events: [
      { type: 'THREATEN', source: 'Peskov', target: null },
      { type: 'SANCTION', source: 'European Union', target: 'RUS', modality: 'planned' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Документ предусматривает освобождение ХАМАС всех заложников в обмен на освобождение Израилем палестинских заключенных.',
    events: [
      { type: 'RETREAT', source: 'Hamas', target: 'ISR', modality: 'planned' },
      { type: 'RETREAT', source: 'ISR', target: 'PSE', modality: 'planned' },
    ],
  },
  {
    lang: 'ru',
    text: 'Зеленский провел телефонный разговор с премьер-министром Японии Санаэ Такаити. Стороны обсудили ситуацию на фронте и последствия российских ударов по энергетике. Зеленский пригласил Такаити посетить Украину, и японская сторона приняла приглашение.',
    events: [
      { type: 'CONSULT', source: 'UKR', target: 'JPN' },
      { type: 'AGREE', source: 'UKR', target: 'JPN' },
      { type: 'AGREE', source: 'JPN', target: 'UKR' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Великобритания внесла в санкционный список 30 российских компаний. Минфин США расширил санкции в отношении российских банков.',
    events: [
      { type: 'SANCTION', source: 'GBR', target: 'RUS' },
      { type: 'SANCTION', source: 'USA', target: 'RUS' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Армия обороны Израиля обстреляла позиции «Хезболлы» на юге Ливана. Молдавия объявила персоной нон грата российского дипломата. Норвегия передала Украине два самолета F-16.',
    events: [
      { type: 'ASSAULT', source: 'ISR', target: 'Hezbollah' },
      { type: 'SANCTION', source: 'MDA', target: 'RUS' },
      { type: 'AID', source: 'NOR', target: 'UKR' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Тысячи жителей Белграда вышли на акцию протеста. Полиция Германии задержала трех граждан России по подозрению в шпионаже.',
    events: [
      { type: 'PROTEST', source: 'SRB', target: null },
      { type: 'COERCE', source: 'DEU', target: 'RUS' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Делегация во главе с министром иностранных дел Украины Андреем Сибигой провела переговоры с Китаем.',
    events: [{ type: 'CONSULT', source: 'UKR', target: 'CHN' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Япония ввела санкции против России. Эстония выслала российского дипломата. Захарова назвала новые санкции «незаконными».',
    events: [
      { type: 'SANCTION', source: 'JPN', target: 'RUS' },
      { type: 'SANCTION', source: 'EST', target: 'RUS' },
      { type: 'ACCUSE', source: 'Zakharova', target: 'JPN' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Израиль и США отвергают подобный шаг. Завод закрыт несмотря на растущие прибыли компании. В соседней Эфиопии журналисты были осуждены за измену.',
    events: [
      { type: 'REJECT', source: 'ISR', target: null },
      { type: 'REJECT', source: 'USA', target: null },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Госсекретарь США опровергает эти слухи и требует от ООН резолюции против Ирана. Врачи предупреждают, что опасность еще не миновала.',
    events: [{ type: 'REQUEST', source: 'USA', target: 'United Nations', modality: 'asserted' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Лавров опроверг сообщения о том, что он встречался с Рубио и обсуждал Украину.',
    events: [{ type: 'CONSULT', source: 'RUS', target: 'USA', modality: 'denied' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Белоруссия освободила 52 заключенных, в том числе граждан Литвы. Президент Литвы Гитанас Науседа приветствовал освобождение политзаключенных.',
    events: [
      { type: 'RETREAT', source: 'BLR', target: null },
      { type: 'SUPPORT', source: 'LTU', target: 'BLR' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'ЕС ввел новые санкции против России. Совет ЕС в пятницу утвердил двадцатый пакет санкций против России.',
    events: [{ type: 'SANCTION', source: 'European Union', target: 'RUS' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'КНДР запустила баллистическую ракету в сторону Японского моря. Россия запустила ракеты по Киеву.',
    events: [
      { type: 'MOBILIZE', source: 'PRK', target: null },
      { type: 'ASSAULT', source: 'RUS', target: 'UKR' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Лондон ввел санкции против 20 российских компаний.',
    events: [{ type: 'SANCTION', source: 'GBR', target: 'RUS' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Глава МИД Китая провел консультации с делегацией Индии.',
    events: [{ type: 'CONSULT', source: 'CHN', target: 'IND' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Министр иностранных дел Украины Андрей Сибига прибыл с визитом в Берлин.',
    events: [{ type: 'CONSULT', source: 'UKR', target: 'DEU' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Великобритания и Канада ввели санкции против российских банков.',
    events: [
      { type: 'SANCTION', source: 'GBR', target: 'RUS' },
      { type: 'SANCTION', source: 'CAN', target: 'RUS' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Напомним, в среду Япония объявила о новых санкциях. Также санкции против России расширила Австралия.',
    events: [{ type: 'SANCTION', source: 'AUS', target: 'RUS' }],
  },
  {
    lang: 'ru',
    text: 'Япония выразила благодарность Украине за поддержку.',
    events: [{ type: 'SUPPORT', source: 'JPN', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Президент Польши Кароль Навроцкий пригласил Владимира Зеленского посетить Варшаву.',
    events: [{ type: 'AGREE', source: 'POL', target: 'Zelensk' }],
  },
  {
    lang: 'ru',
    text: 'Верховная Рада назначила Юлию Свириденко премьер-министром Украины.',
    events: [{ type: 'APPOINT', source: 'Svyrydenko', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Китай не будет вводить санкции против России, заявили в Пекине.',
    events: [{ type: 'SANCTION', source: 'CHN', target: 'RUS', modality: 'denied' }],
  },
  {
    lang: 'ru',
    text: 'Премьер-министр Японии Санаэ Такаичи посетит Вашингтон в следующем месяце.',
    events: [{ type: 'CONSULT', source: 'JPN', target: 'USA', modality: 'planned' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Президент Украины Владимир Зеленский встретился с генсеком НАТО Марком Рютте. Глава государства поблагодарил Нидерланды за поддержку.',
    events: [
      { type: 'CONSULT', source: 'Zelensk', target: 'Rutte' },
      { type: 'SUPPORT', source: 'Zelensk', target: 'NLD' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Пресс-секретарь Кремля Дмитрий Песков заявил, что ситуация остается напряженной.',
    events: [{ type: 'STATEMENT', source: 'Peskov', target: null }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Ночью российская армия нанесла массированный ракетный удар по Харькову.',
    events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Санкции против Ирана были введены Евросоюзом в понедельник.',
    events: [{ type: 'SANCTION', source: 'European Union', target: 'IRN' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Кремль обвинил Киев в срыве переговоров.',
    events: [{ type: 'ACCUSE', source: 'RUS', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Украина и Россия провели обмен пленными.',
    events: [
      { type: 'RETREAT', source: 'UKR', target: 'RUS' },
      { type: 'RETREAT', source: 'RUS', target: 'UKR' },
    ],
    exact: true,
  },
  {
    lang: 'ru',
    // The visit and the talks with the host, the head of state, are one event.
    text: 'Премьер-министр Великобритании Кир Стармер посетил Киев, где встретился с Зеленским.',
    events: [{ type: 'CONSULT', source: 'Starmer', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Президент Франции Эммануэль Макрон назвал удар по Киеву преступлением.',
    events: [{ type: 'ACCUSE', source: 'Macron', target: null }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Министр иностранных дел России Мария Захарова выступила в Москве. Она пригрозила Молдове ответными мерами.',
    events: [{ type: 'THREATEN', source: 'Zakharova', target: 'MDA' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Санкции стали ответом на удар ракетой «Искандер» по правительственному зданию и на инцидент с дронами в Литве.',
    events: [{ type: 'ASSAULT', source: 'RUS', target: null }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Парламент Японии утвердил Санаэ Такаичи на посту премьер-министра. Она заняла должность главы правительства в среду.',
    events: [{ type: 'APPOINT', source: 'Takaichi', target: 'JPN' }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Академик Роальд Сагдеев сказал, что результаты исследования будут опубликованы. Компания «Северный ветер» подписала соглашение с банком.',
    events: [],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Официальный представитель МИД России Мария Захарова выступила на брифинге. Министр обороны Германии Борис Писториус прибыл в Киев. Она пригрозила Германии ответными мерами.',
    events: [
      { type: 'CONSULT', source: 'Pistorius', target: 'UKR' },
      { type: 'THREATEN', source: 'Zakharova', target: 'DEU' },
    ],
    exact: true,
  },
  {
    lang: 'uk',
    text: 'Німеччина передала Україні нову систему ППО.',
    events: [{ type: 'AID', source: 'DEU', target: 'UKR' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'The EU imposed sanctions on Russian banks.',
    events: [{ type: 'SANCTION', source: 'European Union', target: 'RUS' }],
    exact: true,
  },
  {
    // A summary of past acts since the invasion is background, not a second attack.
    lang: 'ru',
    text: 'Россия нанесла массированный удар по Украине. С начала вторжения в 2022 году Россия выпустила по Украине десятки тысяч ракет.',
    events: [{ type: 'ASSAULT', source: 'RUS', target: 'UKR' }],
    exact: true,
  },
  {
    // The acting side explaining its own reported strike makes no statement of its own.
    lang: 'ru',
    text: 'Израильская армия нанесла удар по югу Ливана. В Армии обороны Израиля заявили, что удар был нанесен по позициям «Хезболлы».',
    events: [{ type: 'ASSAULT', source: 'ISR', target: 'LBN' }],
    exact: true,
  },
  {
    // The side the sanctions hit reacts to them: that statement counts.
    lang: 'ru',
    text: 'Евросоюз ввел новые санкции против России. Министр иностранных дел России Сергей Лавров заявил, что санкции не изменят политику Москвы.',
    events: [
      { type: 'SANCTION', source: 'European Union', target: 'RUS' },
      { type: 'STATEMENT', source: 'Lavrov', target: null },
    ],
    exact: true,
  },
  {
    // A common-noun subject whose state the adjective tells; the name after it is no subject.
    lang: 'ru',
    text: 'Французские военные моряки в среду высадились на танкер Boracay и задержали судно у побережья Бретани.',
    events: [{ type: 'COERCE', source: 'FRA', target: null }],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Польские пограничники в субботу задержали в районе Бреста двух граждан Белоруссии.',
    events: [{ type: 'COERCE', source: 'POL', target: 'BLR' }],
    exact: true,
  },
  {
    // A package approved in the passive: its owner is the genitive after the noun.
    lang: 'ru',
    text: 'Днем ранее в Брюсселе был утвержден новый пакет санкций Евросоюза против России.',
    events: [{ type: 'SANCTION', source: 'European Union', target: 'RUS' }],
    exact: true,
  },
  {
    // The speaker's title names the alliance whose exercises it explains.
    lang: 'ru',
    text: 'НАТО начало учения в Балтийском море. Генеральный секретарь НАТО Марк Рютте подчеркнул, что учения носят оборонительный характер.',
    events: [{ type: 'COOPERATE', source: 'NATO', target: null }],
    exact: true,
  },
  {
    // An agentless passive in a new paragraph: whoever did this kind of act before; the state of
    // those detained is named after the subject noun.
    lang: 'ru',
    text: 'Французские военные моряки задержали танкер у побережья Бретани.\n\nКапитан и старший помощник, граждане Китая, были задержаны и доставлены в порт для допроса.',
    events: [
      { type: 'COERCE', source: 'FRA', target: null },
      { type: 'COERCE', source: 'FRA', target: 'CHN' },
    ],
    exact: true,
  },
  {
    // Readiness is a planned offer; the talks it is for are its purpose, not talks held.
    lang: 'ru',
    text: 'Президент Турции Реджеп Тайип Эрдоган заявил, что Анкара готова предоставить площадку для прямых переговоров Украины и России.',
    events: [
      { type: 'AGREE', source: 'TUR', target: 'UKR', modality: 'planned' },
      { type: 'AGREE', source: 'TUR', target: 'RUS', modality: 'planned' },
    ],
    exact: true,
  },
  {
    // An unnamed common-noun subject acts: the name after the verb is its object, no source.
    lang: 'ru',
    text: 'Оппозиция обвиняет премьер-министра Грузии Ираклия Кобахидзе в фальсификации выборов.',
    events: [],
    exact: true,
  },
  {
    lang: 'ru',
    text: 'Министр финансов Германии Ларс Клингбайль сообщил, что правительство одобрило проект бюджета.',
    events: [],
    exact: true,
  },
  {
    // "власти" refer back to the state the paragraph is about.
    lang: 'ru',
    text: 'Польша закрыла границу с Белоруссией. Власти обвинили Минск в организации миграционного кризиса.',
    events: [
      { type: 'COERCE', source: 'POL', target: 'BLR' },
      { type: 'ACCUSE', source: 'POL', target: 'BLR' },
    ],
    exact: true,
  },
  {
    // A name inside a prepositional phrase ("из стран ЕС") is no subject: the protesters are
    // told by the place, and the union they come from may be what they protest against.
    lang: 'ru',
    text: 'В Брюсселе около 5 тысяч фермеров из разных стран ЕС провели демонстрацию против торгового соглашения Евросоюза с Индонезией.',
    events: [{ type: 'PROTEST', source: 'BEL', target: 'European Union' }],
    exact: true,
  },
  {
    // A weekday before an indeclinable name governs nothing: the name is the subject.
    lang: 'ru',
    text: 'В пятницу Берлускони призвал Евросоюз пересмотреть решение.',
    events: [{ type: 'REQUEST', source: 'Berlusk', target: 'European Union' }],
    exact: true,
  },
  {
    // A passive appointment: the nominative is appointed, the instrumental body appoints.
    lang: 'ru',
    text: 'Министром иностранных дел назначен Тосимицу Мотеги. Мирча Лучан избран парламентом Молдавии спикером.',
    events: [
      { type: 'APPOINT', source: 'Motegi', target: null },
      { type: 'APPOINT', source: 'Luchan', target: 'MDA' },
    ],
    exact: true,
  },
  {
    // A noun act whose own clause denies its verb is denied; a call named by its callers.
    lang: 'ru',
    text: 'Песков сообщил, что подготовка встречи Путина и Трампа в Будапеште пока не ведется. Однако после телефонного разговора Рубио и Лаврова в октябре подготовка саммита была заморожена.',
    events: [
      { type: 'CONSULT', source: 'Putin', target: 'Trump', modality: 'denied' },
      { type: 'CONSULT', source: 'Rubio', target: 'Lavrov', modality: 'asserted' },
    ],
    exact: true,
  },
  {
    lang: 'uk',
    text: "Президент України Володимир Зеленський провів телефонну розмову з прем'єр-міністром Великої Британії Кіром Стармером.",
    events: [{ type: 'CONSULT', source: 'Zelensk', target: 'GBR' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'Japan imposed new sanctions on Russia on Friday.',
    events: [{ type: 'SANCTION', source: 'JPN', target: 'RUS' }],
    exact: true,
  },
  {
    lang: 'en',
    text: 'British Prime Minister Keir Starmer held a phone call with Ukrainian President Volodymyr Zelensky.',
    events: [{ type: 'CONSULT', source: 'GBR', target: 'Zelensk' }],
    exact: true,
  },
];

eventCases('events', CASES);

describe('merging', () => {
  it('merges repeated mentions of one call into one record with its rule and spans', async () => {
    const text =
      'Президент Литвы Гитанас Науседа провел телефонный разговор с президентом Украины Владимиром Зеленским. ' +
      'В ходе телефонного разговора Науседа пообещал новую помощь.';
    const record = await extractor.extract(text, { lang: 'ru', published: '2025-11-05' });
    const calls = record.events.filter((e) => e.type === 'CONSULT');
    expect(calls, describeEvents(record)).toHaveLength(1);
    const [call] = calls;
    expect(call?.rule).toBe('ru.consult.phone.1');
    expect(call?.cameo).toBe('041');
    expect(call?.goldstein).toBe(1);
    expect(call?.date).toBe('2025-11-05');
    expect(call?.mentions?.length).toBe(1);
    expect(text.slice(call?.trigger.start, call?.trigger.end)).toBe(call?.trigger.text);
  });
});
