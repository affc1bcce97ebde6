import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDevCredentials, writeDevCredentials } from './dev-credentials';

describe('development bus credentials', () => {
  const dir = mkdtempSync(join(tmpdir(), 'elo-cred-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each service its own private key, 0600, and names only its own files', () => {
    const credentials = generateDevCredentials(['gateway', 'directory']);
    const env = writeDevCredentials(join(dir, 'credentials'), credentials);
    const gatewayKey = env['gateway']?.['ELO_RPC_SIGNING_KEY_FILE'] ?? '';
    const directoryKey = env['directory']?.['ELO_RPC_SIGNING_KEY_FILE'] ?? '';
    expect(gatewayKey).not.toBe(directoryKey);
    for (const file of [gatewayKey, directoryKey, env['gateway']?.['ELO_RPC_TRUSTED_KEYS_FILE'] ?? '']) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
    expect(statSync(join(dir, 'credentials')).mode & 0o777).toBe(0o700);
    const key = JSON.parse(readFileSync(gatewayKey, 'utf8')) as { kid: string; d?: string };
    expect(key.kid).toMatch(/^gateway:dev-/);
    expect(key.d).toBeDefined();
    const trusted = JSON.parse(readFileSync(env['gateway']?.['ELO_RPC_TRUSTED_KEYS_FILE'] ?? '', 'utf8')) as {
      kid: string;
      d?: string;
    }[];
    expect(trusted.map((k) => k.kid.split(':')[0])).toEqual(['gateway', 'directory']);
    expect(trusted.every((k) => k.d === undefined)).toBe(true);
  });

  it('hands the client-secret key to the directory and the gateway only, 0600', () => {
    const env = writeDevCredentials(
      join(dir, 'holders'),
      generateDevCredentials(['gateway', 'directory', 'plan-tracking']),
    );
    const file = env['gateway']?.['ELO_CLIENT_SECRET_KEY_FILE'] ?? '';
    expect(env['directory']?.['ELO_CLIENT_SECRET_KEY_FILE']).toBe(file);
    expect(env['plan-tracking']).not.toHaveProperty('ELO_CLIENT_SECRET_KEY_FILE');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8'), 'base64')).toHaveLength(32);
  });

  it('makes new keys on every run', () => {
    const a = generateDevCredentials(['gateway']);
    const b = generateDevCredentials(['gateway']);
    expect(a.signingKeys['gateway']).not.toBe(b.signingKeys['gateway']);
  });
});
