import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A secret as stored: AES-256-GCM ciphertext with its nonce and tag (base64). */
export interface SealedSecret {
  iv: string;
  data: string;
  tag: string;
}

/** Encrypts endpoint secrets at rest, so a copy of the database alone signs nothing. */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The notifications secret key must be 32 bytes');
  }

  seal(plain: string): SealedSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return {
      iv: iv.toString('base64'),
      data: data.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  }

  open(sealed: SealedSecret): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  }
}

/** A new endpoint secret in the Standard Webhooks form: `whsec_` + base64 of 24 random bytes. */
export function newEndpointSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export interface SecretKeySource {
  NODE_ENV: 'development' | 'test' | 'production';
  NOTIFICATIONS_SECRET_KEY?: string | undefined;
  ELO_DATA_DIR: string;
}

/**
 * The key from the configuration. Production refuses to start without one (a generated key would be
 * lost with the container, and every stored secret with it); development and tests keep a generated
 * key in the data directory, so restarts can still open what they sealed.
 */
export function loadSecretKey(config: SecretKeySource): Buffer {
  if (config.NOTIFICATIONS_SECRET_KEY) return Buffer.from(config.NOTIFICATIONS_SECRET_KEY, 'base64');
  if (config.NODE_ENV === 'production') {
    throw new Error('NOTIFICATIONS_SECRET_KEY is required in production (32 bytes, base64)');
  }
  const file = join(config.ELO_DATA_DIR, 'notifications-secret.key');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // 'wx': two processes starting together must not overwrite each other's key.
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    chmodSync(file, 0o600);
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  return key;
}
