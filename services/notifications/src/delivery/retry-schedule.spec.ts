import { nextAttemptDelay, parseRetryAfter, type RetryPolicy } from './retry-schedule';

const MIN = 60_000;
const HOUR = 60 * MIN;
const svix: RetryPolicy = {
  scheduleMs: [0, 5_000, 5 * MIN, 30 * MIN, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR],
  jitter: 0.2,
  maxRetryAfterMs: 24 * HOUR,
};

describe('retry schedule', () => {
  it('follows the schedule without jitter at the midpoint, and stops after the last attempt', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => nextAttemptDelay(svix, n, undefined, mid))).toEqual([
      5_000,
      5 * MIN,
      30 * MIN,
      2 * HOUR,
      5 * HOUR,
      10 * HOUR,
      10 * HOUR,
    ]);
    expect(nextAttemptDelay(svix, 8, undefined, mid)).toBeNull();
  });

  it('spreads each delay by the jitter, both ways', () => {
    expect(nextAttemptDelay(svix, 2, undefined, () => 0)).toBe(4 * MIN);
    expect(nextAttemptDelay(svix, 2, undefined, () => 1)).toBe(6 * MIN);
  });

  it('honours a longer Retry-After, capped', () => {
    expect(nextAttemptDelay(svix, 1, 60_000, () => 0.5)).toBe(60_000);
    expect(nextAttemptDelay(svix, 3, 60_000, () => 0.5)).toBe(30 * MIN);
    expect(nextAttemptDelay(svix, 1, 99 * HOUR, () => 0.5)).toBe(24 * HOUR);
  });

  it('reads Retry-After in seconds or as a date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
