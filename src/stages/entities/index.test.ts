import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../core/doc.js';
import { createExtractor, type Extractor } from '../../extract/index.js';

let extractor: Extractor;
beforeAll(async () => {
  extractor = await createExtractor();
});

const CASES: { lang: Lang; text: string; people: string[] }[] = [
  // A capitalised word after a name and a preposition is no person ("in Busan", "on Thursday").
  {
    lang: 'en',
    text: 'Chinese leader Xi Jinping arrived in Busan on Thursday for talks.',
    people: ['Xi Jinping'],
  },
  {
    lang: 'en',
    text: 'British Prime Minister Keir Starmer and French President Emmanuel Macron on Thursday hosted a video conference.',
    people: ['Keir Starmer', 'Emmanuel Macron'],
  },
  // The tagger splits names at particles; they are one person.
  {
    lang: 'ru',
    text: 'Зеленский встретился с председателем Еврокомиссии Урсулой фон дер Ляйен.',
    people: ['Зеленский', 'Урсулой фон дер Ляйен'],
  },
];

describe('entities', () => {
  it.each(CASES)('$lang: $text', async ({ lang, text, people }) => {
    const record = await extractor.extract(text, { lang, published: '2025-11-05' });
    expect(record.mentions.filter((m) => m.label === 'PER').map((m) => m.text)).toEqual(people);
  });

  it('joins a name split at its particles into one entity with its canonical name', async () => {
    const record = await extractor.extract('Встреча с Урсулой фон дер Ляйен прошла в Брюсселе.', {
      lang: 'ru',
    });
    const person = record.entities.find((e) => e.label === 'PER');
    expect(person?.name).toBe('Ursula von der Leyen');
    expect(person?.country).toBe('DEU');
  });
});
