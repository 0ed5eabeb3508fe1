/**
 * The places table (data/kb/places.tsv) on news-style sentences, through the stages that find
 * names in real text (segmentation, morphology, gazetteer): regions and towns in the case forms
 * the press uses, and names that are also common words left alone where they are words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../core/doc.js';
import { buildPipeline, type Pipeline } from '../core/pipeline.js';
import { gazetteerStage } from '../stages/gazetteer/index.js';
import { morphologyStage } from '../stages/morphology/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { loadKnowledgeBase } from './index.js';

let pipeline: Pipeline;
beforeAll(async () => {
  const kb = await loadKnowledgeBase();
  pipeline = await buildPipeline([segmentStage, morphologyStage, gazetteerStage], { kb });
});

/** "text=entry" for every knowledge-base name found, in text order. */
function found(text: string, lang: Lang): string[] {
  const doc = pipeline.run({ text, lang, published: null });
  return (doc.layers.gazetteer ?? []).map((m) => `${text.slice(m.start, m.end)}=${m.entry}`);
}

describe('places of Ukraine', () => {
  it.each<[Lang, string, string[]]>([
    [
      'ru',
      'Ночью армия РФ нанесла удар по Запорожью и Днепропетровской области, в Никополе и Марганце повреждены дома.',
      [
        'РФ=RUS',
        'Запорожью=city:Zaporizhzhia',
        'Днепропетровской области=region:Dnipropetrovsk',
        'Никополе=city:Nikopol',
        'Марганце=city:Marhanets',
      ],
    ],
    [
      'ru',
      'На Харьковщине под обстрел попали Купянск и Волчанск, на Сумщине пострадали Шостка и Ахтырка.',
      [
        'Харьковщине=region:Kharkiv',
        'Купянск=city:Kupiansk',
        'Волчанск=city:Vovchansk',
        'Сумщине=region:Sumy',
        'Шостка=city:Shostka',
        'Ахтырка=city:Okhtyrka',
      ],
    ],
    [
      'ru',
      'Минобороны России сообщило о боях за Красноармейск, а ВСУ удерживают Константиновку и Кривой Рог.',
      [
        'России=RUS',
        'Красноармейск=city:Pokrovsk',
        'ВСУ=body:UKR-AFU',
        'Константиновку=city:Kostiantynivka',
        'Кривой Рог=city:KryvyiRih',
      ],
    ],
    [
      'uk',
      'Росіяни вдарили по Харківщині та Сумщині, у Сумах і Конотопі пошкоджено будинки.',
      [
        'Росіяни=RUS',
        'Харківщині=region:Kharkiv',
        'Сумщині=region:Sumy',
        'Сумах=city:Sumy',
        'Конотопі=city:Konotop',
      ],
    ],
    [
      'uk',
      'На Дніпропетровщині уламки впали в Нікополі, а в Кривому Розі та Кременчуці пролунали вибухи.',
      [
        'Дніпропетровщині=region:Dnipropetrovsk',
        'Нікополі=city:Nikopol',
        'Кривому Розі=city:KryvyiRih',
        'Кременчуці=city:Kremenchuk',
      ],
    ],
    [
      'uk',
      'Бої точаться під Покровськом, Мирноградом і Костянтинівкою, ворог тисне на Донеччині.',
      [
        'Покровськом=city:Pokrovsk',
        'Мирноградом=city:Myrnohrad',
        'Костянтинівкою=city:Kostiantynivka',
        'Донеччині=region:Donetsk',
      ],
    ],
    [
      'uk',
      "Удару зазнали Кам'янець-Подільський і Бердичів, а під Новогродівкою тривають бої.",
      [
        "Кам'янець-Подільський=city:KamianetsPodilskyi",
        'Бердичів=city:Berdychiv',
        'Новогродівкою=city:Novohrodivka',
      ],
    ],
    [
      'uk',
      'Ворог атакував Одещину: в Ізмаїлі пошкоджено порт, у Хмельницькому та Рівному було тихо.',
      [
        'Одещину=region:Odesa',
        'Ізмаїлі=city:Izmail',
        'Хмельницькому=city:Khmelnytskyi',
        'Рівному=city:Rivne',
      ],
    ],
    [
      'en',
      'Fighting raged near Pokrovsk and Huliaipole, and Russian drones hit Kryvyi Rih in the Dnipropetrovsk region.',
      [
        'Pokrovsk=city:Pokrovsk',
        'Huliaipole=city:Huliaipole',
        'Russian=RUS',
        'Kryvyi Rih=city:KryvyiRih',
        'Dnipropetrovsk region=region:Dnipropetrovsk',
      ],
    ],
    [
      'en',
      'Occupation authorities in Crimea and the Zaporizhzhia Oblast reported explosions in Kerch and Melitopol.',
      [
        'Crimea=region:Crimea',
        'Zaporizhzhia Oblast=region:Zaporizhzhia',
        'Kerch=city:Kerch',
        'Melitopol=city:Melitopol',
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });

  it('leaves names that are also common words where they are words', () => {
    expect(found('Изюм и курагу продают на рынке, а лиман замерз.', 'ru')).toEqual([]);
    expect(found('Ровно через год войска вошли в Изюм.', 'ru')).toEqual(['Изюм=city:Izium']);
    expect(found('Марганец добывают под Никополем.', 'ru')).toEqual(['Никополем=city:Nikopol']);
  });
});

describe('places of Russia', () => {
  it.each<[Lang, string, string[]]>([
    [
      'ru',
      'В Белгородской области и Краснодарском крае объявили угрозу атаки БПЛА, в Республике Татарстан закрыт аэропорт Казани.',
      [
        'Белгородской области=region:Belgorod',
        'Краснодарском крае=region:Krasnodar',
        'Республике Татарстан=region:Tatarstan',
        'Казани=city:Kazan',
      ],
    ],
    [
      'ru',
      'Беспилотники атаковали НПЗ в Туапсе, Сызрани и Саратове, губернатор Подмосковья сообщил о сбитых дронах.',
      ['Туапсе=city:Tuapse', 'Сызрани=city:Syzran', 'Саратове=city:Saratov', 'Подмосковья=region:Moscow'],
    ],
    [
      'ru',
      'Тревогу объявили в Ленобласти, на Кубани и в Ханты-Мансийском автономном округе, а в Рязани и Орле работала ПВО.',
      [
        'Ленобласти=region:Leningrad',
        'Кубани=region:Krasnodar',
        'Ханты-Мансийском автономном округе=region:KhantyMansi',
        'Рязани=city:Ryazan',
        'Орле=city:Oryol',
      ],
    ],
    [
      'uk',
      'Дрони атакували НПЗ у Краснодарському краї та Саратові, вибухи чули в Білгородській області й на Курщині.',
      [
        'Краснодарському краї=region:Krasnodar',
        'Саратові=city:Saratov',
        'Білгородській області=region:Belgorod',
        'Курщині=region:Kursk',
      ],
    ],
    [
      'uk',
      'У Бєлгороді та Ростові-на-Дону оголосили тривогу, під Новоросійськом горить нафтобаза.',
      ['Бєлгороді=city:Belgorod', 'Ростові-на-Дону=city:Rostov', 'Новоросійськом=city:Novorossiysk'],
    ],
    [
      'en',
      "Ukrainian drones hit a refinery in Russia's Krasnodar Krai and an airfield near Engels in the Saratov region.",
      [
        'Ukrainian=UKR',
        "Russia's=RUS",
        'Krasnodar Krai=region:Krasnodar',
        'Engels=city:Engels',
        'Saratov region=region:Saratov',
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });

  it('leaves the bird and the philosopher alone', () => {
    expect(found('Орёл парил над полем.', 'ru')).toEqual([]);
    expect(found('Орел летів над Черкасами.', 'uk')).toEqual(['Черкасами=city:Cherkasy']);
    expect(found('Friedrich Engels wrote it with Marx.', 'en')).toEqual([]);
  });
});

describe('places elsewhere', () => {
  it.each<[Lang, string, string[]]>([
    [
      'ru',
      'После переговоров в Стамбуле делегации вылетели в Анталью, следующий раунд может пройти в Дубае.',
      ['Стамбуле=city:Istanbul', 'Анталью=city:Antalya', 'Дубае=city:Dubai'],
    ],
    [
      'ru',
      'Израиль нанес удары по Хан-Юнису и Рафаху, сирены звучали в Хайфе.',
      ['Израиль=ISR', 'Хан-Юнису=city:KhanYounis', 'Рафаху=city:Rafah', 'Хайфе=city:Haifa'],
    ],
    [
      'ru',
      'В Приднестровье и Гагаузии прошли акции, Тирасполь обвинил Кишинев в давлении.',
      [
        'Приднестровье=region:Transnistria',
        'Гагаузии=region:Gagauzia',
        'Тирасполь=city:Tiraspol',
        'Кишинев=MDA',
      ],
    ],
    [
      'uk',
      'Білоруські війська провели навчання під Гродно та Брестом, Польща посилила кордон біля Любліна.',
      ['Білоруські=BLR', 'Гродно=city:Grodno', 'Брестом=city:Brest', 'Польща=POL', 'Любліна=city:Lublin'],
    ],
    [
      'ru',
      'После удара по Натанзу и Фордо Иран привел в готовность флот в Бандар-Аббасе, а саммит прошел в Шарм-эш-Шейхе.',
      [
        'Натанзу=city:Natanz',
        'Фордо=city:Fordow',
        'Иран=IRN',
        'Бандар-Аббасе=city:BandarAbbas',
        'Шарм-эш-Шейхе=city:SharmElSheikh',
      ],
    ],
    [
      'en',
      'The summit in Alaska followed talks in Istanbul; Israeli strikes hit Khan Younis in the Gaza Strip.',
      [
        'Alaska=region:Alaska',
        'Istanbul=city:Istanbul',
        'Israeli=ISR',
        'Khan Younis=city:KhanYounis',
        'Gaza Strip=region:GazaStrip',
      ],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });
});
