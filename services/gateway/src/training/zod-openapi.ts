import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { DEFAULT_PAGE_LIMIT } from '@elo/contracts';

type SchemaObject = NonNullable<Extract<Parameters<typeof ApiBody>[0], { schema?: unknown }>['schema']>;

// The training routes document their requests from the contracts' zod schemas, which the service
// also validates with: the gateway passes bodies and queries through, and the service answers
// COMMON.VALIDATION (400) naming each field. One definition, no drift.

export function openApiSchema(schema: z.ZodType): SchemaObject {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'openapi-3.0', unrepresentable: 'any' });
  const { $schema: _ignored, ...rest } = json as Record<string, unknown>;
  return rest;
}

export function ApiZodBody(schema: z.ZodType, description: string): MethodDecorator {
  return ApiBody({ description, required: true, schema: openApiSchema(schema) });
}

/** One query parameter per property of the schema (except those the path supplies). */
export function ApiZodQuery(schema: z.ZodObject, omit: readonly string[] = []): MethodDecorator {
  const shape = (openApiSchema(schema) as { properties?: Record<string, SchemaObject> }).properties ?? {};
  return applyDecorators(
    ...Object.entries(shape)
      .filter(([name]) => !omit.includes(name))
      .map(([name, property]) =>
        ApiQuery({
          name,
          required: false,
          schema: property,
          description: describe(name, property),
        }),
      ),
  );
}

export function ApiJsonResponse(description: string, status = 200): MethodDecorator {
  return ApiResponse({ status, description, schema: { type: 'object', description } });
}

function describe(name: string, property: unknown): string {
  const own = (property as { description?: string }).description;
  if (own) return own;
  if (name === 'limit') return `Page size (default ${DEFAULT_PAGE_LIMIT})`;
  if (name === 'cursor') return 'The nextCursor of the previous page';
  return `Only items with this ${name}`;
}

const NUMERIC = new Set(['limit', 'year']);

/**
 * A query string as the service's schema expects it: numbers for numeric keys (anything else stays a
 * string, which the schema refuses), the default page size when none is given.
 */
export function queryOf(raw: Record<string, unknown>, paged = true): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    out[key] =
      NUMERIC.has(key) && typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value;
  }
  if (paged && out['limit'] === undefined) out['limit'] = DEFAULT_PAGE_LIMIT;
  return out;
}

/** A JSON body that must be an object; anything else is passed on for the service to refuse. */
export function bodyOf(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : {};
}
