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

describe('dates speed', () => {
  it('reads a 4 KB article well under a millisecond', () => {
    let text = '';
    while (text.length < 4096) text += PARAGRAPH;
    const context = {} as StageContext;
    const layers: Partial<Layers> = {};
    const doc: AnalyzedDoc = { text, lang: 'ru', published: '2025-10-29', layers };
    Object.assign(layers, segmentStage.run(doc, context));
    const found = datesStage.run(doc, context).dates.length;
    expect(found).toBeGreaterThan(20);
    for (let n = 0; n < 200; n++) datesStage.run(doc, context); // let the JIT settle
    const rounds = 500;
    const start = performance.now();
    for (let n = 0; n < rounds; n++) datesStage.run(doc, context);
    const perArticle = (performance.now() - start) / rounds;
    // The budget is 0.3 ms; the assertion leaves room for slow, shared CI machines.
    expect(perArticle).toBeLessThan(1);
    console.log(`dates: ${perArticle.toFixed(3)} ms per ${text.length}-character article`);
  });
});
