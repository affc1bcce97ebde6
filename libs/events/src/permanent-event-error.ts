/**
 * Thrown (or extended) by an `@OnEvent` handler when the event can never succeed, whatever the retries:
 * the event goes to dead letters on this delivery instead of being retried `ELO_EVENTS_MAX_DELIVER` times.
 * Any other error is treated as transient.
 */
export class PermanentEventError extends Error {
  /** A stable machine-readable code for logs and dead letters, e.g. `PLAN.ACTIVITY_NOT_FOUND`. */
  readonly code: string | undefined;

  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
  }
}

/** A handler ran past `ELO_EVENTS_HANDLER_TIMEOUT_MS`: transient, retried like any failure. */
export class HandlerTimeoutError extends Error {
  constructor(handler: string, timeoutMs: number) {
    super(`Handler ${handler} did not finish within ${timeoutMs} ms`);
    this.name = 'HandlerTimeoutError';
  }
}

/** Settles like `work`, or rejects with `onTimeout()` after `ms` (`work` goes on in the background). */
export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
