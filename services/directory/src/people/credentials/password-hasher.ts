import { randomBytes } from 'node:crypto';
import { argon2id, hash, verify } from 'argon2';

// OWASP's minimum for argon2id: 19 MiB, 2 passes, 1 lane (about 30 ms here). The parameters are in
// each stored hash, so raising them later only affects new hashes.
const OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A hash of a random password, checked when the email is unknown: that path costs the same as a wrong password.
let dummy: Promise<string> | undefined;

/** Constant work whether or not there is a stored hash (`null`: unknown email or no password yet). */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  dummy ??= hashPassword(randomBytes(32).toString('base64url'));
  const against = stored ?? (await dummy);
  const matches = await verify(against, password).catch(() => false);
  return matches && stored !== null;
}
