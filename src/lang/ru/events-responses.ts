import type { TriggerRule } from '../shared/events.js';
import { AGAINST, OBJECT, RECIPIENT } from './events-slots.js';

/** Reactions: welcome, concessions, apologies, threats of response, offers, promises, restrictions, accusations by naming, statements. */
export const RESPONSES: readonly TriggerRule[] = [
  {
    // Approving or ratifying a deal is agreeing to it: "Соглашение было одобрено правительством Израиля".
    id: 'agree.approve.1',
    type: 'AGREE',
    mode: null,
    cameo: '030',
    words: [
      'одобрил*|одобрила|одобрили|одобрено|одобрен|одобрена|ратифицировал*|ратифицирован*|ратификаци*|утвердил*|утвердила|утверждено',
      'соглашени*|договор*|сделк*|меморандум*|перемири*',
    ],
    window: 4,
    target: [{ prep: 'с|со', cases: ['ablt'] }],
  },
  {
    id: 'support.welcome.1',
    type: 'SUPPORT',
    mode: null,
    cameo: '051',
    words: ['приветствовал*|приветствует|приветствуют|одобрил*|=одобрить'],
    target: [OBJECT],
  },
  {
    id: 'concede.ease.1',
    type: 'CONCEDE',
    mode: null,
    cameo: '085',
    words: [
      'смягчил*|смягчить|ослабил*|ослабить|снял*|снять|отменил*|отменить|снизил*|снизить|снизит|смягчени*|отмен*|снижени*|приостанов*|отложил*|отсрочил*',
      'санкци*|ограничени*|пошлин*|тариф*|эмбарго|мер|меры|мерам|мерах|вето',
    ],
    window: 6,
    target: [...AGAINST, { prep: 'с', cases: ['gent'] }, { prep: 'на', cases: ['accs'], adjective: true }],
  },
  {
    id: 'concede.apologise.1',
    type: 'CONCEDE',
    mode: null,
    cameo: '055',
    words: ['извинени*|извинил*|извинился|извинилась', 'принес*|принесл*|извинил*|извинился|извинилась'],
    window: 2,
    target: [RECIPIENT, { prep: 'перед', cases: ['ablt'] }, { adjective: true, cases: ['datv'] }],
  },
  {
    id: 'threaten.respond.2',
    type: 'THREATEN',
    mode: null,
    cameo: '130',
    words: [
      'ответит|ответят|ответим|ответ|ответные|ответными|ответных|зеркальн*',
      'даст|дадут|последует|последуют|будет|будут|ответит|ответят|примет|примут|меры|мерами',
    ],
    window: 3,
    target: [{ prep: 'на', cases: ['accs'] }, RECIPIENT],
  },
  {
    id: 'threaten.respond.1',
    type: 'THREATEN',
    mode: null,
    cameo: '130',
    words: ['пообещал*|обещает|пригрозил*|предупредил*', 'ответ*|ответн*|зеркальн*|мер*|последстви*'],
    window: 4,
    target: [RECIPIENT],
  },
  {
    // "Россия дорого заплатит за удар": the price is what the speaker will exact.
    id: 'threaten.price.1',
    type: 'THREATEN',
    mode: null,
    cameo: '130',
    words: [
      'заплатит|заплатят|заплатить|поплатится|поплатятся|поплатиться',
      'высок*|дорог*|страшн*|тяжел*|сполна|жестоко',
    ],
    window: 3,
    suffered: true,
  },
  {
    // "Песков предупредил, что Россия ответит ...": a warning about what one will do is a threat.
    id: 'threaten.warn.1',
    type: 'THREATEN',
    mode: null,
    cameo: '130',
    words: ['предупредил|предупредила|предупредили|предупреждает|предупреждают'],
    target: [OBJECT],
    reporting: true,
  },
  {
    id: 'agree.offer.1',
    type: 'AGREE',
    mode: null,
    cameo: '030',
    words: ['предложил*|предложила|предложили', 'совместн*|площадк*|посредничеств*|содейств*|помощь|услуг*'],
    window: 5,
    target: [RECIPIENT, { adjective: true }],
  },
  {
    // "Турция готова предоставить площадку": readiness offers what has not happened yet.
    id: 'agree.offer.2',
    type: 'AGREE',
    mode: null,
    cameo: '030',
    words: ['готов|готова|готовы|готовност*', 'совместн*|площадк*|посредничеств*|содейств*|помощь|услуг*'],
    window: 5,
    target: [RECIPIENT, { adjective: true }],
    planned: true,
  },
  {
    // After the offers: "предложил Путину «закончить войну»", proposing that another party act
    // asks it to; a proposal to no one named ("предложил план") is no request.
    id: 'request.propose.1',
    type: 'REQUEST',
    mode: null,
    cameo: '020',
    words: ['предложил|предложила|предложили|предлагает|предлагают'],
    target: [RECIPIENT],
    needsTarget: true,
  },
  {
    id: 'agree.promise.1',
    type: 'AGREE',
    mode: null,
    cameo: '030',
    words: ['пообещал*|обещает|обещают|пообещали'],
    // "пообещал встретиться с главой МИД Украины": the one met is the other party.
    target: [RECIPIENT, { adjective: true }, { prep: 'с|со', cases: ['ablt'] }],
  },
  {
    id: 'coerce.restrict.1',
    type: 'COERCE',
    mode: 'restrict',
    cameo: '172',
    words: ['закрыл*|закрыва*|закроет|закрыть|закрытие|перекрыл*', 'границ*|пункт*|пропуск*|воздушн*|порт*'],
    window: 3,
    target: [{ prep: 'с', cases: ['ablt'] }, { adjective: true }],
  },
  {
    id: 'accuse.call.1',
    type: 'ACCUSE',
    mode: 'disapprove',
    cameo: '111',
    words: [
      'назвал*|назвала|назвали|называет|называют|квалифицировал*',
      'провокаци*|бандитизм*|преступлени*|террор*|агресси*|недопустим*|неприемлем*|лож*|абсурд*|враждебн*|шантаж*|оскорблени*|позор*|цинизм*|вмешательств*|пиратств*|неуместн*|безответствен*|незаконн*|нарушени*|шутк*|мотивированн*|угроз*|эскалаци*|грабеж*|воровств*|кража*|ничтожн*|нелегитимн*|неправомерн*|необоснованн*|голословн*|клевет*|фейк*|русофоб*|лицемер*|варвар*|циничн*|дезинформаци*|фарс*|политизированн*',
    ],
    window: 8,
    target: [OBJECT, { cases: ['gent'] }, { adjective: true }],
  },
  {
    id: 'statement.say.1',
    type: 'STATEMENT',
    mode: null,
    cameo: '010',
    words: ['заявил*|заявила|заявили|заявляет|подчеркнул*|подчеркивает'],
    reporting: true,
  },
];
