import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@elo/config';
import { ClientSecretHasher, clientSecretHasherFromEnv } from './client-secret';

describe('client secrets: HMAC-SHA256 keyed by ELO_CLIENT_SECRET_KEY', () => {
  const secret = randomBytes(32).toString('base64url');
  const hasher = new ClientSecretHasher(randomBytes(32));

  it('stores a keyed hash, never the secret, and verifies only the right secret with the same key', () => {
    const stored = hasher.hash(secret);
    expect(stored).toMatch(/^hmac-sha256\$[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain(secret);
    expect(hasher.verify(secret, stored)).toBe(true);
    expect(hasher.verify(`${secret}x`, stored)).toBe(false);
    expect(new ClientSecretHasher(randomBytes(32)).verify(secret, stored)).toBe(false);
  });

  it.each([
    ['an old scrypt hash', 'scrypt$32768$8$1$c2FsdA$aGFzaA'],
    ['a short hash', 'hmac-sha256$aGFzaA'],
    ['extra fields', `${'hmac-sha256$'}${'A'.repeat(43)}$x`],
    ['an empty string', ''],
  ])('refuses %s', (_name, stored) => {
    expect(hasher.verify(secret, stored)).toBe(false);
  });

  it('has a dummy hash that no secret is expected to match', () => {
    expect(hasher.dummyHash).toMatch(/^hmac-sha256\$/);
    expect(hasher.verify(secret, hasher.dummyHash)).toBe(false);
  });

  it('requires the key, inline or from a file, of at least 32 bytes', () => {
    expect(() => clientSecretHasherFromEnv({})).toThrow(ConfigError);
    expect(() =>
      clientSecretHasherFromEnv({ ELO_CLIENT_SECRET_KEY: randomBytes(16).toString('base64') }),
    ).toThrow(/at least 32 bytes/);
    const dir = mkdtempSync(join(tmpdir(), 'elo-csk-'));
    try {
      const key = randomBytes(32).toString('base64');
      writeFileSync(join(dir, 'key'), `${key}\n`, { mode: 0o600 });
      const fromFile = clientSecretHasherFromEnv({ ELO_CLIENT_SECRET_KEY_FILE: join(dir, 'key') });
      const inline = clientSecretHasherFromEnv({ ELO_CLIENT_SECRET_KEY: key });
      expect(inline.verify(secret, fromFile.hash(secret))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
