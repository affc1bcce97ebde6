/** The failure counter and temporary lock of one account, as stored. */
export interface LockState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export interface LockPolicy {
  /** Failures in a row that lock the account. */
  maxFailures: number;
  lockMs: number;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * What the count of failures in a row (after counting this one, atomically in the database) means:
 * reaching the limit locks the account for `lockMs` and starts the count again, so the failures after
 * the lock count towards a new one. Null while under the limit.
 */
export function lockAfter(failedAttempts: number, policy: LockPolicy, now: Date): LockState | null {
  if (failedAttempts < policy.maxFailures) return null;
  return { failedAttempts: 0, lockedUntil: new Date(now.getTime() + policy.lockMs) };
}
