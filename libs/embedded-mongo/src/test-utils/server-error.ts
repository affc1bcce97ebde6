import { MongoServerError } from 'mongodb';

/** The error the server answered with: fails the test when the call succeeded or failed otherwise. */
export async function serverError(promise: Promise<unknown>): Promise<MongoServerError> {
  const error: unknown = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(MongoServerError);
  return error as MongoServerError;
}
