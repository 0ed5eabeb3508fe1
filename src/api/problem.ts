/** Errors as RFC 9457 problem details (application/problem+json), one shape for every route. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  500: 'Internal server error',
};

export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly slug = 'about:blank',
  ) {
    super(detail);
  }
}

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  slug = 'about:blank',
): Response {
  const body: Problem = { type: slug, title: TITLES[status] ?? 'Error', status, detail };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json' });
}
