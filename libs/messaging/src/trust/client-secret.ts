import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '@elo/config';

const SCHEME = 'hmac-sha256';
export const MIN_CLIENT_SECRET_KEY_BYTES = 32;

/**
 * Client secrets are 256-bit random, so a keyed fast hash is as strong as a slow one and costs the
 * public token endpoint microseconds instead of a 32 MiB scrypt. The key (ELO_CLIENT_SECRET_KEY) is
 * held by the directory, which stores the hashes, and by the gateway, which checks secrets against
 * the hash the directory returns: the secret itself never crosses the bus.
 */
export class ClientSecretHasher {
  // Compared against when the client id is unknown, so that path does the same work as a wrong secret.
  readonly dummyHash: string;

  constructor(private readonly key: Buffer) {
    if (key.length < MIN_CLIENT_SECRET_KEY_BYTES) {
      throw new ConfigError([
        `ELO_CLIENT_SECRET_KEY: must be at least ${MIN_CLIENT_SECRET_KEY_BYTES} bytes (base64)`,
      ]);
    }
    this.dummyHash = this.hash(randomBytes(32).toString('base64url'));
  }

  /** `hmac-sha256$<base64url>`: what the directory stores instead of the secret. */
  hash(secret: string): string {
    return `${SCHEME}$${this.digest(secret).toString('base64url')}`;
  }

  /** Constant-time; false for a malformed or foreign stored hash (after the same work). */
  verify(secret: string, stored: string): boolean {
    const candidate = this.digest(secret);
    const [scheme, encoded, ...rest] = stored.split('$');
    const expected = Buffer.from(encoded ?? '', 'base64url');
    const wellFormed = scheme === SCHEME && rest.length === 0 && expected.length === candidate.length;
    // Always one comparison of equal lengths, well-formed or not.
    return timingSafeEqual(candidate, wellFormed ? expected : Buffer.alloc(candidate.length)) && wellFormed;
  }

  private digest(secret: string): Buffer {
    return createHmac('sha256', this.key).update(secret, 'utf8').digest();
  }
}

function readKey(env: Record<string, string | undefined>): string | undefined {
  const path = env['ELO_CLIENT_SECRET_KEY_FILE'];
  if (env['ELO_CLIENT_SECRET_KEY'] || !path) return env['ELO_CLIENT_SECRET_KEY'];
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    throw new ConfigError([`ELO_CLIENT_SECRET_KEY_FILE: cannot read ${path} (${(error as Error).message})`]);
  }
}

/**
 * The hasher from ELO_CLIENT_SECRET_KEY or the file ELO_CLIENT_SECRET_KEY_FILE names (base64 of at least 32 random bytes). Required in every
 * environment: the gateway and the directory must share it, so no process may invent its own;
 * `npm start` and the test stack generate one per run for development.
 */
export function clientSecretHasherFromEnv(
  env: Record<string, string | undefined> = process.env,
): ClientSecretHasher {
  const raw = readKey(env);
  if (!raw) {
    throw new ConfigError([
      'ELO_CLIENT_SECRET_KEY: is required (base64 of 32 random bytes, shared by the gateway and the directory; `npm start` generates one per run)',
    ]);
  }
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw)) throw new ConfigError(['ELO_CLIENT_SECRET_KEY: must be base64']);
  return new ClientSecretHasher(Buffer.from(raw, 'base64'));
}
