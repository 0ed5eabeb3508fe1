/** The document body of POST /documents and POST /extract, checked field by field. */
import { LANGS, type Lang } from '../core/doc.js';
import { HttpProblem } from './problem.js';

export interface DocumentBody {
  text: string;
  url: string | null;
  title: string | null;
  published: string | null;
  lang: Lang | 'auto';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseDocumentBody(value: unknown): DocumentBody {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new HttpProblem(400, 'the body must be a JSON object with a "text" field');
  }
  const body = value as Record<string, unknown>;
  const optional = (key: string): string | null => {
    const field = body[key];
    if (field === undefined || field === null) return null;
    if (typeof field !== 'string') throw new HttpProblem(422, `"${key}" must be a string`);
    return field;
  };
  if (typeof body.text !== 'string' || body.text.trim() === '') {
    throw new HttpProblem(422, '"text" must be a non-empty string');
  }
  const published = optional('published');
  if (published !== null && !DAY.test(published)) {
    throw new HttpProblem(422, '"published" must be a date as YYYY-MM-DD');
  }
  const lang = optional('lang') ?? 'auto';
  if (lang !== 'auto' && !LANGS.includes(lang as Lang)) {
    throw new HttpProblem(422, `"lang" must be auto, ${LANGS.join(', ')}`);
  }
  return {
    text: body.text,
    url: optional('url'),
    title: optional('title'),
    published,
    lang: lang as Lang | 'auto',
  };
}
