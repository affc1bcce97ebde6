import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

// RFC 6238 with the parameters every authenticator app understands: SHA-1, 6 digits, 30 seconds.
const ISSUER = 'Elo';
const PERIOD_SECONDS = 30;
/** One step either way: a phone clock a little off, or a code typed as it changed. */
const WINDOW = 1;

function totpOf(base32: string, email: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: email,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(base32),
  });
}

/** A new 160-bit secret (RFC 4226's recommended size), base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function otpauthUri(base32: string, email: string): string {
  return totpOf(base32, email).toString();
}

/**
 * The time step a code belongs to, or null when it is wrong. The caller stores the last step used
 * and refuses it or an earlier one, so a code seen over someone's shoulder cannot be replayed.
 */
export function verifyTotp(base32: string, email: string, code: string, now = Date.now()): number | null {
  const delta = totpOf(base32, email).validate({ token: code, timestamp: now, window: WINDOW });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/** A TOTP secret as stored: AES-256-GCM ciphertext with its nonce and tag (base64). */
export interface SealedTotpSecret {
  iv: string;
  data: string;
  tag: string;
}

/** Seals TOTP secrets at rest, so a copy of the database alone yields no second factor. */
export class TotpSecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('DIRECTORY_TOTP_KEY must be 32 bytes');
  }

  seal(base32: string): SealedTotpSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(base32, 'utf8'), cipher.final()]);
    return {
      iv: iv.toString('base64'),
      data: data.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  }

  open(sealed: SealedTotpSecret): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  }
}
