import { z } from 'zod';
import { GATEWAY_RATE_LIMIT_BUCKET } from '@elo/contracts';

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);
const seconds = (fallback: number) => z.coerce.number().int().min(1).max(86_400).default(fallback);

/** Rate limits (issue 11, item 4); documented in the README's configuration table. */
export const rateLimitConfigFields = {
  /** API requests each client may make per window, across every gateway replica. */
  RATE_LIMIT_API_REQUESTS: count(600),
  RATE_LIMIT_API_WINDOW_SECONDS: seconds(60),
  /** Failed token requests per client id, and per source address, per window. */
  RATE_LIMIT_TOKEN_FAILURES_PER_CLIENT: count(10),
  RATE_LIMIT_TOKEN_FAILURES_PER_ADDRESS: count(50),
  RATE_LIMIT_TOKEN_WINDOW_SECONDS: seconds(900),
  /** Failed sign-ins of people (POST /v1/session) per email, and per source address, per window. */
  RATE_LIMIT_SIGN_IN_FAILURES_PER_EMAIL: count(10),
  RATE_LIMIT_SIGN_IN_FAILURES_PER_ADDRESS: count(50),
  RATE_LIMIT_SIGN_IN_WINDOW_SECONDS: seconds(900),
  /** JetStream key-value bucket holding the counters (shared by replicas). */
  RATE_LIMIT_BUCKET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ or -')
    .default(GATEWAY_RATE_LIMIT_BUCKET),
  /** How long one counter update may take before the store counts as unreachable. */
  RATE_LIMIT_STORE_TIMEOUT_MS: z.coerce.number().int().min(50).max(10_000).default(500),
  /** After the store failed, how long each replica counts on its own before trying the store again. */
  RATE_LIMIT_STORE_RETRY_MS: z.coerce.number().int().min(100).max(300_000).default(5_000),
};

export type RateLimitConfig = {
  [K in keyof typeof rateLimitConfigFields]: z.output<(typeof rateLimitConfigFields)[K]>;
};
