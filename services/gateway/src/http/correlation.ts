import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { HTTP_REQUEST_ID_HEADER, type Caller } from '@elo/contracts';
import { runWithContext, sanitizeCorrelationId } from '@elo/observability';

export type CorrelatedRequest = FastifyRequest & { correlationId: string; caller?: Caller };

/** Takes X-Request-Id (or makes one), keeps it on the request and echoes it in every response. */
export function registerCorrelation(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const id = sanitizeCorrelationId(request.headers[HTTP_REQUEST_ID_HEADER]);
    (request as CorrelatedRequest).correlationId = id;
    void reply.header(HTTP_REQUEST_ID_HEADER, id);
  });
}

/** Runs the handler inside the request context so logs and NATS calls carry the id. */
@Injectable()
export class CorrelationInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<CorrelatedRequest>();
    return new Observable((subscriber) =>
      runWithContext({ correlationId: request.correlationId, caller: request.caller }, () =>
        next.handle().subscribe(subscriber),
      ),
    );
  }
}
