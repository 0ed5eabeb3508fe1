/**
 * HTML pages: the article body by Readability (over linkedom, no browser), paragraphs kept apart;
 * title, publication date and language from Open Graph / article meta tags or JSON-LD, which news
 * sites fill for search engines far more reliably than the visible page.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DyadError } from '../core/errors.js';
import { type SourceDocument, tidyText, toDay, toLang } from './source-document.js';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td';

interface PageMeta {
  title: string | null;
  published: string | null;
  lang: string | null;
  url: string | null;
}

type HtmlDocument = ReturnType<typeof parseHTML>['document'];

function meta(document: HtmlDocument, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const content = element?.getAttribute('content');
    if (content) return content.trim();
  }
  return null;
}

function jsonLd(document: HtmlDocument): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const value = JSON.parse(script.textContent ?? '') as unknown;
      const items = Array.isArray(value) ? value : [value];
      for (const item of items) {
        if (item && typeof item === 'object') {
          const graph = (item as { '@graph'?: unknown })['@graph'];
          if (Array.isArray(graph)) found.push(...(graph as Record<string, unknown>[]));
          else found.push(item as Record<string, unknown>);
        }
      }
    } catch {
      // Broken JSON-LD is common; the meta tags still count.
    }
  }
  return found;
}

function pageMeta(document: HtmlDocument): PageMeta {
  const article = jsonLd(document).find((item) => typeof item.datePublished === 'string' || item.headline);
  const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  return {
    title: str(article?.headline) ?? meta(document, 'og:title', 'twitter:title') ?? str(document.title),
    published:
      str(article?.datePublished) ??
      meta(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date'),
    lang:
      str(article?.inLanguage) ??
      document.documentElement?.getAttribute('lang') ??
      meta(document, 'og:locale', 'language', 'content-language'),
    url:
      meta(document, 'og:url') ??
      document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      null,
  };
}

function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)]
    // Nested blocks (p inside li) would repeat their text.
    .filter((element) => !element.parentElement?.closest(BLOCKS))
    .map((element) => (element.textContent ?? '').trim())
    .filter((text) => text.length > 0);
  return blocks.length > 0 ? blocks.join('\n\n') : (document.body?.textContent ?? '');
}

export function readHtml(html: string, source: string): SourceDocument {
  const { document } = parseHTML(html);
  const info = pageMeta(document);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 200,
  }).parse();
  const body = article?.content ? blockText(article.content) : (document.body?.textContent ?? '');
  const text = tidyText(body);
  if (!text) throw new DyadError('E_INPUT_EMPTY', 'the page has no article text');
  const title = info.title ?? article?.title ?? null;
  return {
    // The headline is part of the story: events are often stated only there.
    text: title && !text.startsWith(title) ? `${title}\n\n${text}` : text,
    source: info.url && /^https?:/i.test(info.url) ? info.url : source,
    title,
    published: toDay(info.published ?? article?.publishedTime ?? null),
    lang: toLang(info.lang ?? article?.lang ?? null),
  };
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}

/** Plain text of an HTML fragment (feed descriptions): paragraphs kept apart. */
export function htmlFragmentText(html: string): string {
  return tidyText(/<[a-z][\s\S]*>/i.test(html) ? blockText(html) : html);
}
