import { beforeAll, describe, expect, it } from 'vitest';
import { findActors } from './find-actors.js';
import { type KnowledgeBase, loadKnowledgeBase } from './index.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadKnowledgeBase();
});

describe('findActors', () => {
  it.each([
    ['Японии', 'JPN', 'country'],
    ['японского', 'JPN', 'adjective'],
    ['Kremlin', 'RUS', 'seat'],
    ['Белого дома', 'USA', 'seat'],
    ['Зеленского', 'per:Q3874799', 'person'],
    ['Зеленському', 'per:Q3874799', 'person'],
    ['Starmer', 'per:Starmer', 'person'],
    ['НАТО', 'org:NATO', 'organisation'],
    ['ПРООН', 'org:UNDP', 'organisation'],
    ['Организации освобождения Палестины', 'org:PLO', 'organisation'],
    ['Рада ЄС', 'org:CEU', 'organisation'],
    ['ОЗХО', 'org:OPCW', 'organisation'],
    // Names the press writes in lower case match with or without a capital.
    ['хуситов', 'org:Houthis', 'organisation'],
    ['Хуситы', 'org:Houthis', 'organisation'],
    ['al-Qaeda', 'org:AlQaeda', 'organisation'],
    ['Pezeshkian', 'per:Pezeshkian', 'person'],
  ])('%s is %s (%s)', async (query, id, as) => {
    const [first] = await findActors(kb, query);
    expect(first).toMatchObject({ entry: { id }, as });
  });

  it('finds nothing for a word that names no actor', async () => {
    expect(await findActors(kb, 'табуретка')).toEqual([]);
    expect(await findActors(kb, '  ')).toEqual([]);
  });
});
