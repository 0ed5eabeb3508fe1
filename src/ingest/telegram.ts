/**
 * Telegram Desktop channel exports (result.json): each post with text is a document, dated and
 * linked (t.me/<username>/<id> when the export names the channel's username, else t.me/c/<id>/<id>,
 * which opens for members). Text may be a string or a list of plain strings and styled pieces
 * (links, bold, mentions): the pieces are joined, their styling dropped.
 */
import { DyadError } from '../core/errors.js';
import { fail, type ReadItem, tidyText, toDay } from './source-document.js';

interface Piece {
  type?: string;
  text?: string;
}

interface Message {
  id?: number;
  type?: string;
  date?: string;
  date_unixtime?: string;
  text?: string | (string | Piece)[];
  text_entities?: Piece[];
}

interface Export {
  name?: string;
  type?: string;
  id?: number;
  username?: string;
  messages?: Message[];
}

export function flattenText(text: Message['text'], entities?: Piece[]): string {
  if (Array.isArray(entities) && entities.length > 0) return entities.map((e) => e.text ?? '').join('');
  if (typeof text === 'string') return text;
  if (Array.isArray(text))
    return text.map((piece) => (typeof piece === 'string' ? piece : (piece.text ?? ''))).join('');
  return '';
}

export function isTelegramExport(value: unknown): boolean {
  return Boolean(value && typeof value === 'object' && Array.isArray((value as Export).messages));
}

export function readTelegram(value: unknown, source: string): ReadItem[] {
  if (!isTelegramExport(value)) {
    throw new DyadError(
      'E_INPUT_UNREADABLE',
      'JSON, but not a Telegram Desktop channel export (no "messages" list)',
      'export the channel from Telegram Desktop as JSON and pass its result.json',
    );
  }
  const channel = value as Export;
  const base = channel.username ? `https://t.me/${channel.username}` : `https://t.me/c/${channel.id ?? 0}`;
  const items: ReadItem[] = [];
  for (const message of channel.messages ?? []) {
    // Service messages (pins, joins) and posts without text (a photo alone) are not articles.
    if (message.type !== 'message') continue;
    const link = message.id !== undefined ? `${base}/${message.id}` : `${source}#?`;
    try {
      const text = tidyText(flattenText(message.text, message.text_entities));
      if (!text) continue;
      const published = toDay(message.date) ?? toDay(Number(message.date_unixtime));
      items.push({
        ok: true,
        doc: { text, source: link, title: channel.name ?? null, published, lang: null },
      });
    } catch (error) {
      items.push(fail(link, error));
    }
  }
  return items;
}
