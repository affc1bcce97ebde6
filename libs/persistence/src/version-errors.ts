import { DomainError } from '@elo/contracts';

// The two ways a versioned write fails, worded once for every aggregate. `what` names it for people:
// "Institution 65f…", "Activity 2.5.1".

/** The caller asked for a version (If-Match) that is no longer current: 412. */
export const staleVersion = (what: string) =>
  new DomainError(
    'COMMON.PRECONDITION_FAILED',
    `${what} is no longer at the expected version; reload and retry.`,
  );

/** Every attempt lost its race to another writer: 409. */
export const concurrentModification = (what: string, hint = 'reload and retry') =>
  new DomainError('COMMON.CONCURRENT_MODIFICATION', `${what} was changed by someone else; ${hint}.`);
