import type { FastifyInstance } from 'fastify';

export const TOKEN_PATH = '/v1/auth/token';

/**
 * Every 401 carries WWW-Authenticate (RFC 9110 §11.6.1), also those raised by services. The token
 * endpoint authenticates clients by their credentials, so it names Basic (RFC 6749 §5.2); the rest
 * of the API names Bearer (RFC 6750). The guard sets a more precise Bearer challenge itself.
 */
export function registerWwwAuthenticate(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode === 401 && !reply.hasHeader('www-authenticate')) {
      const tokenEndpoint = request.url.split('?')[0] === TOKEN_PATH;
      void reply.header('www-authenticate', tokenEndpoint ? 'Basic realm="elo"' : 'Bearer realm="elo"');
    }
    return payload;
  });
}
