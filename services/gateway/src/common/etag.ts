import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  createParamDecorator,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, tap } from 'rxjs';
import { validationError } from '@elo/contracts';

// HTTP conditional requests (RFC 9110 §8.8.3, §13.1.1) over the resources' optimistic `version`.

/** The strong entity tag of a version: `"3"`. */
export const etagOf = (version: number): string => `"${version}"`;

// Only the tags this API issues; a weak tag (W/"3") cannot match under If-Match's strong comparison.
const ISSUED_TAG = /^"(0|[1-9][0-9]*)"$/;
const IF_MATCH_HINT = 'If-Match must be * or one strong entity tag from an ETag, such as "3"';

/**
 * The version an If-Match header expects: undefined without the header or with `*` (any current
 * version). Anything else but one issued tag is refused, naming the header.
 */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  if (value === '*') return undefined;
  const version = Number(ISSUED_TAG.exec(value)?.[1]);
  if (!Number.isSafeInteger(version)) throw validationError('If-Match', IF_MATCH_HINT);
  return version;
}

/** The expected version from the request's If-Match header (see parseIfMatch). */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  parseIfMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);

/** Documents the optional If-Match header of a conditional change; pair with @IfMatch() and a 412. */
export const ApiIfMatch = (): MethodDecorator =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description:
      'Change only if the resource is still at this version: the ETag of a previous read, e.g. "3" ' +
      '(412 otherwise), or * for any version. Without it the change is merged into the latest version.',
    schema: { type: 'string', example: '"3"' },
  });

@Injectable()
export class ETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      tap((body) => {
        const version = (body as { version?: unknown } | null)?.version;
        if (typeof version === 'number') void reply.header('etag', etagOf(version));
      }),
    );
  }
}
