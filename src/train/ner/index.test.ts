import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFactru } from '../../eval/ner/factru.js';
import { tagNames } from '../../stages/ner/index.js';
import { analyseCorpus } from './corpus.js';
import { crossValidate } from './cv.js';
import { trainStacked } from './stacked.js';

const FIXTURE = fileURLToPath(new URL('../../eval/ner/fixture/', import.meta.url));

describe('NER training', () => {
  it('learns the gold names of a small training text', async () => {
    const { analysed: docs } = await analyseCorpus(readFactru(FIXTURE));
    const models = trainStacked(docs, { epochs: 10, bits: 14, seed: 3 });
    const doc = docs[0];
    if (!doc) throw new Error('fixture missing');
    const found = tagNames(doc.input, models).map((s) => [s.label, doc.source.text.slice(s.start, s.end)]);
    expect(found).toEqual(doc.source.gold.map((g) => [g.label, doc.source.text.slice(g.start, g.end)]));
  });

  it('cross-validates: every text is scored once by a model that did not see it', async () => {
    const { pipeline, analysed: docs } = await analyseCorpus([
      ...readFactru(FIXTURE),
      ...readFactru(FIXTURE),
    ]);
    const result = crossValidate(pipeline, docs, 2, { epochs: 3, bits: 12, seed: 1 });
    expect(result.predictions).toHaveLength(2);
    const goldTokens = result.tagger.PER.tp + result.tagger.PER.fn;
    expect(goldTokens).toBe(2 * 3);
  });
});
