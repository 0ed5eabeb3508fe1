import { describe, expect, it } from 'vitest';
import type { Lang } from '../../core/doc.js';
import { segment } from './index.js';

/**
 * razdel's notation: `|` marks a sentence boundary, the text between two bars that is only
 * whitespace is the gap between sentences.
 */
function check(lang: Lang, marked: string): void {
  const text = marked.replaceAll('|', '');
  const expected = marked
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const { sentences } = segment(text, lang);
  expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(expected);
}

const RU = [
  'Президент США Д. Трамп провел телефонный разговор с В.В. Путиным.| |Об этом сообщили в Белом доме.',
  'Встреча прошла в г. Киеве на ул. Банковой.| |Стороны обсудили поставки оружия.',
  'Евросоюз выделит 50 млн долл. США на восстановление энергосистемы.| |Решение одобрили министры.',
  'Речь идет о тяжелой технике, т. е. о танках и БМП.| |Поставки начнутся весной.',
  'В пакет вошли снаряды, ракеты, дроны и т.д.| |Общая стоимость помощи превысила 2 млрд евро.',
  'И т. д. и т. п.| |В общем, вся газета.',
  'Согласно ст. 5 Устава НАТО, нападение на одного союзника считается нападением на всех.',
  'Лекцию в МГИМО прочитал проф. Иванов.| |Он рассказал о санкциях против Ирана.',
  '"Это поможет нашим городам этой зимой."| |Конечно, мы рассчитываем на партнеров.',
  '«Мы не отступим!» — заявил премьер-министр.| |Переговоры продолжатся в пятницу.',
  'Зеленский провел переговоры с премьером Японии|\n|Об этом президент сообщил в своем Telegram-канале.',
  'Война началась 24 февраля 2022 г.| |В тот же день ЕС ввел первые санкции.',
  'В 2014 г. Россия аннексировала Крым, что осудили в ООН.',
  'Инфляция в еврозоне составила 3,5% в годовом выражении.| |Об этом сообщил Евростат.',
  'Почему Запад медлит?!| |Ответа на этот вопрос пока нет...| |Эксперты расходятся во мнениях.',
  'Материал опубликовал OBOZ.UA.| |Позже его перепечатало издание RBC.ru.',
  'В Кремле заявили... что переговоры пока невозможны.',
  '— Вы поедете в Вашингтон? — спросил журналист.| |— Да, в ближайшее время.',
  'Эта традиция появилась в XIX в.| |С тех пор ее соблюдают все главы МИД.',
  'Курс составил 92,5 руб. за доллар, сообщил ЦБ.',
  'Перегрузки на старте достигали 8 G.| |Но экипаж чувствовал себя хорошо.',
  'Регистрация адресов в зоне .рф начнется в мае.',
  'Указ подписал И. о. министра обороны А. Петров.| |Он вступает в силу сразу.',
];

const UK = [
  'Зустріч відбулася у м. Київ на вул. Банковій.| |Сторони обговорили енергетичну безпеку.',
  'Прем’єр-міністр Д. Шмигаль заявив про новий пакет допомоги.| |Його погодили партнери.',
  'Вибори до Верховної Ради призначено на 2024 р.| |Про це повідомила ЦВК.',
  'Уряд виділив 300 млн грн.| |Кошти спрямують на відновлення шкіл.',
  'На з’їзді партії обговорили реформи, освіту тощо.| |Делегати підтримали резолюцію.',
  '«Ми вистоїмо!» — наголосив президент.| |Засідання триватиме два дні.',
  'Санкції проти т. зв. тіньового флоту РФ посилять.',
  'Відповідно до ст. 17 Конституції України захист суверенітету є справою всього народу.',
  'Голова ОВА проф. Петренко відвідав с. Іванівка.| |Там він зустрівся з мешканцями.',
  'Чи готова Європа до нової зими?| |Експерти вважають, що так…| |Запаси газу заповнені на 95%.',
];

const EN = [
  'Mr. Smith met U.S. President Joe Biden on Jan. 5 in Washington.| |The talks lasted two hours.',
  'The meeting ended at 5 p.m.| |The ministers will meet again next week.',
  'Sanctions target banks, oil firms, etc.| |Moscow called them illegal.',
  'Sen. Graham said the U.S. would respond.| |He did not elaborate.',
  '"We will not back down," the minister said.| |Talks resume on Friday.',
  'Is this the end of the war?| |Few analysts think so.',
  'Asked about a ceasefire, he said no.| |Then he left the room.',
  'The report by Reuters.com cited Gen. Milley and Dr. J. R. Brown of the U.N. agency.',
  'Kyiv said the strike hit a power plant."| |Moscow denied it.',
  'Sanctions were first imposed in the U.S. in 2014.| |They were widened in 2022.',
  'Officials called it Plan B.| |The cabinet rejected it on Monday.',
];

describe('sentences', () => {
  it.each(RU)('ru: %s', (marked) => check('ru', marked));
  it.each(UK)('uk: %s', (marked) => check('uk', marked));
  it.each(EN)('en: %s', (marked) => check('en', marked));

  it('gives no sentence for blank text', () => {
    expect(segment(' \n\t ', 'ru')).toEqual({ sentences: [], tokens: [] });
  });
});
