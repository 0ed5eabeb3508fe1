import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../core/doc.js';
import type { AnalyzedDoc, Reading, Token } from '../../core/layers.js';
import type { StageContext } from '../../core/pipeline.js';
import { morphologyStage } from './index.js';

/** A simple tokenizer, so these tests do not depend on the segment stage. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\p{L}+(?:['’-]\p{L}+)*|\d+|[^\s\p{L}\d]/gu)) {
    const start = m.index ?? 0;
    const word = m[0];
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      kind: /^\p{L}/u.test(word) ? 'word' : /^\d/.test(word) ? 'number' : 'punct',
      sentence: 0,
      spaceBefore: start === 0 || /\s/.test(text[start - 1] ?? ''),
    });
  }
  return tokens;
}

function analyse(text: string, lang: Lang): { tokens: Token[]; morphology: Reading[][] } {
  const tokens = tokenize(text);
  const doc: AnalyzedDoc = { text, lang, published: null, layers: { tokens } };
  const { morphology } = morphologyStage.run(doc, {} as StageContext);
  return { tokens, morphology };
}

function readingsFor(text: string, lang: Lang, word: string): Reading[] {
  const { tokens, morphology } = analyse(text, lang);
  const index = tokens.findIndex((t) => t.text === word);
  expect(index).toBeGreaterThanOrEqual(0);
  return morphology[index] ?? [];
}

beforeAll(async () => {
  await morphologyStage.prepare?.();
});

describe('morphology stage', () => {
  type Expectation = Partial<Pick<Reading, 'lemma' | 'pos' | 'case' | 'tense' | 'name' | 'gender'>>;
  const cases: Array<[Lang, string, string, Expectation]> = [
    [
      'ru',
      'Премьер-министр провел переговоры в Токио.',
      'провел',
      { lemma: 'провести', pos: 'VERB', tense: 'past' },
    ],
    [
      'ru',
      'Премьер-министр Японии прибыла в Берлин.',
      'Японии',
      { lemma: 'япония', pos: 'NOUN', case: 'gent' },
    ],
    ['ru', 'Министр заявил журналистам, что визит состоится.', 'заявил', { lemma: 'заявить', tense: 'past' }],
    [
      'ru',
      'Стороны подписали соглашение о сотрудничестве.',
      'соглашение',
      { lemma: 'соглашение', pos: 'NOUN' },
    ],
    [
      'ru',
      'Встреча Владимира Зеленского и Дональда Трампа прошла в Вашингтоне.',
      'Зеленского',
      { lemma: 'зеленский', name: 'surname', case: 'gent' },
    ],
    ['ru', 'Премьер Санаэ Такаичи посетила Сеул.', 'Такаичи', { lemma: 'такаичи', name: 'surname' }],
    [
      'ru',
      'Канцлер встретился с Фридрихом Мерцем в Париже.',
      'Мерцем',
      { lemma: 'мерц', name: 'surname', case: 'ablt' },
    ],
    [
      'ru',
      'Канцлер встретился с Фридрихом Мерцем в Париже.',
      'Фридрихом',
      { lemma: 'фридрих', name: 'first', case: 'ablt', gender: 'masc' },
    ],
    // Unknown surname: read from context, in the first name's case.
    [
      'ru',
      'Посол Петра Вишневского вызвали в МИД.',
      'Вишневского',
      { lemma: 'вишневский', name: 'surname', case: 'gent' },
    ],
    ['ru', 'Глава МИД Польши Радослав Сикорский прибыл в Киев.', 'Радослав', { name: 'first', case: 'nomn' }],
    [
      'ru',
      'Слова Иван Петрович Кузякин повторил дважды.',
      'Кузякин',
      { lemma: 'кузякин', name: 'surname', case: 'nomn' },
    ],
    ['ru', 'Документ подписал В. Шмыгаль.', 'Шмыгаль', { name: 'surname' }],
    [
      'uk',
      'Зустріч Володимира Зеленського з Емманюелем Макроном відбулася в Парижі.',
      'Зеленського',
      { lemma: 'зеленський', name: 'surname', case: 'gent' },
    ],
    [
      'uk',
      'Міністр Андрій Сибіга провів переговори.',
      'Андрій',
      { lemma: 'андрій', name: 'first', case: 'nomn' },
    ],
    [
      'uk',
      'Міністр Андрій Сибіга провів переговори.',
      'провів',
      { lemma: 'провести', pos: 'VERB', tense: 'past', name: null },
    ],
    ['uk', 'Прем’єр-міністерка Юлія Свириденко зустрілася з послом.', 'Свириденко', { name: 'surname' }],
    [
      'en',
      "Keir Starmer's government welcomed the talks.",
      "Starmer's",
      { lemma: 'starmer', name: 'surname', case: 'gent' },
    ],
    [
      'en',
      'Ursula von der Leyen arrived in Kyiv.',
      'Ursula',
      { lemma: 'ursula', name: 'first', gender: 'femn' },
    ],
  ];

  it.each(cases)('%s: «%s» %s', (lang, text, word, expected) => {
    const best = readingsFor(text, lang, word)[0];
    expect(best).toMatchObject(expected);
  });

  it('gives no readings for punctuation and numbers', () => {
    const { tokens, morphology } = analyse('В 2025 году, по данным ТАСС, визит отложен.', 'ru');
    tokens.forEach((t, i) => {
      if (t.kind !== 'word') expect(morphology[i]).toEqual([]);
      else expect(morphology[i]?.length).toBeGreaterThan(0);
    });
  });

  it('reads hyphenated compounds that az parses piecewise', () => {
    const best = readingsFor('Выступил проповедник-евангелист из Техаса.', 'ru', 'проповедник-евангелист')[0];
    expect(best).toMatchObject({ pos: 'NOUN', lemma: 'проповедник-евангелист' });
  });

  it('keeps alternatives after the best reading', () => {
    const cases = readingsFor('Делегация Японии прибыла.', 'ru', 'Японии').map((r) => r.case);
    expect(cases).toContain('loct');
  });

  it('does not leak contextual surname readings into other documents', () => {
    analyse('Посол Петра Вишневского вызвали.', 'ru');
    const alone = readingsFor('Вишневского сад цветёт.', 'ru', 'Вишневского');
    expect(alone[0]?.name).not.toBe('surname');
  });
});
