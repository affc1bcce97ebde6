import { UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ETagInterceptor } from '../common/etag';

/** A JSON answer, described in words (its type is the contracts' interface of the same name). */
export function ApiJsonResponse(description: string, status = 200): MethodDecorator {
  return ApiResponse({ status, description, schema: { type: 'object', description } });
}

/** A 200 of one versioned resource, sent with `ETag: "<version>"` for a later If-Match. */
export function ApiJsonETagResponse(description: string): MethodDecorator {
  return applyDecorators(
    UseInterceptors(ETagInterceptor),
    ApiResponse({
      status: 200,
      description,
      schema: { type: 'object', description },
      headers: {
        ETag: {
          description: 'Strong entity tag of the returned version, e.g. "3"; send it back in If-Match',
          schema: { type: 'string' },
        },
      },
    }),
  );
}
