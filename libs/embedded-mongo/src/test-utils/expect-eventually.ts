// @elo/testing has the same helper, but it depends on this lib (startMongo): importing it here would be a cycle.
/** Retries an assertion until it passes or the time is up; the last failure is rethrown. */
export async function expectEventually<T>(
  assertion: () => T | Promise<T>,
  timeoutMs = 5000,
  intervalMs = 25,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
