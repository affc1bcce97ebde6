import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, HTTP_REQUEST_ID_HEADER } from '@elo/contracts';
import { PROBLEM_CONTENT_TYPE, toProblem } from '@elo/errors';
import { sanitizeCorrelationId } from '@elo/observability';

/** Fastify's default: a longer path parameter is refused before any route runs. */
export const MAX_PARAM_LENGTH = 100;

const DETAILS: Record<string, string> = {
  FST_ERR_MAX_PARAM_LENGTH: `A path parameter is longer than ${MAX_PARAM_LENGTH} characters.`,
  FST_ERR_BAD_URL: 'The URL is not valid.',
};

/**
 * Errors Fastify raises while routing, before Nest sees the request (a path parameter too long, a URL
 * that does not decode): answered as problem+json like every other error, without Fastify's own code
 * and without echoing the URL, instead of Fastify's plain JSON.
 */
export function frameworkErrors(
  error: Error & { code?: string },
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const detail = DETAILS[error.code ?? ''] ?? 'The request is not valid.';
  const correlationId = sanitizeCorrelationId(request.headers[HTTP_REQUEST_ID_HEADER]);
  const problem = toProblem(
    new DomainError('COMMON.BAD_REQUEST', detail),
    request.url.split('?')[0] ?? '/',
    correlationId,
  );
  void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
}
