import type { z } from 'zod';
import { DomainError, type FieldError } from './domain-error';
import { isErrorCode, type ErrorCode } from './error-codes';

type Issue = z.core.$ZodIssue;

const fieldOf = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(body)';

/** One field error per issue, and one per unknown key (named, so the caller sees which). */
export function fieldErrorsOf(issues: readonly Issue[]): FieldError[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          field: fieldOf([...issue.path, key]),
          message: 'is not an accepted field',
        }))
      : [{ field: fieldOf(issue.path), message: issue.message }],
  );
}

/**
 * The code of a failed parse: a rule that has its own code says so in its issue's `params.code`
 * (the CNPJ's DIRECTORY.INVALID_CNPJ); when every issue is of that one code, it is the answer,
 * otherwise COMMON.VALIDATION.
 */
export function errorCodeOf(issues: readonly Issue[]): ErrorCode {
  const codes = new Set(
    issues.map((issue) => {
      const code =
        issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
      return isErrorCode(code) ? code : 'COMMON.VALIDATION';
    }),
  );
  const [only] = codes;
  return codes.size === 1 && only ? only : 'COMMON.VALIDATION';
}

export function validationFailure(error: z.ZodError): DomainError {
  const errors = fieldErrorsOf(error.issues);
  return new DomainError(
    errorCodeOf(error.issues),
    `Invalid fields: ${[...new Set(errors.map((e) => e.field))].join(', ')}`,
    errors,
  );
}

/**
 * Validates a request with its contract schema, as the services do for what reaches them over NATS
 * and the gateway for what reaches it over HTTP: bad input is a coded error naming each field
 * (COMMON.VALIDATION, or the rule's own code), never a 500.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationFailure(result.error);
}
