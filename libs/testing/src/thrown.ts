/** What a synchronous call throws (undefined when it does not), for assertions on error fields. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}
