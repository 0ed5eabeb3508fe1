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
  ])('%s is %s (%s)', async (query, id, as) => {
    const [first] = await findActors(kb, query);
    expect(first).toMatchObject({ entry: { id }, as });
  });

  it('finds nothing for a word that names no actor', async () => {
    expect(await findActors(kb, 'табуретка')).toEqual([]);
    expect(await findActors(kb, '  ')).toEqual([]);
  });
});
