import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityLabel } from '../../core/doc.js';
import type { NerSpan } from '../../core/layers.js';
import { buildPipeline, type Pipeline } from '../../core/pipeline.js';
import { loadKnowledgeBase } from '../../kb/index.js';
import { gazetteerStage } from '../gazetteer/index.js';
import { morphologyStage } from '../morphology/index.js';
import { segmentStage } from '../segment/index.js';
import type { NerInput } from './features.js';
import { repairOrganisations } from './repair.js';

let pipeline: Pipeline;

beforeAll(async () => {
  const kb = await loadKnowledgeBase([]);
  pipeline = await buildPipeline([segmentStage, morphologyStage, gazetteerStage], { kb });
});

/** Repairs the spans given as [label, exact text] and returns them the same way. */
function repaired(
  text: string,
  given: [EntityLabel, string][],
  lang: 'ru' | 'en' = 'ru',
): [EntityLabel, string][] {
  const doc = pipeline.run({ text, lang, published: null });
  const tokens = doc.layers.tokens ?? [];
  const input: NerInput = {
    lang,
    tokens,
    morphology: doc.layers.morphology ?? [],
    gazetteer: doc.layers.gazetteer ?? [],
  };
  const spans: NerSpan[] = given.map(([label, name]) => {
    const start = text.indexOf(name);
    const end = start + name.length;
    const tokenStart = tokens.findIndex((t) => t.start === start);
    const tokenEnd = tokens.findIndex((t) => t.end === end) + 1;
    expect(tokenStart).toBeGreaterThanOrEqual(0);
    return { start, end, tokenStart, tokenEnd, label, score: 1 };
  });
  return repairOrganisations(input, spans).map((s) => [s.label, text.slice(s.start, s.end)]);
}

describe('repairOrganisations', () => {
  it('cuts two coordinated names apart', () => {
    const text = 'Разработчик обратился к ФАС и Министерству торговли КНР с просьбой заблокировать сделку.';
    expect(repaired(text, [['ORG', 'ФАС и Министерству торговли']])).toEqual([
      ['ORG', 'ФАС'],
      ['ORG', 'Министерству торговли'],
    ]);
  });

  it('keeps adjectives coordinated before the head noun in one name', () => {
    const text = 'Промышленный и коммерческий банк Китая объявил о покупке доли в южноафриканском банке.';
    expect(repaired(text, [['ORG', 'Промышленный и коммерческий банк']])).toEqual([
      ['ORG', 'Промышленный и коммерческий банк'],
    ]);
  });

  it('keeps «и» before a lower-case noun inside a long name', () => {
    const text = 'Министерство сельского хозяйства и продовольствия разрешило ввоз яблок.';
    expect(repaired(text, [['ORG', 'Министерство сельского хозяйства и продовольствия']])).toEqual([
      ['ORG', 'Министерство сельского хозяйства и продовольствия'],
    ]);
  });

  it('takes the country adjective before a ministry into its name', () => {
    const text = 'Представитель японского МИДа вызвал посла для объяснений.';
    expect(repaired(text, [['ORG', 'МИДа']])).toEqual([['ORG', 'японского МИДа']]);
  });

  it('joins a country adjective to an organisation only', () => {
    const text = 'Глава делегации встретился с российским дипломатом Иваном Петровым.';
    expect(repaired(text, [['PER', 'Иваном Петровым']])).toEqual([['PER', 'Иваном Петровым']]);
  });

  it('adds a quoted name after an organisation head noun', () => {
    const text = 'Концерт пройдёт на сцене московского клуба «Шестнадцать тонн» в субботу.';
    expect(repaired(text, [])).toEqual([['ORG', 'Шестнадцать тонн']]);
  });

  it('adds no quoted name after other nouns or where the tagger already found one', () => {
    const text = 'Он прочитал роман «Война и мир», а газета «Ведомости» написала об этом.';
    expect(repaired(text, [['ORG', 'Ведомости']])).toEqual([['ORG', 'Ведомости']]);
    const quote = 'Спикер клуба сказал: «Мы будем играть».';
    expect(repaired(quote, [])).toEqual([]);
  });

  it('adds a descriptive name that opens a sentence, with its genitive chain', () => {
    const text =
      'Рейсы задержаны. Федеральное авиационное управление пояснило, что сбой устранён. Футбольная ассоциация пострадавших болельщиков осудила клуб.';
    expect(repaired(text, [])).toEqual([
      ['ORG', 'Федеральное авиационное управление'],
      ['ORG', 'Футбольная ассоциация пострадавших болельщиков'],
    ]);
  });

  it('adds no descriptive name for a country adjective, a pronoun, a plural or a non-organisation noun', () => {
    const text =
      'Японское правительство промолчало. Эта группа распалась. Правозащитные организации протестуют. Первый заместитель министра уехал. Призовой фонд турнира вырос. Гражданское общество возмутилось.';
    expect(repaired(text, [])).toEqual([]);
  });

  it('adds a longer phrase opened by a country adjective, but not a country adjective with a bare head', () => {
    const text =
      'Представитель японского дипломатического ведомства прибыл в Москву. В российском министерстве финансов молчат. Заседание российского правительства прошло во вторник.';
    expect(repaired(text, [])).toEqual([
      ['ORG', 'японского дипломатического ведомства'],
      ['ORG', 'российском министерстве финансов'],
    ]);
  });

  it('takes a capitalised place adjective inside a sentence as part of a name', () => {
    const text = 'Он рассказал об этом Русской службе в понедельник.';
    expect(repaired(text, [])).toEqual([['ORG', 'Русской службе']]);
  });

  it('drops a Roman numeral and a Latin name after an event noun, keeps a Latin company name', () => {
    const text = 'Это задача XXI века. Стартовал конкурс Best Blogs Awards, его спонсирует компания Vestas.';
    expect(
      repaired(text, [
        ['ORG', 'XXI'],
        ['ORG', 'Best Blogs Awards'],
        ['ORG', 'Vestas'],
      ]),
    ).toEqual([['ORG', 'Vestas']]);
  });

  it('adds a capitalised organisation head noun inside a sentence with its genitive chain', () => {
    const text = 'Акцию поддержали Движение общежитий Москвы и «Союз жильцов». Союз распался.';
    expect(repaired(text, [['LOC', 'Москвы']])).toEqual([
      ['ORG', 'Движение общежитий'],
      ['LOC', 'Москвы'],
    ]);
  });

  it('ends the genitive chain before one person, not before people', () => {
    const text = 'Путин принял в Кремле премьер-министра Малайзии. Письмо подписал Союз журналистов.';
    expect(repaired(text, [['LOC', 'Малайзии']])).toEqual([
      ['LOC', 'Малайзии'],
      ['ORG', 'Союз журналистов'],
    ]);
  });

  it('changes nothing in other languages', () => {
    const text = 'Officials of the club «Sixteen Tons» said nothing.';
    expect(repaired(text, [], 'en')).toEqual([]);
  });
});
