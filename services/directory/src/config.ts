import { resolve } from 'node:path';
import { z } from 'zod';
import { port, serviceEnvSchema } from '@elo/config';

const bounded = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

export const directoryConfigSchema = serviceEnvSchema
  .extend({
    DIRECTORY_HTTP_PORT: port(3101),
    /** Load seeds/institutions.json at boot (idempotent: existing acronyms are left alone). */
    DIRECTORY_SEED: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    DIRECTORY_SEED_FILE: z.string().min(1).default(resolve(__dirname, '../../../seeds/institutions.json')),
    /** AES-256 key (base64, 32 bytes) sealing people's TOTP secrets. Required in production. */
    DIRECTORY_TOTP_KEY: z
      .string()
      .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes in base64')
      .optional(),
    /** Development: where the generated TOTP key is kept (`<dir>/directory-totp.key`). */
    ELO_DATA_DIR: z.string().min(1).default('.data'),
    /** How long an invitation link works. */
    DIRECTORY_INVITATION_TTL_HOURS: bounded(1, 720, 168),
    /** A session unused this long ends. */
    DIRECTORY_SESSION_IDLE_MINUTES: bounded(1, 24 * 60, 30),
    /** A session ends this long after sign-in, used or not. */
    DIRECTORY_SESSION_MAX_HOURS: bounded(1, 7 * 24, 12),
    /** Failed sign-ins in a row that lock an account, and for how long. */
    DIRECTORY_LOCK_AFTER_FAILURES: bounded(1, 100, 5),
    DIRECTORY_LOCK_MINUTES: bounded(1, 24 * 60, 15),
  })
  .refine((c) => c.DIRECTORY_SESSION_IDLE_MINUTES <= c.DIRECTORY_SESSION_MAX_HOURS * 60, {
    path: ['DIRECTORY_SESSION_IDLE_MINUTES'],
    message: 'must not exceed DIRECTORY_SESSION_MAX_HOURS',
  });

export type DirectoryConfig = z.infer<typeof directoryConfigSchema>;
export const DIRECTORY_CONFIG = Symbol('DIRECTORY_CONFIG');
