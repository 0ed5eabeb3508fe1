/**
 * The state bodies table (data/kb/bodies.tsv) on news-style sentences, through the stages that
 * find names in real text: bodies in the case forms the press uses, each with its country.
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

/** "text=entry/country" for every body found, in text order. */
function bodies(text: string, lang: Lang): string[] {
  const doc = pipeline.run({ text, lang, published: null });
  return (doc.layers.gazetteer ?? [])
    .filter((m) => m.entry.startsWith('body:'))
    .map((m) => `${text.slice(m.start, m.end)}=${m.entry}/${m.country}`);
}

describe('state bodies', () => {
  it.each<[Lang, string, string[]]>([
    [
      'ru',
      'Следственный комитет России возбудил дело, а Генпрокуратура РФ признала фонд нежелательной организацией.',
      [
        'Следственный комитет России=body:RUS-Investigative-Committee/RUS',
        'Генпрокуратура РФ=body:RUS-Prosecutor-General/RUS',
      ],
    ],
    [
      'ru',
      'По данным Воздушных сил ВСУ, ночью Россия выпустила 120 дронов; Силам беспилотных систем удалось поразить НПЗ.',
      [
        'Воздушных сил ВСУ=body:UKR-Air-Force/UKR',
        'Силам беспилотных систем=body:UKR-Unmanned-Systems-Forces/UKR',
      ],
    ],
    [
      'ru',
      'Решение СНБО ввел в действие президент, а НАБУ и САП объявили подозрение бывшему министру.',
      ['СНБО=body:UKR-NSDC/UKR', 'НАБУ=body:UKR-NABU/UKR', 'САП=body:UKR-SAP/UKR'],
    ],
    [
      'ru',
      'Представитель Армии обороны Израиля заявил, что удар был нанесен по объектам КСИР.',
      ['Армии обороны Израиля=body:ISR-IDF/ISR', 'КСИР=body:IRN-IRGC/IRN'],
    ],
    [
      'uk',
      'Повітряні сили повідомили про збиття ракет, ДСНС ліквідувала пожежу, а Нацполіція відкрила провадження.',
      [
        'Повітряні сили=body:UKR-Air-Force/UKR',
        'ДСНС=body:UKR-Emergency-Service/UKR',
        'Нацполіція=body:UKR-National-Police/UKR',
      ],
    ],
    [
      'uk',
      'Сили оборони уразили НПЗ у Саратові, повідомили в ССО; Сили оборони Ізраїлю завдали удару по Лівану.',
      [
        'Сили оборони=body:UKR-Defence-Forces/UKR',
        'ССО=body:UKR-Special-Operations-Forces/UKR',
        'Сили оборони Ізраїлю=body:ISR-IDF/ISR',
      ],
    ],
    [
      'uk',
      'Коордштаб повідомив про обмін полоненими, а РНБО запровадила санкції проти Слідчого комітету Росії.',
      [
        'Коордштаб=body:UKR-POW-Headquarters/UKR',
        'РНБО=body:UKR-NSDC/UKR',
        'Слідчого комітету Росії=body:RUS-Investigative-Committee/RUS',
      ],
    ],
    [
      'en',
      "The Treasury Department's Office of Foreign Assets Control sanctioned two oil companies, the Justice Department said.",
      [
        "Treasury Department's=body:USA-Treasury/USA",
        'Office of Foreign Assets Control=body:USA-Treasury/USA',
        'Justice Department=body:USA-Justice-Department/USA',
      ],
    ],
    [
      'en',
      "Germany's Federal Foreign Office summoned the ambassador after the Bundeswehr reported drones over its bases.",
      ['Federal Foreign Office=body:DEU-Foreign-Office/DEU', 'Bundeswehr=body:DEU-Bundeswehr/DEU'],
    ],
    [
      'en',
      "Ukraine's Air Force said it shot down 80 drones; MI6 said the GRU was behind the sabotage.",
      ["Ukraine's Air Force=body:UKR-Air-Force/UKR", 'MI6=body:GBR-MI6/GBR', 'GRU=body:RUS-GRU/RUS'],
    ],
  ])('%s: %s', (lang, text, expected) => {
    expect(bodies(text, lang)).toEqual(expected);
  });
});
