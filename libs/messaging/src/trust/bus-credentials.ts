import { readFileSync } from 'node:fs';
import { nkeyAuthenticator, type Authenticator } from '@nats-io/transport-node';
import type { JWK } from 'jose';
import { ConfigError, busCredentialsSchema, loadConfig } from '@elo/config';
import { CallerAssertionSigner, CallerAssertionVerifier } from './caller-assertion';
import type { ReplayStore } from './replay-cache';
import { isDevKid } from './rpc-keys';

export interface BusCredentials {
  production: boolean;
  nkeySeed?: string;
  signingKey?: JWK;
  trustedKeys: JWK[];
}

/** The inline variable, else the file it names (trimmed); undefined when neither is set. */
function inlineOrFile(env: Record<string, string | undefined>, name: string): string | undefined {
  const inline = env[name];
  if (inline) return inline;
  const path = env[`${name}_FILE`];
  if (!path) return undefined;
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    throw new ConfigError([`${name}_FILE: cannot read ${path} (${(error as Error).message})`]);
  }
}

function parseJson(name: string, raw: string | undefined): unknown {
  if (raw === undefined) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ConfigError([`${name}: must be JSON`]);
  }
}

/**
 * Reads the bus credentials of this process from its environment (see busCredentialFields).
 * Production requires the nkey seed and the trusted keys and refuses keys generated for development.
 */
export function busCredentialsFromEnv(env: Record<string, string | undefined> = process.env): BusCredentials {
  const parsed = loadConfig(busCredentialsSchema, env);
  const production = parsed.NODE_ENV === 'production';
  const nkeySeed = inlineOrFile(env, 'NATS_NKEY_SEED');
  const signingKey = parseJson('ELO_RPC_SIGNING_KEY', inlineOrFile(env, 'ELO_RPC_SIGNING_KEY')) as
    JWK | undefined;
  const trusted = parseJson('ELO_RPC_TRUSTED_KEYS', inlineOrFile(env, 'ELO_RPC_TRUSTED_KEYS'));
  const problems: string[] = [];
  if (nkeySeed !== undefined && !/^SU[A-Z2-7]{56}$/.test(nkeySeed))
    problems.push('NATS_NKEY_SEED: must be a NATS user nkey seed (SU…)');
  if (signingKey !== undefined && (typeof signingKey !== 'object' || !signingKey.d))
    problems.push('ELO_RPC_SIGNING_KEY: must be a private JWK');
  if (trusted !== undefined && (!Array.isArray(trusted) || trusted.length === 0))
    problems.push('ELO_RPC_TRUSTED_KEYS: must be a non-empty JSON array of public JWKs');
  const trustedKeys = Array.isArray(trusted) ? (trusted as JWK[]) : [];
  if (production) {
    if (!nkeySeed) problems.push('NATS_NKEY_SEED: is required when NODE_ENV=production');
    if (signingKey && isDevKid(signingKey.kid))
      problems.push(
        'ELO_RPC_SIGNING_KEY: a development key (kid …:dev-…) is refused when NODE_ENV=production',
      );
    if (trustedKeys.some((k) => isDevKid(k.kid)))
      problems.push(
        'ELO_RPC_TRUSTED_KEYS: development keys (kid …:dev-…) are refused when NODE_ENV=production',
      );
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    production,
    ...(nkeySeed ? { nkeySeed } : {}),
    ...(signingKey ? { signingKey } : {}),
    trustedKeys,
  };
}

/** Connection options that authenticate this process to NATS with its nkey, when it has one. */
export function natsAuthOptions(credentials: BusCredentials): { authenticator?: Authenticator } {
  if (!credentials.nkeySeed) return {};
  return { authenticator: nkeyAuthenticator(new TextEncoder().encode(credentials.nkeySeed)) };
}

export function assertionSigner(credentials: BusCredentials): Promise<CallerAssertionSigner | undefined> {
  return credentials.signingKey
    ? CallerAssertionSigner.create(credentials.signingKey)
    : Promise.resolve(undefined);
}

/**
 * A service answers only signed requests: it cannot start without the keys to check them. `replays`:
 * where accepted ids are kept (a service's replicas share one KvReplayStore).
 */
export async function assertionVerifier(
  credentials: BusCredentials,
  replays?: ReplayStore,
): Promise<CallerAssertionVerifier> {
  if (credentials.trustedKeys.length === 0) {
    throw new ConfigError([
      'ELO_RPC_TRUSTED_KEYS: is required (the public keys of the services that sign requests)',
    ]);
  }
  return CallerAssertionVerifier.create(credentials.trustedKeys, replays);
}
