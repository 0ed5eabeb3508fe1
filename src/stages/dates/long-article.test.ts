import { describe, expect, it } from 'vitest';
import type { AnalyzedDoc, Layers } from '../../core/layers.js';
import type { StageContext } from '../../core/pipeline.js';
import { segmentStage } from '../segment/index.js';
import { datesStage } from './index.js';

const PARAGRAPH =
  'В понедельник министр иностранных дел провел переговоры с коллегой из Турции. ' +
  'Стороны обсудили итоги встречи 24 октября 2025 года и договорились продолжить консультации в ноябре. ' +
  'Накануне президент заявил, что на прошлой неделе Мая Санду поддержала инициативу, а в 2022 году ' +
  'страна выпустила 2022 облигации. Три дня назад посол вернулся в Москву, где в середине сентября ' +
  'прошли консультации экспертов по вопросам безопасности и торговли между двумя странами. ';

// Speed is measured by `npm run bench`, never asserted here: a shared CI machine would make it flaky.
describe('dates on a long article', () => {
  it('finds every repeated date, the same way on every run', () => {
    let text = '';
    let copies = 0;
    while (text.length < 4096) {
      text += PARAGRAPH;
      copies++;
    }
    const context = {} as StageContext;
    const layers: Partial<Layers> = {};
    const doc: AnalyzedDoc = { text, lang: 'ru', published: '2025-10-29', layers };
    Object.assign(layers, segmentStage.run(doc, context));
    const first = datesStage.run(doc, context).dates;
    const once = first.filter((d) => d.start < PARAGRAPH.length);
    expect(once.map((d) => d.value)).toContain('2025-10-24');
    expect(once.some((d) => d.text === 'Мая')).toBe(false);
    expect(first.length).toBe(once.length * copies);
    expect(datesStage.run(doc, context).dates).toEqual(first);
  });
});
