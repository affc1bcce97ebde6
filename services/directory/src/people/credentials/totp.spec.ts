import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { TotpSecretBox, newTotpSecret, otpauthUri, verifyTotp } from './totp';

const email = 'maria.souza@mj.gov.br';
const at = Date.parse('2026-12-03T12:00:10Z');
const codeAt = (secret: string, timestamp: number) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp });

describe('TOTP second factor', () => {
  it('makes 160-bit base32 secrets, new each time', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it('writes an otpauth URI that apps read (issuer Elo, the email as label)', () => {
    const secret = newTotpSecret();
    const uri = new URL(otpauthUri(secret, email));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Elo');
    expect(decodeURIComponent(uri.pathname)).toContain(email);
  });

  it('accepts the current code and one step either way, and tells which step', () => {
    const secret = newTotpSecret();
    const step = Math.floor(at / 30_000);
    expect(verifyTotp(secret, email, codeAt(secret, at), at)).toBe(step);
    expect(verifyTotp(secret, email, codeAt(secret, at - 30_000), at)).toBe(step - 1);
    expect(verifyTotp(secret, email, codeAt(secret, at + 30_000), at)).toBe(step + 1);
  });

  it('refuses a code two steps away, another secret’s code and a wrong one', () => {
    const secret = newTotpSecret();
    expect(verifyTotp(secret, email, codeAt(secret, at - 60_000), at)).toBeNull();
    expect(verifyTotp(secret, email, codeAt(newTotpSecret(), at), at)).toBeNull();
    const right = codeAt(secret, at);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(verifyTotp(secret, email, wrong, at)).toBeNull();
  });

  it('seals secrets with AES-256-GCM: opened only with the key, tampering detected', () => {
    const box = new TotpSecretBox(randomBytes(32));
    const secret = newTotpSecret();
    const sealed = box.seal(secret);
    expect(JSON.stringify(sealed)).not.toContain(secret);
    expect(box.open(sealed)).toBe(secret);
    expect(() => new TotpSecretBox(randomBytes(32)).open(sealed)).toThrow();
    const data = Buffer.from(sealed.data, 'base64');
    data[0] = (data[0] ?? 0) ^ 1;
    expect(() => box.open({ ...sealed, data: data.toString('base64') })).toThrow();
    expect(() => new TotpSecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});
