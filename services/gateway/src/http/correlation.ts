import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HTTP_REQUEST_ID_HEADER, type Caller } from '@elo/contracts';
import { currentContext, runWithContext, sanitizeCorrelationId } from '@elo/observability';

export type CorrelatedRequest = FastifyRequest & { correlationId: string; caller?: Caller };

/**
 * Takes X-Request-Id (or makes one), keeps it on the request and echoes it in every response; and runs
 * the route (Nest's guard, pipes, interceptors and handler) inside the request context, so logs and NATS
 * calls carry the id and, once the guard has set it, the caller.
 */
export function registerCorrelation(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const id = sanitizeCorrelationId(request.headers[HTTP_REQUEST_ID_HEADER]);
    (request as CorrelatedRequest).correlationId = id;
    void reply.header(HTTP_REQUEST_ID_HEADER, id);
  });
  // preHandler, after the body is read (a body's stream events would run outside the context), and with
  // `done`: Fastify calls the route from within it, so the whole route runs inside `runWithContext`. This
  // replaces a global Nest interceptor, one rxjs Observable less per request.
  fastify.addHook('preHandler', (request, _reply, done) => {
    runWithContext({ correlationId: (request as CorrelatedRequest).correlationId }, done);
  });
}

/** Records the authenticated caller in the request and in its context (forwarded to services). */
export function setCaller(request: CorrelatedRequest, caller: Caller): void {
  request.caller = caller;
  const context = currentContext();
  if (context) context.caller = caller;
}
