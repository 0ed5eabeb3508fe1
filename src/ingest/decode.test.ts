import { describe, expect, it } from 'vitest';
import { decodeText, looksLikeCyrillic } from './decode.js';

const cp1251 = (text: string) => {
  // Only the letters the tests use: А-я map to 0xC0-0xFF in windows-1251, ё to 0xB8.
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80) return code;
      if (ch === 'ё') return 0xb8;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      throw new Error(`no windows-1251 byte for ${ch}`);
    }),
  );
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it.each([
    [
      'plain UTF-8',
      utf8('Лавров заявил, что Москва ответит.'),
      'Лавров заявил, что Москва ответит.',
      'utf-8',
    ],
    [
      'UTF-8 with BOM (BOM dropped)',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Киев, 5 ноября.')]),
      'Киев, 5 ноября.',
      'utf-8',
    ],
    [
      'windows-1251',
      cp1251('Президент провел переговоры в пятницу.'),
      'Президент провел переговоры в пятницу.',
      'windows-1251',
    ],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, 0x1a, 0x04, 0x38, 0x04]), 'Ки', 'utf-16le'],
    ['CRLF and tabs kept', utf8('Итоги.\r\n\tПункт 1'), 'Итоги.\r\n\tПункт 1', 'utf-8'],
  ])('%s', (_name, bytes, text, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(Boolean(decoded.warning)).toBe(encoding === 'windows-1251');
  });

  it.each([
    ['empty', new Uint8Array(), 'E_INPUT_EMPTY'],
    ['whitespace only', utf8(' \n\t\n'), 'E_INPUT_EMPTY'],
    ['NUL bytes', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'E_INPUT_BINARY'],
    [
      'control characters',
      Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x42, 0x1b, 0x1c, 0x41]),
      'E_INPUT_BINARY',
    ],
    [
      'Latin-1 German',
      Uint8Array.from([
        ...utf8('M'),
        0xfc,
        ...utf8('ller sagte, die Stra'),
        0xdf,
        ...utf8('e sei gesperrt.'),
      ]),
      'E_INPUT_ENCODING',
    ],
    [
      'stray high bytes',
      Uint8Array.from([...utf8('caf'), 0xe9, 0x20, 0xff, 0xfe, 0x20, 0x61]),
      'E_INPUT_ENCODING',
    ],
  ])('refuses %s', (_name, bytes, code) => {
    expect(() => decodeText(bytes)).toThrow(expect.objectContaining({ code }));
  });

  it('names the offset of the first bad byte', () => {
    expect(() => decodeText(Uint8Array.from([0x61, 0x62, 0xe9, 0x20, 0x21]))).toThrow(/offset 2/);
  });
});

describe('looksLikeCyrillic', () => {
  it.each([
    ['Министр иностранных дел заявил', true],
    ['Mьller дrgert sich ьber die StraЯe', false],
    ['plain ASCII only', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeCyrillic(text)).toBe(expected);
  });
});

describe('decodeText with KOI8-R', () => {
  it('reads KOI8-R Cyrillic that windows-1251 would turn into upper case', () => {
    // KOI8-R: а=0xC1, б=0xC2, в=0xD7, г=0xC7, д=0xC4, е=0xC5 ... only the letters used here.
    const koi8: Record<string, number> = {
      м: 0xcd,
      и: 0xc9,
      н: 0xce,
      с: 0xd3,
      т: 0xd4,
      р: 0xd2,
      з: 0xda,
      а: 0xc1,
      я: 0xd1,
      в: 0xd7,
      л: 0xcc,
      ' ': 0x20,
    };
    const bytes = Uint8Array.from([...'министр заявил'].map((ch) => koi8[ch] ?? 0x3f));
    expect(decodeText(bytes)).toMatchObject({ text: 'министр заявил', encoding: 'koi8-r' });
  });
});
