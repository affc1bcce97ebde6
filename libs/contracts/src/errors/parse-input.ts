import type { z } from 'zod';
import { DomainError, type FieldError } from './domain-error';

/**
 * Validates a request as the service receives it over NATS: the gateway validates too, but any NATS
 * client can call a service. Bad input is a COMMON.VALIDATION error naming each field, never a 500.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
  throw new DomainError(
    'COMMON.VALIDATION',
    `Invalid fields: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
    errors,
  );
}
