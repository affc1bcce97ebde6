import { privateFileWriter } from './private-files';
import { createUser } from '@nats-io/nkeys';
import { SERVICE_NAMES, type ServiceName } from '@elo/contracts';
import { busPermissions } from './bus-permissions';

/** One NATS user per service: its nkey public key (`U…`), or a `$VARIABLE` nats-server resolves. */
export type ServiceNkeys = Readonly<Record<ServiceName, string>>;

const quote = (subject: string) => JSON.stringify(subject);
const list = (subjects: readonly string[], indent: string) =>
  `[\n${subjects.map((s) => `${indent}  ${quote(s)},`).join('\n')}\n${indent}]`;

/**
 * nats-server's `authorization` block: each service a user identified by its nkey, allowed only what
 * busPermissions() derives from the catalogs. A key given as `$NAME` stays unquoted, so nats-server
 * reads it from its environment (docker-compose).
 */
export function renderAuthorization(nkeys: ServiceNkeys): string {
  const users = SERVICE_NAMES.map((service) => {
    const { publish, subscribe } = busPermissions(service);
    const nkey = nkeys[service];
    const key = nkey.startsWith('$') ? nkey : quote(nkey);
    return [
      `    # ${service}`,
      `    {`,
      `      nkey: ${key}`,
      `      permissions: {`,
      `        publish: { allow: ${list(publish.allow, '        ')} }`,
      `        subscribe: { allow: ${list(subscribe.allow, '        ')} }`,
      `      }`,
      `    }`,
    ].join('\n');
  });
  return `authorization {\n  users = [\n${users.join(',\n')}\n  ]\n}\n`;
}

/** A whole server config: listen address, JetStream store, and the authorization block. */
export function renderNatsServerConfig(options: {
  host: string;
  port: number;
  storeDir: string;
  nkeys: ServiceNkeys;
}): string {
  return [
    '# Written by Elo from the RPC and event catalogs (libs/stack/src/nats-config.ts); do not edit.',
    `host: ${quote(options.host)}`,
    `port: ${options.port}`,
    `jetstream { store_dir: ${quote(options.storeDir)} }`,
    renderAuthorization(options.nkeys),
  ].join('\n');
}

/** `ELO_NATS_<SERVICE>_NKEY`: the variable holding a service's nkey public key in docker-compose. */
export const nkeyVariable = (service: ServiceName) =>
  `ELO_NATS_${service.toUpperCase().replace(/-/g, '_')}_NKEY`;

/**
 * deploy/nats/nats.conf, committed and checked equal to this (nats-config.spec.ts): the public keys
 * come from nats-server's environment, the seeds only to each service's own container.
 * Regenerate: `node -r @swc-node/register libs/stack/src/render-deploy-nats.ts`.
 */
export function renderDeployNatsConfig(): string {
  const nkeys = Object.fromEntries(SERVICE_NAMES.map((s) => [s, `$${nkeyVariable(s)}`])) as ServiceNkeys;
  return [
    '# Generated from the RPC and event catalogs by libs/stack/src/render-deploy-nats.ts; do not edit.',
    '# Each service is a NATS user identified by its nkey (public key in ELO_NATS_<SERVICE>_NKEY,',
    '# seed in <SERVICE>_NATS_NKEY_SEED of its own container only), allowed what busPermissions() derives.',
    'port: 4222',
    '# Monitoring: /healthz backs the compose healthcheck; /varz and /jsz feed the metrics exporter.',
    'http_port: 8222',
    'jetstream { store_dir: "/data" }',
    renderAuthorization(nkeys),
  ].join('\n');
}

export interface SecuredNatsFiles {
  /** The server config (0600). */
  configPath: string;
  /** Each service's environment naming only its own seed file (0600). */
  serviceEnv: Record<ServiceName, { NATS_NKEY_SEED_FILE: string }>;
}

/**
 * New nkeys for every service, their seeds under `dir` (0600, the folder 0700) and the server config
 * holding only their public keys. Seeds are per run: a leaked one dies with the run.
 */
export function writeSecuredNats(
  dir: string,
  server: { host: string; port: number; storeDir: string },
): SecuredNatsFiles {
  const write = privateFileWriter(dir);
  const nkeys = {} as Record<ServiceName, string>;
  const serviceEnv = {} as Record<ServiceName, { NATS_NKEY_SEED_FILE: string }>;
  for (const service of SERVICE_NAMES) {
    const user = createUser();
    nkeys[service] = user.getPublicKey();
    const seed = new TextDecoder().decode(user.getSeed());
    serviceEnv[service] = { NATS_NKEY_SEED_FILE: write(`${service}.nkey`, seed) };
  }
  const configPath = write('nats-server.conf', renderNatsServerConfig({ ...server, nkeys }));
  return { configPath, serviceEnv };
}
