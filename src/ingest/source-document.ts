/**
 * What every reader yields: one article's text with what the container said about it (title,
 * date, link, language). Containers holding many articles yield failures in place, so one bad
 * item never stops the rest.
 */
import { LANGS, type Lang } from '../core/doc.js';
import { DyadError } from '../core/errors.js';
import { decodeText } from './decode.js';

export interface SourceDocument {
  text: string;
  /** A link when the container gives one, else the path (with #n for the n-th item). */
  source: string;
  title: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  lang: Lang | null;
  warning?: string;
}

export type ReadItem = { ok: true; doc: SourceDocument } | { ok: false; source: string; error: Error };

export const fail = (source: string, error: unknown): ReadItem => ({
  ok: false,
  source,
  error: error instanceof Error ? error : new Error(String(error)),
});

/** Any date a feed or page may carry, as YYYY-MM-DD in UTC; null when it is not a date. */
export function toDay(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (iso) return iso[1] ?? null;
  const date = new Date(typeof value === 'number' ? value * 1000 : text);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** 'ru-RU', 'uk', 'en_GB' → the dyad language, or null for anything else. */
export function toLang(value: unknown): Lang | null {
  if (typeof value !== 'string') return null;
  const code = value.trim().slice(0, 2).toLowerCase();
  return (LANGS as readonly string[]).includes(code) ? (code as Lang) : null;
}

const LABELS: Record<string, string> = { cp1251: 'windows-1251', koi8r: 'koi8-r', utf8: 'utf-8' };

/**
 * Bytes whose container declares a charset (HTML meta, XML declaration): the declaration wins
 * when it names a legacy encoding, since UTF-8 detection cannot tell it from windows-1251.
 */
export function decodeDeclared(
  bytes: Uint8Array,
  declared: string | null,
): { text: string; warning?: string } {
  const label = declared ? (LABELS[declared.toLowerCase()] ?? declared.toLowerCase()) : null;
  if (label && label !== 'utf-8' && !label.startsWith('utf-16')) {
    try {
      return { text: new TextDecoder(label).decode(bytes) };
    } catch {
      throw new DyadError('E_INPUT_ENCODING', `it declares an unknown character set '${declared}'`);
    }
  }
  return decodeText(bytes);
}

/** The charset a document declares in its first kilobytes (ASCII-compatible encodings only). */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match =
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return match?.[1] ?? null;
}

/** Collapses runs of spaces inside lines and of blank lines, keeping paragraphs apart. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
