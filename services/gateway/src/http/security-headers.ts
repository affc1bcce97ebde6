import type { FastifyInstance } from 'fastify';
import { CONSOLE_CSP, isConsolePath } from './console';

/**
 * `X-Content-Type-Options: nosniff` on every response, so no browser renders an API answer as
 * something else; `Cache-Control: no-store` on every response to a request carrying credentials
 * (a bearer token, or Basic on the token endpoint), so no shared or browser cache keeps it.
 * In `onSend`, which every response passes, errors included (404s, 413s, the problem filter's).
 * The console's pages (/console) also get a strict Content-Security-Policy and are never framed.
 */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff');
    if (request.headers.authorization !== undefined) void reply.header('cache-control', 'no-store');
    if (isConsolePath(request.url)) {
      void reply.header('content-security-policy', CONSOLE_CSP);
      void reply.header('x-frame-options', 'DENY');
      void reply.header('referrer-policy', 'no-referrer');
      void reply.header('cross-origin-opener-policy', 'same-origin');
    }
    return payload;
  });
}

/** Headers a permitted browser origin may read from responses. */
export const CORS_EXPOSED_HEADERS = [
  'ETag',
  'Location',
  'Retry-After',
  'RateLimit',
  'RateLimit-Policy',
  'X-Request-Id',
  'WWW-Authenticate',
];
