import { UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { ETagInterceptor } from '../common/etag';

// Answers are documented from the contracts' zod schemas, the same ones their types are read from:
// one definition of each response (requests: zod-http.ts).

type JsonSchema = Record<string, unknown>;

export function openApiSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io,
    target: 'openapi-3.0',
    unrepresentable: 'any',
  });
  return json;
}

export const ApiZodOk = (schema: z.ZodType, description?: string): MethodDecorator =>
  ApiOkResponse({ schema: openApiSchema(schema, 'output'), ...(description ? { description } : {}) });

export const ApiZodCreated = (schema: z.ZodType, description: string): MethodDecorator =>
  ApiResponse({ status: 201, schema: openApiSchema(schema, 'output'), description });

/** A 200 of one versioned resource, sent with `ETag: "<version>"` and documented so. */
export const ApiZodETag = (schema: z.ZodType): MethodDecorator =>
  applyDecorators(
    UseInterceptors(ETagInterceptor),
    ApiOkResponse({
      schema: openApiSchema(schema, 'output'),
      headers: {
        ETag: {
          description: 'Strong entity tag of the returned version, e.g. "3"; send it back in If-Match',
          schema: { type: 'string' },
        },
      },
    }),
  );
