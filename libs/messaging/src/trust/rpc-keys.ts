import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { JWK } from 'jose';

/**
 * Keys of signed caller assertions: Ed25519 JWKs whose `kid` is `<service>:<id>`, the service being
 * the only identity that key may sign for. Ids starting with `dev-` are made per run by `npm start`
 * and the test stack; production refuses them.
 */
export interface RpcKeyPair {
  /** The private JWK (with `d`), JSON: the value of ELO_RPC_SIGNING_KEY. */
  signingKey: string;
  /** The public JWK, one entry of ELO_RPC_TRUSTED_KEYS. */
  publicKey: JWK;
}

export const DEV_KEY_PREFIX = 'dev-';

export function generateRpcKey(
  service: string,
  id = `${DEV_KEY_PREFIX}${randomBytes(6).toString('hex')}`,
): RpcKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const kid = `${service}:${id}`;
  const jwk = { ...(privateKey.export({ format: 'jwk' }) as JWK), kid, alg: 'EdDSA' };
  const pub = { ...(publicKey.export({ format: 'jwk' }) as JWK), kid, alg: 'EdDSA' };
  return { signingKey: JSON.stringify(jwk), publicKey: pub };
}

/** The service a key id signs for; undefined for a malformed id. */
export function serviceOfKid(kid: string | undefined): string | undefined {
  const match = /^([a-z][a-z0-9-]{0,40}):([A-Za-z0-9._-]{1,64})$/.exec(kid ?? '');
  return match?.[1];
}

export function isDevKid(kid: string | undefined): boolean {
  return (kid ?? '').split(':')[1]?.startsWith(DEV_KEY_PREFIX) ?? false;
}
