import { z } from 'zod';
import {
  busCredentialFields,
  logFormat,
  logLevel,
  natsConnectTimeoutMs,
  natsUrl,
  nodeEnv,
  port,
} from '@elo/config';
import { authConfigFields, refuseDevAuthInProduction } from './auth/auth.config';
import { httpConfigFields } from './http/http.config';
import { rateLimitConfigFields } from './rate-limit/rate-limit.config';
import { sessionConfigFields } from './session/session.config';

export const gatewayConfigSchema = z
  .object({
    NODE_ENV: nodeEnv,
    LOG_LEVEL: logLevel,
    LOG_FORMAT: logFormat,
    NATS_URL: natsUrl,
    NATS_CONNECT_TIMEOUT_MS: natsConnectTimeoutMs,
    PORT: port(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    /** How long the gateway waits for a service's reply before answering 504. */
    RPC_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    /** Largest accepted request body. */
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1_024).max(10_485_760).default(1_048_576),
    ...authConfigFields,
    ...httpConfigFields,
    ...rateLimitConfigFields,
    ...sessionConfigFields,
    ...busCredentialFields,
  })
  .superRefine(refuseDevAuthInProduction);

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
