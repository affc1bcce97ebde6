import { lockAfter, type LockPolicy } from './credentials/lockout';
import type { PersonRepository } from './person.repository';

/**
 * Counts a failed proof of the password or code (at sign-in, or when a signed-in person changes their
 * account) and locks the account on reaching the limit; the time it is locked until, or null. One
 * counter for both, so a stolen session cannot go on guessing the password where sign-in would stop.
 */
export async function countFailure(
  people: PersonRepository,
  policy: LockPolicy,
  personId: string,
  now: Date,
): Promise<Date | null> {
  const failures = await people.recordFailure(personId);
  const lock = lockAfter(failures, policy, now);
  if (!lock?.lockedUntil) return null;
  await people.lock(personId, lock.lockedUntil);
  return lock.lockedUntil;
}
