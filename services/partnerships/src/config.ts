import { resolve } from 'node:path';
import { z } from 'zod';
import { port, serviceEnvSchema } from '@elo/config';

const HOUR_MS = 3_600_000;
const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

export const partnershipsConfigSchema = serviceEnvSchema.extend({
  PARTNERSHIPS_HTTP_PORT: port(3103),
  /** Load seeds/partnerships.json (demo agreements) once their institutions are known. */
  PARTNERSHIPS_SEED: flag,
  PARTNERSHIPS_SEED_FILE: z.string().min(1).default(resolve(__dirname, '../../../seeds/partnerships.json')),
  /** The plan whose activity codes agreements may name. */
  PARTNERSHIPS_PLAN_FILE: z.string().min(1).default(resolve(__dirname, '../../../seeds/plan.json')),
  /** How often the calendar is checked (entry into force, expiry, expiring, overdue commitments); also at boot. */
  PARTNERSHIPS_CALENDAR_CHECK_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(24 * HOUR_MS)
    .default(HOUR_MS),
});

export type PartnershipsConfig = z.infer<typeof partnershipsConfigSchema>;
export const PARTNERSHIPS_CONFIG = Symbol('PARTNERSHIPS_CONFIG');
