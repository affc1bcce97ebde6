import { ConfigError } from '@elo/config';
import { thrown } from '@elo/testing';
import { assertionVerifier, busCredentialsFromEnv } from './bus-credentials';
import { generateRpcKey } from './rpc-keys';

const SEED = `SU${'A'.repeat(56)}`;

describe('busCredentialsFromEnv', () => {
  const dev = generateRpcKey('gateway');
  const prod = generateRpcKey('gateway', '2026-12');

  it('refuses development keys and a missing nkey seed in production, naming the variables', () => {
    const error = thrown(() =>
      busCredentialsFromEnv({
        ELO_RPC_SIGNING_KEY: dev.signingKey,
        ELO_RPC_TRUSTED_KEYS: JSON.stringify([dev.publicKey]),
      }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/NATS_NKEY_SEED: is required when NODE_ENV=production/);
    expect(message).toMatch(/ELO_RPC_SIGNING_KEY: a development key/);
    expect(message).toMatch(/ELO_RPC_TRUSTED_KEYS: development keys/);
  });

  it('accepts configured keys in production and development keys when development is explicit', () => {
    const production = busCredentialsFromEnv({
      NODE_ENV: 'production',
      NATS_NKEY_SEED: SEED,
      ELO_RPC_SIGNING_KEY: prod.signingKey,
      ELO_RPC_TRUSTED_KEYS: JSON.stringify([prod.publicKey]),
    });
    expect(production.production).toBe(true);
    const development = busCredentialsFromEnv({
      NODE_ENV: 'development',
      ELO_RPC_TRUSTED_KEYS: JSON.stringify([dev.publicKey]),
    });
    expect(development.trustedKeys).toHaveLength(1);
  });

  it('will not start a service without trusted keys', async () => {
    const none = busCredentialsFromEnv({ NODE_ENV: 'development' });
    await expect(assertionVerifier(none)).rejects.toThrow(/ELO_RPC_TRUSTED_KEYS: is required/);
  });
});
