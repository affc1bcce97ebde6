import { isErrorCode, type ErrorCode } from './error-codes';

export interface FieldError {
  field: string;
  message: string;
  /** For errors in an uploaded file (a CSV import): the 1-based line and the column's name. */
  line?: number;
  column?: string;
}

/** The shape a coded error takes on the wire (NATS replies) and in logs. */
export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  errors?: FieldError[];
}

/** Thrown by every module instead of HTTP exceptions; the gateway maps `code` to a status. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, ...(this.errors ? { errors: this.errors } : {}) };
  }

  static fromPayload(payload: ErrorPayload): DomainError {
    return new DomainError(payload.code, payload.message, payload.errors);
  }
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return isErrorCode(v['code']) && typeof v['message'] === 'string';
}

export function validationError(field: string, message: string): DomainError {
  return new DomainError('COMMON.VALIDATION', `${field}: ${message}`, [{ field, message }]);
}
