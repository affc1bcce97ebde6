import type { FastifyInstance } from 'fastify';

/**
 * `X-Content-Type-Options: nosniff` on every response, so no browser renders an API answer as
 * something else; `Cache-Control: no-store` on every response to a request carrying credentials
 * (a bearer token, Basic on the token endpoint, or a person's session cookie) and to every answer of
 * the session routes (sign-in answers the CSRF token), so no shared or browser cache keeps it.
 * In `onSend`, which every response passes, errors included (404s, 413s, the problem filter's).
 */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    void reply.header('x-content-type-options', 'nosniff');
    const credentials = request.headers.authorization !== undefined || request.headers.cookie !== undefined;
    if (credentials || request.url.startsWith('/v1/session')) void reply.header('cache-control', 'no-store');
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
