import { isLocked, lockAfter } from './lockout';

const policy = { maxFailures: 5, lockMs: 15 * 60_000 };
const now = new Date('2026-12-03T12:00:00Z');

describe('account lock', () => {
  it('stays open under the limit', () => {
    for (let failures = 1; failures < 5; failures++) expect(lockAfter(failures, policy, now)).toBeNull();
  });

  it('locks for the lock time at the limit and starts the count again', () => {
    const locked = lockAfter(5, policy, now);
    expect(locked).toEqual({ failedAttempts: 0, lockedUntil: new Date('2026-12-03T12:15:00Z') });
    expect(isLocked(locked!, now)).toBe(true);
    expect(isLocked(locked!, new Date('2026-12-03T12:14:59.999Z'))).toBe(true);
  });

  it('opens again once the lock time has passed', () => {
    const locked = lockAfter(5, policy, now)!;
    expect(isLocked(locked, new Date('2026-12-03T12:15:00Z'))).toBe(false);
    expect(isLocked({ failedAttempts: 3, lockedUntil: null }, now)).toBe(false);
  });
});
