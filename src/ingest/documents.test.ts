import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocuments } from './documents.js';
import type { ReadItem } from './source-document.js';

const PARAGRAPH =
  'Министр иностранных дел России Сергей Лавров в среду провел переговоры с китайским коллегой Ван И. ' +
  'Стороны обсудили ситуацию на Ближнем Востоке и подготовку визита председателя КНР в Москву.';

const HTML = `<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Лавров и Ван И провели переговоры | Новости</title>
<meta property="og:url" content="https://news.example/politics/lavrov-wang">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Лавров и Ван И провели переговоры","datePublished":"2025-12-03T10:15:00+03:00"}</script>
</head><body><nav><a href="/">Главная</a> <a href="/world">Мир</a></nav>
<article><h1>Лавров и Ван И провели переговоры</h1><p>${PARAGRAPH}</p>
<p>Лавров заявил, что Москва и Пекин выступают против односторонних санкций.</p></article>
<footer>© Новости, 2025</footer></body></html>`;

const CP1251_HTML = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<meta property="article:published_time" content="2025-11-14"></head><body><article><p>${PARAGRAPH}</p></article></body></html>`;

const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Лента</title>
<language>ru</language>
<item><title>Лавров провел переговоры с Ван И</title><link>https://news.example/1</link>
<pubDate>Wed, 03 Dec 2025 07:15:00 GMT</pubDate><description><![CDATA[<p>${PARAGRAPH}</p>]]></description></item>
<item><title>ЕС ввел санкции</title><link>https://news.example/2</link><pubDate>Fri, 14 Nov 2025 09:00:00 GMT</pubDate>
<description>Евросоюз утвердил новый пакет санкций против России.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>World</title><entry><title>Starmer and Macron pledge air defence</title>
<link rel="alternate" href="https://news.example/en/1"/><published>2025-11-20T18:00:00Z</published>
<content type="html">&lt;p&gt;British Prime Minister Keir Starmer hosted a video conference.&lt;/p&gt;</content></entry></feed>`;

const TELEGRAM = {
  name: 'Новини',
  type: 'public_channel',
  id: 1234567,
  messages: [
    { id: 10, type: 'service', date: '2025-12-01T09:00:00', action: 'pin_message', text: '' },
    {
      id: 11,
      type: 'message',
      date: '2025-12-02T10:30:00',
      text: ['Сибіга провів зустріч з ', { type: 'bold', text: 'Вадефулем' }, ' у Берліні.'],
      text_entities: [
        { type: 'plain', text: 'Сибіга провів зустріч з ' },
        { type: 'bold', text: 'Вадефулем' },
        { type: 'plain', text: ' у Берліні.' },
      ],
    },
    { id: 12, type: 'message', date: '2025-12-02T11:00:00', photo: 'photos/1.jpg', text: '' },
  ],
};

const JSONL = [
  JSON.stringify({
    text: 'Зеленский провел разговор с Такаити.',
    url: 'https://a.example/1',
    published: '2025-10-24',
  }),
  '{"text": "обрыв',
  JSON.stringify({ url: 'https://a.example/3' }),
  JSON.stringify({ text: 'Japan and Ukraine agreed to cooperate.', title: 'Call', lang: 'en' }),
].join('\n');

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-readers-'));
  writeFileSync(join(dir, 'page.html'), HTML);
  writeFileSync(join(dir, 'legacy.htm'), new Uint8Array(cp1251Bytes(CP1251_HTML)));
  writeFileSync(join(dir, 'feed.xml'), RSS);
  writeFileSync(join(dir, 'feed.atom'), ATOM);
  writeFileSync(join(dir, 'result.json'), JSON.stringify(TELEGRAM));
  writeFileSync(join(dir, 'items.jsonl'), JSONL);
  writeFileSync(join(dir, 'truncated.json'), JSON.stringify(TELEGRAM).slice(0, 150));
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ chats: { list: [] } }));
  writeFileSync(join(dir, 'broken.rss'), '<html><body>Not found</body>');
  writeFileSync(
    join(dir, 'latin1.txt'),
    Uint8Array.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0xdf, 0x20, 0xe9]),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cp1251Bytes(text: string): number[] {
  return [...text].map((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (ch === 'ё') return 0xb8;
    throw new Error(`no byte for ${ch}`);
  });
}

