/**
 * Writes need `Authorization: Bearer <DYAD_TOKEN>`. With no token configured the server refuses
 * writes outright (an open write endpoint on a shared host is a gift to spammers) and says how
 * to set one.
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { problem } from './problem.js';

export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (!token) {
      return problem(
        c,
        403,
        'writes are disabled: start the server with a token, e.g. DYAD_TOKEN=$(openssl rand -hex 16) dyad serve, and send it as Authorization: Bearer <token>',
      );
    }
    const header = c.req.header('authorization') ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '';
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      c.header('www-authenticate', 'Bearer realm="dyad"');
      return problem(c, 401, 'a valid Authorization: Bearer <DYAD_TOKEN> header is required for writes');
    }
    await next();
  };
}
