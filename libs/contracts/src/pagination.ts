import { z } from 'zod';

export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;

/** How every stored resource's id reads (a MongoDB ObjectId): 24 lowercase hex characters. */
export const OBJECT_ID_PATTERN = /^[0-9a-f]{24}$/;
/** What a cursor this API hands out looks like: base64url, at most 200 characters. */
export const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,200}$/;

export const idSchema = z
  .string()
  .regex(OBJECT_ID_PATTERN, 'must be a 24-character lowercase hex id')
  .meta({ description: 'Resource id (24 lowercase hex characters)', example: '665f1c2e9b1e8a0012345678' });

export const cursorSchema = z
  .string()
  .regex(CURSOR_PATTERN, 'must be a cursor returned by this API')
  .meta({ description: 'Opaque cursor from the previous page’s nextCursor' });

/** The one page request: `limit` (default 20, at most 100) and the previous page's cursor. */
export const pageQuerySchema = z.strictObject({
  limit: z
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_LIMIT)
    .default(DEFAULT_PAGE_LIMIT)
    .meta({ description: `Page size (default ${DEFAULT_PAGE_LIMIT}, at most ${MAX_PAGE_LIMIT})` }),
  cursor: cursorSchema.optional(),
});

/**
 * A yes/no query parameter: the text `true` or `false` in a query string, a boolean once parsed. The
 * gateway forwards the parsed boolean over NATS, where the same schema parses it again, so a boolean is
 * accepted as well; anything else (`1`, `yes`, a repeated parameter) is refused. The conversion is a
 * preprocess step, so OpenAPI documents the parameter as what it yields: a boolean.
 */
export function booleanQuerySchema(description: string) {
  return z
    .preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean())
    .meta({ description, example: true });
}

export interface PageQuery {
  limit: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** The one page answer, of any item schema. */
export function pageSchema<T extends z.ZodType>(item: T, description = 'This page of items') {
  return z.object({
    items: z.array(item).meta({ description }),
    nextCursor: cursorSchema
      .nullable()
      .meta({ description: 'Cursor of the next page, or null on the last page' }),
  });
}
