import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { httpMetrics } from '@elo/observability';
import type { CorrelatedRequest } from './correlation';

/** One log line and metric sample per request; URLs are logged without their query string. */
export function registerRequestLog(fastify: FastifyInstance, logger: Logger, registry: Registry): void {
  const metrics = httpMetrics(registry);
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const seconds = reply.elapsedTime / 1000;
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.duration.observe({ method: request.method, route }, seconds);
    logger.info({
      msg: 'request',
      correlationId: (request as CorrelatedRequest).correlationId,
      method: request.method,
      path: request.url.split('?')[0],
      route,
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime),
      clientId: (request as CorrelatedRequest).caller?.clientId,
    });
  });
}
