import { describe, expect, it } from 'vitest';
import { fold } from './token-pattern.js';

describe('fold', () => {
  it('lower-cases, reads ё as е and typographic apostrophes as a plain one', () => {
    expect(fold('Ёлка')).toBe('елка');
    expect(fold('ПОДОЛЬЁ')).toBe('подолье');
    expect(fold('Зв’язок')).toBe("зв'язок");
    expect(fold('сімʼя')).toBe("сім'я");
    expect(fold('Kyiv')).toBe('kyiv');
  });

  it('gives the same answer the second time (from its memo) and for many distinct words', () => {
    expect(fold('Міністерство')).toBe('міністерство');
    expect(fold('Міністерство')).toBe('міністерство');
    // More words than the memo holds: it starts over and stays right.
    for (let i = 0; i < 120_000; i++) expect(fold(`Слово${i}Ё`)).toBe(`слово${i}е`);
    expect(fold('Щёкино')).toBe('щекино');
  });
});
