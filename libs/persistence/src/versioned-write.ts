import { concurrentModification, staleVersion } from './version-errors';

export const DEFAULT_WRITE_ATTEMPTS = 3;

export interface VersionedWrite<Current, Result> {
  /** Names the aggregate in errors: "Activity 2.5.1". */
  what: string;
  /** The current state; throws its own not-found error. */
  read(): Promise<Current>;
  version(current: Current): number;
  /**
   * Checks the rules against `current` and writes at `version(current)`. Null means the write matched
   * nothing: someone else wrote first (or a guard stopped holding), so the loop reads again.
   */
  write(current: Current): Promise<Result | null>;
  /** The version the caller saw (If-Match): any other one is a failed precondition, never retried. */
  expectedVersion?: number;
  attempts?: number;
  /** The end of the conflict message: what the caller should do. */
  conflictHint?: string;
}

/**
 * The read / check / versioned write / retry loop. With an expected version a stale read or a lost
 * race is COMMON.PRECONDITION_FAILED at once; without one a lost race is retried on the latest state,
 * and after `attempts` losses it is COMMON.CONCURRENT_MODIFICATION.
 */
export async function writeAtVersion<Current, Result>(op: VersionedWrite<Current, Result>): Promise<Result> {
  const attempts = op.attempts ?? DEFAULT_WRITE_ATTEMPTS;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const current = await op.read();
    if (op.expectedVersion !== undefined && op.version(current) !== op.expectedVersion) {
      throw staleVersion(op.what);
    }
    const result = await op.write(current);
    if (result !== null) return result;
    if (op.expectedVersion !== undefined) throw staleVersion(op.what);
  }
  throw concurrentModification(op.what, op.conflictHint);
}
