import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { loadDataKey, type DataKeySource } from '@elo/config';

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

export interface SecretKeySource extends DataKeySource {
  NOTIFICATIONS_SECRET_KEY?: string | undefined;
}

/** The key sealing endpoint secrets: required in production, generated in the data directory otherwise. */
export function loadSecretKey(config: SecretKeySource): Buffer {
  return loadDataKey(
    config,
    'NOTIFICATIONS_SECRET_KEY',
    config.NOTIFICATIONS_SECRET_KEY,
    'notifications-secret.key',
  );
}
