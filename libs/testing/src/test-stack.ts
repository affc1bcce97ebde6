import { SERVICES, freePort, startStack, type Stack } from '@elo/stack';
import { startMongo, type TestMongo } from './mongo';
import { spawnNats, startNats, type TestNats } from './nats';

export interface TestStack extends Stack {
  nats: TestNats;
  mongo: TestMongo;
  /** Everything the services printed, for assertions on logs. */
  output(): string;
  api: ApiClient;
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
    options?: { body?: unknown; token?: string; headers?: Record<string, string>; form?: Record<string, string> },
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
      const parsed: unknown = text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
      return { status: res.status, headers: res.headers, body: parsed as T };
    },
  };
}

/**
 * Every service as its own process, on a private NATS and MongoDB and random ports.
 * `ownNats` spawns a nats-server even when NATS_URL is set, for tests that kill it.
 */
export async function startTestStack(
  options: { env?: Record<string, string>; ownNats?: boolean } = {},
): Promise<TestStack> {
  const nats = options.ownNats ? await spawnNats() : await startNats();
  const mongo = await startMongo();
  const ports: Record<string, number> = {};
  for (const spec of SERVICES) ports[spec.name] = await freePort();
  let output = '';
  const db = mongo.dbName('e2e');
  try {
    const stack = await startStack({
      natsUrl: nats.url,
      mongoUrl: mongo.url,
      ports,
      stdio: 'pipe',
      onOutput: (_service, chunk) => {
        output += chunk;
      },
      env: { LOG_LEVEL: 'info', ELO_DB_PREFIX: db, ...options.env },
    });
    return {
      ...stack,
      nats,
      mongo,
      output: () => output,
      api: apiClient(stack.gatewayUrl),
      async stop() {
        await stack.stop();
        await mongo.stop();
        await nats.stop();
      },
    };
  } catch (error) {
    await mongo.stop();
    await nats.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- service output ---\n${output}`);
  }
}
