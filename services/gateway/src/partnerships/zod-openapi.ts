import { Injectable, type PipeTransform, UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { parseInput } from '@elo/contracts';
import { ETagInterceptor } from '../common/etag';

// The partnership endpoints validate and document with the contracts' zod schemas directly, the
// same schemas the service parses with: one definition of each request and response.

type JsonSchema = Record<string, unknown>;

export function openApiSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    io,
    target: 'openapi-3.0',
    unrepresentable: 'any',
  });
  return json;
}

/** Parses a body or query with a zod schema: COMMON.VALIDATION naming each field otherwise. */
@Injectable()
export class ZodPipe implements PipeTransform {
  constructor(private readonly schema: z.ZodType) {}

  transform(value: unknown): unknown {
    return parseInput(this.schema, value ?? {});
  }
}

export const ApiZodBody = (schema: z.ZodType): MethodDecorator =>
  ApiBody({ required: true, schema: openApiSchema(schema, 'input') });

/** One documented query parameter per field of an object schema. */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  return applyDecorators(
    ...Object.entries(schema.shape).map(([name, field]) => {
      const json = openApiSchema(field as z.ZodType, 'input');
      return ApiQuery({
        name,
        required: false,
        schema: json,
        ...(typeof json['description'] === 'string' ? { description: json['description'] } : {}),
      });
    }),
  );
}

export const ApiZodOk = (schema: z.ZodType, description?: string): MethodDecorator =>
  ApiOkResponse({ schema: openApiSchema(schema, 'output'), ...(description ? { description } : {}) });

export const ApiZodCreated = (schema: z.ZodType, description: string): MethodDecorator =>
  ApiResponse({ status: 201, schema: openApiSchema(schema, 'output'), description });

/** A 200 of one agreement, sent with `ETag: "<version>"`. */
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
