import { z } from 'zod';

const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

/** Browser origins allowed to call the API (CORS). Empty, the default: no cross-origin access at all. */
const corsOrigins = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(ORIGIN, 'each origin is scheme://host[:port], without a path')));

/** HTTP server settings (issue 11, item 5 and 6); documented in the README's configuration table. */
export const httpConfigFields = {
  CORS_ALLOWED_ORIGINS: corsOrigins,
  /** Longest time to receive a whole request (headers and body); Node's `server.requestTimeout`. */
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  /** An idle socket is closed after this; Fastify's `connectionTimeout`. */
  HTTP_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(60_000),
  /** The console's built files (dist/services/console), served under /console; empty: no console. */
  CONSOLE_DIR: z.string().default(''),
};
