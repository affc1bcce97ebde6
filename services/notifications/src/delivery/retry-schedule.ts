export interface RetryPolicy {
  /** Delay before attempt n+1 (index 0: the first attempt, immediate). Its length is the attempt count. */
  scheduleMs: readonly number[];
  /** Each delay varies by up to this share either way. */
  jitter: number;
  maxRetryAfterMs: number;
}

/**
 * When the next attempt is due after `attempts` failed ones, or null when the schedule is spent.
 * A Retry-After from the endpoint is honoured when it asks for longer than the schedule (capped).
 */
export function nextAttemptDelay(
  policy: RetryPolicy,
  attempts: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number | null {
  const base = policy.scheduleMs[attempts];
  if (base === undefined) return null;
  const jittered = Math.round(base * (1 + policy.jitter * (2 * random() - 1)));
  if (retryAfterMs === undefined) return jittered;
  return Math.max(jittered, Math.min(retryAfterMs, policy.maxRetryAfterMs));
}

/** Retry-After in seconds or as an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
