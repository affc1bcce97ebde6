import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorCode } from '@elo/contracts';
import { currentContext, sanitizeCorrelationId } from '@elo/observability';
import { PROBLEM_CONTENT_TYPE, buildProblem, type ProblemDetails } from './problem';

function codeForHttpStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'COMMON.BAD_REQUEST';
    case 401:
      return 'AUTH.UNAUTHENTICATED';
    case 403:
      return 'AUTH.FORBIDDEN';
    case 404:
      return 'COMMON.ROUTE_NOT_FOUND';
    case 405:
      return 'COMMON.METHOD_NOT_ALLOWED';
    case 413:
      return 'COMMON.PAYLOAD_TOO_LARGE';
    case 415:
      return 'COMMON.UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'COMMON.RATE_LIMITED';
    case 503:
      return 'COMMON.SERVICE_UNAVAILABLE';
    case 504:
      return 'COMMON.TIMEOUT';
    default:
      return status >= 400 && status < 500 ? 'COMMON.BAD_REQUEST' : 'COMMON.INTERNAL';
  }
}

/** Fastify's own errors (bad JSON, body too large, wrong content type) carry a statusCode. */
function fastifyStatus(exception: unknown): number | undefined {
  const status = (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : undefined;
}

export function toProblem(exception: unknown, instance: string, correlationId: string): ProblemDetails {
  if (exception instanceof DomainError) {
    return buildProblem({
      code: exception.code,
      detail: exception.message,
      instance,
      correlationId,
      errors: exception.errors,
    });
  }
  const status = exception instanceof HttpException ? exception.getStatus() : fastifyStatus(exception);
  if (status !== undefined) {
    const code = codeForHttpStatus(status);
    const detail = code === 'COMMON.INTERNAL' ? 'Internal error.' : (exception as Error).message;
    return buildProblem({ code, detail, instance, correlationId });
  }
  return buildProblem({ code: 'COMMON.INTERNAL', detail: 'Internal error.', instance, correlationId });
}

const SERVER_ERROR_DETAIL = 'The request could not be completed; quote the correlationId when reporting it.';

/** `instance` is the path only: a query string may hold search terms or tokens that must not be echoed. */
export function instanceOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

/** Every error leaving the HTTP API is RFC 9457 problem+json, built here and nowhere else. */
@Catch()
export class ProblemExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest & { correlationId?: string }>();
    const reply = http.getResponse<FastifyReply>();
    const correlationId =
      request.correlationId ?? currentContext()?.correlationId ?? sanitizeCorrelationId(undefined);
    const problem = toProblem(exception, instanceOf(request.url), correlationId);
    if (problem.status >= 500) {
      const err = exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
      this.logger.error({ msg: 'request failed', code: problem.code, detail: problem.detail, err });
      // What failed inside (a service's name, an RPC subject) is for the logs, found by correlation id.
      problem.detail = SERVER_ERROR_DETAIL;
    }
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }
}
