/**
 * Bytes to text for plain-text input: UTF-8 strictly (a UTF-8 or UTF-16 byte-order mark is
 * honoured and dropped), with a windows-1251 fallback because older Russian and Ukrainian sites
 * and archives still ship it. Anything else is refused with a reason rather than decoded into
 * replacement characters, so offsets never index into garbage.
 */
import { DyadError } from '../core/errors.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'koi8-r';
  /** Set when dyad had to guess; the CLI prints it as a warning. */
  warning?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const cp1251 = new TextDecoder('windows-1251');
const koi8r = new TextDecoder('koi8-r');

/** How much of the start of the input is inspected for binary content. */
const SNIFF_BYTES = 64 * 1024;
/** More than this share of control bytes and it is not prose, whatever the encoding. */
const MAX_CONTROL_SHARE = 0.05;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DyadError('E_INPUT_EMPTY', 'the file is empty');
  const utf16 = decodeUtf16WithBom(bytes);
  const decoded = utf16 ?? decodeSingleByteFamily(bytes);
  if (decoded.text.trim().length === 0) {
    throw new DyadError('E_INPUT_EMPTY', 'the file contains only whitespace');
  }
  return decoded;
}

function decodeUtf16WithBom(bytes: Uint8Array): Decoded | null {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return null;
  const encoding = le ? 'utf-16le' : 'utf-16be';
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding };
  } catch {
    throw new DyadError(
      'E_INPUT_ENCODING',
      `the file starts with a ${encoding} mark but is not valid ${encoding}`,
    );
  }
}

function decodeSingleByteFamily(bytes: Uint8Array): Decoded {
  checkNotBinary(bytes);
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    const offset = firstInvalidUtf8(body);
    const text = cp1251.decode(body);
    if (looksLikeCyrillic(text)) {
      return {
        text,
        encoding: 'windows-1251',
        warning: 'not valid UTF-8; read as windows-1251 (Cyrillic); convert it to UTF-8 to be sure',
      };
    }
    // KOI8-R read as windows-1251 comes out in Cyrillic but mostly upper case, so it fails above.
    const koi8 = koi8r.decode(body);
    if (looksLikeCyrillic(koi8)) {
      return {
        text: koi8,
        encoding: 'koi8-r',
        warning: 'not valid UTF-8; read as KOI8-R (Cyrillic); convert it to UTF-8 to be sure',
      };
    }
    throw new DyadError(
      'E_INPUT_ENCODING',
      `the file is not valid UTF-8 (bad byte at offset ${offset})`,
      'convert it to UTF-8, e.g. with iconv',
    );
  }
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function checkNotBinary(bytes: Uint8Array): void {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) {
      throw new DyadError('E_INPUT_BINARY', 'the file is binary (it contains NUL bytes), not text');
    }
    // Tab, line feed, vertical tab, form feed and carriage return are ordinary in text.
    if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f) control++;
  }
  if (control > sample.length * MAX_CONTROL_SHARE) {
    throw new DyadError('E_INPUT_BINARY', 'the file is binary (too many control characters), not text');
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

/**
 * windows-1251 decodes any byte sequence, so the guess must be checked: in Cyrillic prose nearly
 * every non-ASCII character is a Cyrillic letter, most of them lower case, and words do not mix
 * scripts; Latin-1 or another code page read as 1251 gives "Mьller", "cafй": mixed words.
 */
export function looksLikeCyrillic(text: string): boolean {
  let high = 0;
  let cyrillic = 0;
  let lower = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    high++;
    if (code >= 0x400 && code <= 0x4ff) {
      cyrillic++;
      if (ch !== ch.toUpperCase()) lower++;
    }
  }
  if (high === 0 || cyrillic < high * 0.9 || lower < cyrillic * 0.6) return false;
  let cyrillicWords = 0;
  let mixedWords = 0;
  for (const [word] of text.matchAll(WORD)) {
    if (!CYRILLIC.test(word)) continue;
    cyrillicWords++;
    if (LATIN.test(word)) mixedWords++;
  }
  return mixedWords <= cyrillicWords * 0.05;
}

const WORD = /\p{L}+/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
