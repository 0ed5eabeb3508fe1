/**
 * `dyad ingest` inputs to documents: the kind of each input from its name (or its first bytes
 * for standard input and unknown names), then the reader for that kind. Every failure is an item
 * naming its input, so the caller reports it and goes on.
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { DyadError } from '../core/errors.js';
import type { InputEntry } from './collect.js';
import { decodeText } from './decode.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { looksLikeHtml, readHtml } from './html.js';
import { parseJsonLine, readJsonLines } from './jsonl.js';
import { formatSize, MAX_INPUT_BYTES } from './limits.js';
import { fileSystemError } from './read-input.js';
import { decodeDeclared, fail, type ReadItem, sniffCharset } from './source-document.js';
import { readTelegram } from './telegram.js';

export type IngestKind = 'text' | 'html' | 'feed' | 'json' | 'jsonl';

/** File kinds `dyad ingest` picks up inside folders. */
export const INGEST_EXTENSIONS: readonly string[] = [
  '.txt',
  '.html',
  '.htm',
  '.xml',
  '.rss',
  '.atom',
  '.json',
  '.jsonl',
  '.ndjson',
];

/** Containers (feeds, exports) hold many articles, so they may be larger than one text. */
export const MAX_CONTAINER_BYTES = 512 * 1024 * 1024;

const BY_EXTENSION: Record<string, IngestKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.txt': 'text',
};

export function sniffKind(head: string): IngestKind {
  const start = head.trimStart();
  if (looksLikeHtml(start)) return 'html';
  if (start.startsWith('<?xml') || looksLikeFeed(start)) return 'feed';
  if (start.startsWith('{') || start.startsWith('[')) {
    const firstLine = start.split('\n', 1)[0] ?? '';
    return firstLine.trim().endsWith('}') && start.includes('\n{') ? 'jsonl' : 'json';
  }
  return 'text';
}

async function readBytes(path: string, limit: number): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new DyadError('E_INPUT_UNREADABLE', 'it is a folder');
    if (info.size > limit) {
      throw new DyadError('E_INPUT_TOO_LARGE', `the file is larger than ${formatSize(limit)}`);
    }
    return await handle.readFile();
  } catch (error) {
    throw fileSystemError(error);
  } finally {
    await handle?.close();
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_CONTAINER_BYTES) {
      throw new DyadError(
        'E_INPUT_TOO_LARGE',
        `standard input is larger than ${formatSize(MAX_CONTAINER_BYTES)}`,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function* readDocuments(
  entry: InputEntry,
  stdin: NodeJS.ReadableStream = process.stdin,
): AsyncGenerator<ReadItem> {
  if (entry.kind === 'error') {
    yield fail(entry.source, entry.error);
    return;
  }
  const source = entry.source;
  try {
    const named = entry.kind === 'file' ? BY_EXTENSION[extname(source).toLowerCase()] : undefined;
    if (named === 'jsonl' && entry.kind === 'file') {
      yield* readJsonLines(source, source);
      return;
    }
    const bytes =
      entry.kind === 'file'
        ? await readBytes(source, named === 'text' ? MAX_INPUT_BYTES : MAX_CONTAINER_BYTES)
        : await readAll(stdin);
    if (bytes.length === 0) throw new DyadError('E_INPUT_EMPTY', 'the input is empty');
    const kind = named ?? sniffKind(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)));
    yield* readKind(kind, bytes, source);
  } catch (error) {
    yield fail(source, error);
  }
}

function* readKind(kind: IngestKind, bytes: Uint8Array, source: string): Generator<ReadItem> {
  switch (kind) {
    case 'text': {
      if (bytes.length > MAX_INPUT_BYTES) {
        throw new DyadError('E_INPUT_TOO_LARGE', `the text is larger than ${formatSize(MAX_INPUT_BYTES)}`);
      }
      const decoded = decodeText(bytes);
      const doc = { text: decoded.text, source, title: null, published: null, lang: null };
      yield { ok: true, doc: decoded.warning ? { ...doc, warning: decoded.warning } : doc };
      return;
    }
    case 'html': {
      const decoded = decodeDeclared(bytes, sniffCharset(bytes));
      const doc = readHtml(decoded.text, source);
      yield { ok: true, doc: decoded.warning ? { ...doc, warning: decoded.warning } : doc };
      return;
    }
    case 'feed':
      yield* readFeed(decodeDeclared(bytes, sniffCharset(bytes)).text, source);
      return;
    case 'jsonl': {
      const lines = decodeText(bytes).text.split('\n');
      for (const [i, line] of lines.entries()) {
        if (line.trim()) yield parseJsonLine(line, `${source}:${i + 1}`);
      }
      return;
    }
    case 'json':
      yield* readJson(decodeText(bytes).text, source);
  }
}

function* readJson(text: string, source: string): Generator<ReadItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    const truncated = /end of (JSON )?input|Unterminated/i.test(reason);
    throw new DyadError(
      'E_INPUT_UNREADABLE',
      `${truncated ? 'truncated' : 'invalid'} JSON (${reason})`,
      truncated ? 'the file was cut off; export or download it again' : undefined,
    );
  }
  // An array of {text, url, ...} is JSON Lines in one piece.
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield parseJsonLine(JSON.stringify(item), `${source}#${i + 1}`);
    return;
  }
  yield* readTelegram(value, source);
}
