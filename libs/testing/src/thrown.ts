import { DomainError } from '@elo/contracts';

/** What a synchronous call throws (undefined when it does not), for assertions on error fields. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

/**
 * How a promise settles, as one string to assert on: 'ok' when it resolves, the code of a
 * DomainError it rejects with, or the text of any other rejection.
 */
export function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof DomainError ? error.code : String(error)),
  );
}
