import { createHash } from 'node:crypto';
import type { DirectoryConfig } from '../config';
import type { LockPolicy } from './credentials/lockout';

export const PEOPLE_SETTINGS = Symbol('PEOPLE_SETTINGS');

export interface PeopleSettings {
  invitationTtlMs: number;
  sessionIdleMs: number;
  sessionMaxMs: number;
  lock: LockPolicy;
}

export function peopleSettingsFrom(config: DirectoryConfig): PeopleSettings {
  return {
    invitationTtlMs: config.DIRECTORY_INVITATION_TTL_HOURS * 3_600_000,
    sessionIdleMs: config.DIRECTORY_SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: config.DIRECTORY_SESSION_MAX_HOURS * 3_600_000,
    lock: {
      maxFailures: config.DIRECTORY_LOCK_AFTER_FAILURES,
      lockMs: config.DIRECTORY_LOCK_MINUTES * 60_000,
    },
  };
}

/** Tokens are stored as their SHA-256 (base64url): 256-bit random tokens need no slow hash. */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('base64url');
}
