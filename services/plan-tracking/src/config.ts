import { resolve } from 'node:path';
import { z } from 'zod';
import { port, serviceEnvSchema } from '@elo/config';

const DAY_MS = 86_400_000;

export const planConfigSchema = serviceEnvSchema.extend({
  PLAN_HTTP_PORT: port(3102),
  /** Load seeds/plan.json at boot (idempotent: existing axes, actions and activities are left alone). */
  PLAN_SEED: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  PLAN_SEED_FILE: z.string().min(1).default(resolve(__dirname, '../../../seeds/plan.json')),
  /** How often overdue activities are looked for (also once at boot). */
  PLAN_OVERDUE_CHECK_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .max(7 * DAY_MS)
    .default(DAY_MS),
  /** How often approved reports not yet applied to their activity (a crash in between) are applied. */
  PLAN_APPROVAL_RESUME_MS: z.coerce.number().int().min(1_000).max(DAY_MS).default(60_000),
});

export type PlanConfig = z.infer<typeof planConfigSchema>;
export const PLAN_CONFIG = Symbol('PLAN_CONFIG');
