import { z } from 'zod';
import { port, serviceEnvSchema } from '@elo/config';

const msList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
      const list = value.split(',').map((part) => Number(part.trim()));
      if (!list.length || list.some((n) => !Number.isInteger(n) || n < 0)) {
        ctx.addIssue({ code: 'custom', message: 'must be comma-separated non-negative integers (ms)' });
        return z.NEVER;
      }
      return list;
    });

const ms = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const HOUR = 3_600_000;

export const notificationsConfigSchema = serviceEnvSchema.extend({
  NOTIFICATIONS_HTTP_PORT: port(3106),
  /** AES-256 key (base64, 32 bytes) that encrypts endpoint secrets. Required in production. */
  NOTIFICATIONS_SECRET_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes in base64')
    .optional(),
  /** Development: where the generated secret key is kept (`<dir>/notifications-secret.key`). */
  ELO_DATA_DIR: z.string().min(1).default('.data'),
  /** Prefix of the API links in webhook payloads. */
  NOTIFICATIONS_API_BASE_URL: z.url().default('http://127.0.0.1:3000'),
  /** Delay before each attempt (the first is immediate); Svix's schedule. Tests shorten it. */
  NOTIFICATIONS_RETRY_SCHEDULE_MS: msList(
    [
      '0',
      '5000',
      String(5 * 60_000),
      String(30 * 60_000),
      String(2 * HOUR),
      String(5 * HOUR),
      String(10 * HOUR),
      String(10 * HOUR),
    ].join(','),
  ),
  /** Each delay varies by up to this share, up or down, so retries of many messages spread out. */
  NOTIFICATIONS_RETRY_JITTER: z.coerce.number().min(0).max(0.5).default(0.2),
  /** Longest Retry-After honoured (a hostile endpoint cannot park messages for ever). */
  NOTIFICATIONS_MAX_RETRY_AFTER_MS: ms(24 * HOUR),
  NOTIFICATIONS_TIMEOUT_MS: ms(15_000),
  /** An endpoint that has failed without a success for this long is disabled. */
  NOTIFICATIONS_DISABLE_AFTER_MS: ms(5 * 24 * HOUR),
  /** How long a rotated-out secret keeps signing beside the new one. */
  NOTIFICATIONS_ROTATION_GRACE_MS: ms(24 * HOUR),
  /** Attempts in flight per endpoint in one process, and in all. */
  NOTIFICATIONS_ENDPOINT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  NOTIFICATIONS_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(64),
  /** How often due attempts are looked for when nothing woke the dispatcher. */
  NOTIFICATIONS_POLL_MS: ms(1_000),
  /** A claimed attempt belongs to its replica this long (more than the timeout): a dead replica's claim expires. */
  NOTIFICATIONS_LEASE_MS: ms(60_000),
});

export type NotificationsConfig = z.infer<typeof notificationsConfigSchema>;
