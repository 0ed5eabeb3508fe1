import { describe, expect, it } from 'vitest';
import { LANGS } from '../../core/doc.js';
import { goldstein } from './cameo.js';
import { LEXICONS } from './lexicon.js';

describe('CAMEO codes of the event patterns', () => {
  it('every rule and refinement names a code the table knows, with its Goldstein score', () => {
    for (const lang of LANGS) {
      for (const rule of LEXICONS[lang].triggers) {
        const codes = [rule.cameo, ...(rule.refine ?? []).map((r) => r.cameo ?? rule.cameo)];
        for (const code of codes) expect(() => goldstein(code), `${lang}.${rule.id}: ${code}`).not.toThrow();
      }
    }
    expect(goldstein('041')).toBe(1);
    expect(goldstein('163')).toBe(-8);
    expect(goldstein('195')).toBe(-10);
  });
});
