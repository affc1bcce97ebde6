import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { privateFileWriter } from './private-files';

/**
 * Development bus credentials made per run (never defaults in code): each service's own Ed25519 key
 * for signed caller assertions (kid `<service>:dev-<random>`, refused in production), and the list of
 * their public keys every service trusts. Same format as @elo/messaging's generateRpcKey, which this
 * launcher may not import (messaging's tests start stacks).
 */
export interface DevCredentials {
  /** ELO_RPC_SIGNING_KEY per service (private JWK, JSON). */
  signingKeys: Record<string, string>;
  /** ELO_RPC_TRUSTED_KEYS (JSON array of public JWKs). */
  trustedKeys: string;
  /** ELO_CLIENT_SECRET_KEY (base64), for the services that hash or check client secrets only. */
  clientSecretKey: string;
}

/** The services that hold the client-secret key: the directory hashes, the gateway checks. */
export const CLIENT_SECRET_KEY_HOLDERS: readonly string[] = ['directory', 'gateway'];

export function generateDevCredentials(services: readonly string[]): DevCredentials {
  const run = randomBytes(4).toString('hex');
  const signingKeys: Record<string, string> = {};
  const publicKeys: object[] = [];
  for (const service of services) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const kid = `${service}:dev-${run}`;
    signingKeys[service] = JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid, alg: 'EdDSA' });
    publicKeys.push({ ...publicKey.export({ format: 'jwk' }), kid, alg: 'EdDSA' });
  }
  return {
    signingKeys,
    trustedKeys: JSON.stringify(publicKeys),
    clientSecretKey: randomBytes(32).toString('base64'),
  };
}

/**
 * Writes each service's signing key and the trusted keys under `dir` (mode 0600, the folder 0700)
 * and returns each service's environment naming only its own files.
 */
export function writeDevCredentials(
  dir: string,
  credentials: DevCredentials,
): Record<string, Record<string, string>> {
  const write = privateFileWriter(dir);
  const trusted = write('rpc-trusted-keys.json', credentials.trustedKeys);
  const clientSecretKey = write('client-secret.key', credentials.clientSecretKey);
  return Object.fromEntries(
    Object.entries(credentials.signingKeys).map(([service, key]) => [
      service,
      {
        ELO_RPC_SIGNING_KEY_FILE: write(`${service}.rpc-key.json`, key),
        ELO_RPC_TRUSTED_KEYS_FILE: trusted,
        ...(CLIENT_SECRET_KEY_HOLDERS.includes(service)
          ? { ELO_CLIENT_SECRET_KEY_FILE: clientSecretKey }
          : {}),
      },
    ]),
  );
}
