import type { FastifyInstance } from 'fastify';
import { CONSOLE_CSP, isConsolePath } from './console';

/**
 * `X-Content-Type-Options: nosniff` on every response, so no browser renders an API answer as
 * something else; `Cache-Control: no-store` on every response to a request carrying credentials
 * (a bearer token, Basic on the token endpoint, or a person's session cookie) and to every answer of
 * the session routes (sign-in answers the CSRF token), so no shared or browser cache keeps it.
 * In `onSend`, which every response passes, errors included (404s, 413s, the problem filter's).
 * The console's pages (/console) also get a strict Content-Security-Policy and are never framed.
 */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff');
    const credentials = request.headers.authorization !== undefined || request.headers.cookie !== undefined;
    if (isConsolePath(request.url)) {
      // The console's files are the same for everyone (no personal data): they keep their own caching,
      // though the browser sends the session cookie with them.
      void reply.header('content-security-policy', CONSOLE_CSP);
      void reply.header('x-frame-options', 'DENY');
      void reply.header('referrer-policy', 'no-referrer');
      void reply.header('cross-origin-opener-policy', 'same-origin');
    } else if (credentials || request.url.startsWith('/v1/session')) {
      void reply.header('cache-control', 'no-store');
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
