import { randomBytes } from 'node:crypto';
import {
  CLIENT_SECRET_KEY_HOLDERS,
  SERVICES,
  freePort,
  generateDevCredentials,
  startStack,
  type Stack,
  type StackOptions,
} from '@elo/stack';
import { startMongo, type TestMongo } from './mongo';
import { spawnSecuredNats, type SecuredTestNats } from './nats';

export interface TestStack extends Stack {
  /** Secured as under `npm start`: connect with `nats.as('<service>')` to act as that service. */
  nats: SecuredTestNats;
  mongo: TestMongo;
  /** Everything the services printed, for assertions on logs. */
  output(): string;
  /** What one replica of a service printed (replica 0 is the first). */
  outputOf(service: string, replica?: number): string;
  api: ApiClient;
  /** The bootstrap admin's credentials (random per stack); see adminToken() in ./auth. */
  admin: { clientId: string; clientSecret: string };
  /** The gateway's JWT signing key (base64), for tests that forge tokens. */
  jwtSigningKey: string;
  /** The gateway's caller-assertion signing key (private JWK, JSON), for tests that send raw NATS requests. */
  rpcSigningKey: string;
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface ApiClient {
  request<T = unknown>(
    method: string,
    path: string,
    options?: {
      body?: unknown;
      token?: string;
      headers?: Record<string, string>;
      form?: Record<string, string>;
    },
  ): Promise<ApiResponse<T>>;
}

export function apiClient(baseUrl: string): ApiClient {
  return {
    async request<T>(method: string, path: string, options: Parameters<ApiClient['request']>[2] = {}) {
      const headers: Record<string, string> = { ...options.headers };
      let body: string | undefined;
      if (options.form) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(options.form).toString();
      } else if (options.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.body);
      }
      if (options.token) headers['authorization'] = `Bearer ${options.token}`;
      const res = await fetch(baseUrl + path, { method, headers, body, signal: AbortSignal.timeout(30_000) });
      const text = await res.text();
      const parsed: unknown =
        text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
      return { status: res.status, headers: res.headers, body: parsed as T };
    },
  };
}

export interface TestStackOptions {
  env?: Record<string, string>;
  /** Processes per service (1 unless told), sharing the one NATS and database as replicas do. */
  replicas?: Record<string, number>;
  /** Told each service process as it is spawned (its pid), first replica 0. */
  onSpawn?: StackOptions['onSpawn'];
}

/**
 * Every service as its own process, on a private NATS and MongoDB and random ports. The NATS server
 * is always its own, even when NATS_URL is set: stacks sharing one would answer each other's
 * requests and consume each other's durables. It is secured as under `npm start` (per-service
 * nkeys and permissions), so the stack runs with the production bus matrix.
 */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const nats = await spawnSecuredNats();
  let mongo: TestMongo | undefined;
  let output = '';
  // Whatever part of the start fails or times out, what it started is stopped before the error is
  // thrown: the caller gets no stack to stop, so anything left running would be orphaned.
  try {
    mongo = await startMongo();
    return await startServices(nats, mongo, options, (chunk) => (output += chunk));
  } catch (error) {
    await mongo?.stop();
    await nats.stop();
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n--- service output ---\n${output}`,
      { cause: error },
    );
  }
}

async function startServices(
  nats: SecuredTestNats,
  mongo: TestMongo,
  options: TestStackOptions,
  record: (chunk: string) => void,
): Promise<TestStack> {
  const ports: Record<string, number> = {};
  const replicaPorts: Record<string, number[]> = {};
  for (const spec of SERVICES) {
    ports[spec.name] = await freePort();
    const further = (options.replicas?.[spec.name] ?? 1) - 1;
    replicaPorts[spec.name] = [];
    for (let i = 0; i < further; i++) replicaPorts[spec.name]?.push(await freePort());
  }
  let output = '';
  const outputs = new Map<string, string>();
  const db = mongo.dbName('e2e');
  const admin = { clientId: 'e2e-admin', clientSecret: randomBytes(32).toString('base64url') };
  const jwtSigningKey = randomBytes(32).toString('base64');
  // Each service gets its own signing key; all trust the stack's public keys (not the test process's).
  const credentials = generateDevCredentials(SERVICES.map((s) => s.name));
  const serviceEnv = Object.fromEntries(
    SERVICES.map((s) => [
      s.name,
      {
        ELO_RPC_SIGNING_KEY: credentials.signingKeys[s.name] ?? '',
        ELO_RPC_TRUSTED_KEYS: credentials.trustedKeys,
        ...nats.serviceEnv[s.name],
        ...(CLIENT_SECRET_KEY_HOLDERS.includes(s.name)
          ? { ELO_CLIENT_SECRET_KEY: credentials.clientSecretKey }
          : {}),
        // People's TOTP secrets: a key per stack, not a file in the working tree's data directory.
        ...(s.name === 'directory' ? { DIRECTORY_TOTP_KEY: randomBytes(32).toString('base64') } : {}),
      },
    ]),
  );
  const stack = await startStack({
    natsUrl: nats.url,
    mongoUrl: mongo.url,
    ports,
    replicaPorts,
    stdio: 'pipe',
    onOutput: (service, chunk, replica) => {
      output += chunk;
      record(chunk);
      const key = `${service}#${replica}`;
      outputs.set(key, (outputs.get(key) ?? '') + chunk);
    },
    serviceEnv,
    ...(options.onSpawn ? { onSpawn: options.onSpawn } : {}),
    env: {
      // Development defaults are switched on explicitly, as `npm start` does.
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      ELO_DB_PREFIX: db,
      ELO_ADMIN_CLIENT_ID: admin.clientId,
      ELO_ADMIN_CLIENT_SECRET: admin.clientSecret,
      JWT_SIGNING_KEY: jwtSigningKey,
      // Specs make thousands of requests per client and many failed logins from one address within
      // a window; a spec about rate limits passes its own limits.
      RATE_LIMIT_API_REQUESTS: '1000000',
      RATE_LIMIT_TOKEN_FAILURES_PER_ADDRESS: '10000',
      RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS: '10000',
      ...options.env,
    },
  });
  return {
    ...stack,
    nats,
    mongo,
    output: () => output,
    outputOf: (service, replica = 0) => outputs.get(`${service}#${replica}`) ?? '',
    api: apiClient(stack.gatewayUrl),
    admin: {
      clientId: options.env?.['ELO_ADMIN_CLIENT_ID'] ?? admin.clientId,
      clientSecret: options.env?.['ELO_ADMIN_CLIENT_SECRET'] ?? admin.clientSecret,
    },
    jwtSigningKey: options.env?.['JWT_SIGNING_KEY'] ?? jwtSigningKey,
    rpcSigningKey: credentials.signingKeys['gateway'] ?? '',
    async stop() {
      await stack.stop();
      await mongo.stop();
      await nats.stop();
    },
  };
}
