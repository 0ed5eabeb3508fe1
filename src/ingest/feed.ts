/**
 * RSS 2.0 and Atom feeds: each item or entry is a document with its own date and link. Item
 * bodies are HTML fragments (content:encoded, description, content, summary), turned to text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DyadError } from '../core/errors.js';
import { htmlFragmentText } from './html.js';
import { fail, type ReadItem, toDay, toLang } from './source-document.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  processEntities: true,
  htmlEntities: true,
});

type Node = Record<string, unknown>;

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object') return text((value as Node)['#text']);
  return null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const nodes = links as Node[];
  const alternate = nodes.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? nodes[0];
  return text(alternate?.['@href']) ?? text(alternate);
}

export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(head.slice(0, 4096));
}

export function readFeed(xml: string, source: string): ReadItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new DyadError(
      'E_INPUT_UNREADABLE',
      `not a valid XML feed (line ${valid.err.line}: ${valid.err.msg})`,
    );
  }
  const root = parser.parse(xml) as Node;
  const rss = (root.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const atom = root.feed as Node | undefined;
  if (rss || rdf) {
    const channel = rss ?? (rdf?.channel as Node | undefined) ?? {};
    const items = ((rss?.item ?? rdf?.item ?? []) as Node[]).map((item, i) => {
      const link = text((item.link as unknown[] | undefined)?.[0]) ?? text(item.guid);
      const body = text(item['content:encoded']) ?? text(item.description) ?? '';
      return entry(
        `${source}#${i + 1}`,
        link,
        text(item.title),
        body,
        item.pubDate ?? item['dc:date'],
        channel.language,
      );
    });
    return items;
  }
  if (atom) {
    return ((atom.entry ?? []) as Node[]).map((item, i) =>
      entry(
        `${source}#${i + 1}`,
        atomLink(item.link),
        text(item.title),
        text(item.content) ?? text(item.summary) ?? '',
        item.published ?? item.updated,
        item['@xml:lang'] ?? atom['@xml:lang'],
      ),
    );
  }
  throw new DyadError(
    'E_INPUT_UNREADABLE',
    'XML, but not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed>)',
  );
}

function entry(
  place: string,
  link: string | null,
  title: string | null,
  html: string,
  date: unknown,
  lang: unknown,
): ReadItem {
  const source = link ?? place;
  try {
    const body = htmlFragmentText(html);
    const content = title && !body.startsWith(title) ? `${title}\n\n${body}`.trim() : body;
    if (!content) return fail(source, new DyadError('E_INPUT_EMPTY', 'the item has no text'));
    return {
      ok: true,
      doc: { text: content, source, title, published: toDay(text(date)), lang: toLang(text(lang)) },
    };
  } catch (error) {
    return fail(source, error);
  }
}
