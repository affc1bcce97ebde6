import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** A 32-byte AES-256 key and the id every ciphertext made with it carries. */
export interface NamedKey {
  id: string;
  key: Buffer;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;

function assertKey(k: NamedKey): void {
  if (k.key.length !== 32) throw new Error(`key ${k.id}: AES-256 needs 32 bytes, got ${k.key.length}`);
  if (!KEY_ID.test(k.id)) throw new Error(`key id ${JSON.stringify(k.id)} is not [A-Za-z0-9_-]{1,64}`);
}

/**
 * AES-256-GCM with a fresh 96-bit IV; the output is `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url), so
 * a reader knows which key to ask for. `aad` binds the ciphertext to its place (e.g. the field name), so
 * a value copied into another field does not decrypt.
 */
export function seal(k: NamedKey, plaintext: Buffer, aad: string): string {
  assertKey(k);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', k.key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
  return [VERSION, k.id, ...parts].join('.');
}

/** The key id a ciphertext was made with. */
export function keyIdOf(sealed: string): string {
  const [version, keyId] = sealed.split('.');
  if (version !== VERSION || !keyId) throw new Error('not a v1 ciphertext');
  return keyId;
}

export function open(k: NamedKey, sealed: string, aad: string): Buffer {
  const parts = sealed.split('.');
  if (parts.length !== 5 || parts[0] !== VERSION) throw new Error('not a v1 ciphertext');
  if (parts[1] !== k.id) throw new Error(`ciphertext is under key ${parts[1]}, not ${k.id}`);
  const [iv, tag, body] = parts.slice(2).map((p) => Buffer.from(p, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', k.key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

export const encryptText = (k: NamedKey, text: string, aad: string): string =>
  seal(k, Buffer.from(text, 'utf8'), aad);
export const decryptText = (k: NamedKey, sealed: string, aad: string): string =>
  open(k, sealed, aad).toString('utf8');

/**
 * A blind index: HMAC-SHA256 of the normalized value under a dedicated key, scoped by kind and owner, so
 * equal CPFs match within one institution without decrypting anything, and indexes of different
 * institutions cannot be joined.
 */
export function blindIndex(
  indexKey: Buffer,
  kind: 'cpf' | 'passport',
  ownerId: string,
  normalized: string,
): string {
  return createHmac('sha256', indexKey)
    .update(`${kind}\u0000${ownerId}\u0000${normalized}`)
    .digest('base64url');
}

export function newKeyId(prefix: string): string {
  return `${prefix}-${randomBytes(9).toString('base64url')}`;
}
