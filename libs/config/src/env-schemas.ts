import { z } from 'zod';
import { busCredentialFields } from './bus-credentials';

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

export const natsUrl = z
  .string()
  .regex(/^(nats|tls):\/\/[^\s]+$/, 'must be a nats:// or tls:// URL (comma-separate several)')
  .default('nats://127.0.0.1:4222');

/**
 * How long a process keeps dialling NATS at start before it gives up and exits non-zero: a slow first
 * handshake is waited out, a wrong address ends the start (and the orchestrator restarts the process
 * with its fixed config) instead of being retried forever behind a readiness check that never passes.
 * A link lost after the first connection is retried forever.
 */
export const natsConnectTimeoutMs = z.coerce.number().int().min(1_000).max(600_000).default(60_000);

export const mongoUrl = z.string().regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// URL');

export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');

/** Unset: JSON, except on a development terminal (see @elo/observability `chooseLogFormat`). */
export const logFormat = z.enum(['json', 'pretty']).optional();

/**
 * Unset means production: development defaults (known admin credentials, generated keys) are
 * switched on explicitly (`npm start` and the test stack set development), never by omission.
 */
export const nodeEnv = z.enum(['development', 'test', 'production']).default('production');

/** Variables every backend service reads. */
export const serviceEnvSchema = z.object({
  NODE_ENV: nodeEnv,
  LOG_LEVEL: logLevel,
  LOG_FORMAT: logFormat,
  NATS_URL: natsUrl,
  NATS_CONNECT_TIMEOUT_MS: natsConnectTimeoutMs,
  MONGO_URL: mongoUrl,
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  /** Each service's database is `<prefix>-<service>`; tests use a unique prefix per run. */
  ELO_DB_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, _ or -, at most 40')
    .default('elo'),
  ...busCredentialFields,
});

/** The bus credentials alone, read by the NATS connections and the RPC framework of every process. */
export const busCredentialsSchema = z.object({ NODE_ENV: nodeEnv, ...busCredentialFields });
export type BusCredentialsEnv = z.infer<typeof busCredentialsSchema>;

/**
 * ELO_STREAM_REPLICAS: copies JetStream keeps of each stream and bucket (and, inherited, of their
 * consumers): 1 on a single server, 3 on a 3-node cluster so that losing one node loses nothing.
 * Odd, and at most the cluster's size.
 */
export const streamReplicas = z.coerce
  .number()
  .int()
  .refine((n) => n === 1 || n === 3 || n === 5, 'must be 1, 3 or 5 (an odd quorum, at most 5 in JetStream)')
  .default(1);
