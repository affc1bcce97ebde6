import { DomainError, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@elo/contracts';
import COMMON_PASSWORDS from './common-passwords.json';

// What counts as common: the list (see README.md), compared ignoring case, also once trailing digits
// and symbols are stripped ("dragon2024!!" is "dragon" with decoration), and runs nobody should use.
const COMMON = new Set<string>(COMMON_PASSWORDS.map((p) => p.toLowerCase()));
const TRAILING_DECORATION = /[\d\W_]+$/u;
const RUNS = ['0123456789012345678901234567890', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];

function isRun(lower: string): boolean {
  if (new Set(lower).size <= 2) return true; // "aaaaaaaaaaaa", "abababababab"
  return RUNS.some((run) => run.includes(lower));
}

/** Why a password is refused, or null when it may be used. */
export function passwordWeakness(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must have at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must have at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.normalize('NFKC').toLowerCase();
  const stem = lower.replace(TRAILING_DECORATION, '');
  if (COMMON.has(lower) || (stem.length > 0 && COMMON.has(stem)) || isRun(lower)) {
    return 'is too common: choose a longer phrase of your own';
  }
  return null;
}

/** DIRECTORY.WEAK_PASSWORD naming the field, for a password the policy refuses. */
export function assertStrongPassword(password: string, field = 'password'): void {
  const weakness = passwordWeakness(password);
  if (weakness) {
    throw new DomainError('DIRECTORY.WEAK_PASSWORD', `The password ${weakness}.`, [
      { field, message: weakness },
    ]);
  }
}