async function read(file: string, stdin?: string): Promise<ReadItem[]> {
  const entry =
    stdin === undefined
      ? { kind: 'file' as const, source: join(dir, file) }
      : { kind: 'stdin' as const, source: '-' as const };
  const items: ReadItem[] = [];
  for await (const item of readDocuments(entry, Readable.from([Buffer.from(stdin ?? '')]))) items.push(item);
  return items;
}

const docs = (items: ReadItem[]) => items.flatMap((item) => (item.ok ? [item.doc] : []));
const errors = (items: ReadItem[]) => items.flatMap((item) => (item.ok ? [] : [item.error.message]));

describe('readDocuments', () => {
  it('reads an HTML article: body without navigation, metadata from JSON-LD and the page', async () => {
    const [doc] = docs(await read('page.html'));
    expect(doc).toMatchObject({
      source: 'https://news.example/politics/lavrov-wang',
      title: 'Лавров и Ван И провели переговоры',
      published: '2025-12-03',
      lang: 'ru',
    });
    expect(doc?.text.startsWith('Лавров и Ван И провели переговоры\n\nМинистр иностранных дел')).toBe(true);
    expect(doc?.text).toContain('санкций.');
    expect(doc?.text).not.toMatch(/Главная|©/);
  });

  it('decodes a windows-1251 page by its declared charset', async () => {
    const [doc] = docs(await read('legacy.htm'));
    expect(doc?.text).toContain('Сергей Лавров');
    expect(doc?.published).toBe('2025-11-14');
  });

  it.each([
    [
      'an RSS feed',
      'feed.xml',
      [
        ['https://news.example/1', '2025-12-03', 'ru'],
        ['https://news.example/2', '2025-11-14', 'ru'],
      ],
    ],
    ['an Atom feed', 'feed.atom', [['https://news.example/en/1', '2025-11-20', 'en']]],
    ['a Telegram export', 'result.json', [['https://t.me/c/1234567/11', '2025-12-02', null]]],
    [
      'JSON Lines',
      'items.jsonl',
      [
        ['https://a.example/1', '2025-10-24', null],
        [`${'items.jsonl'}:4`, null, 'en'],
      ],
    ],
  ])('reads each item of %s as a document', async (_name, file, expected) => {
    const found = docs(await read(file)).map((d) => [d.source.replace(`${dir}/`, ''), d.published, d.lang]);
    expect(found).toEqual(expected);
  });

  it('flattens Telegram text entities and keeps the item text of feeds', async () => {
    expect(docs(await read('result.json'))[0]?.text).toBe('Сибіга провів зустріч з Вадефулем у Берліні.');
    const [first] = docs(await read('feed.xml'));
    expect(first?.text).toBe(`Лавров провел переговоры с Ван И\n\n${PARAGRAPH}`);
  });

  it.each([
    ['truncated JSON', 'truncated.json', /^truncated JSON/],
    ['JSON of another shape', 'other.json', /not a Telegram Desktop channel export/],
    ['a feed that is not XML', 'broken.rss', /not a valid XML feed|not an RSS or Atom feed/],
    ['a wrong encoding', 'latin1.txt', /not valid UTF-8/],
    ['a missing file', 'nope.txt', /no such file/],
  ])('reports %s as one failure', async (_name, file, message) => {
    const items = await read(file);
    expect(items).toHaveLength(1);
    expect(errors(items)[0]).toMatch(message);
  });

  it('reports bad JSON Lines in place and keeps the others', async () => {
    expect(errors(await read('items.jsonl'))).toEqual([
      expect.stringMatching(/^invalid JSON/),
      'the line has no "text"',
    ]);
  });

  it.each([
    ['HTML', HTML, 'https://news.example/politics/lavrov-wang'],
    ['an RSS feed', RSS, 'https://news.example/1'],
    ['a Telegram export', JSON.stringify(TELEGRAM), 'https://t.me/c/1234567/11'],
    ['plain text', PARAGRAPH, '-'],
  ])('recognises %s on standard input', async (_name, input, source) => {
    expect(docs(await read('-', input))[0]?.source).toBe(source);
  });
});
