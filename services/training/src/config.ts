import { resolve } from 'node:path';
import { z } from 'zod';
import { port, serviceEnvSchema } from '@elo/config';

export const trainingConfigSchema = serviceEnvSchema.extend({
  TRAINING_HTTP_PORT: port(3104),
  /** Load the demo courses, curriculum and experts at boot (idempotent, marked as demo). */
  TRAINING_SEED: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** The public base URL certificates' QR codes point to (the gateway's). */
  TRAINING_PUBLIC_URL: z.url().default('http://127.0.0.1:3000'),
  /** Public certificate lookups allowed per client address and minute, across replicas. */
  TRAINING_CERTIFICATE_LOOKUPS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  /** The plan (the one plan-tracking loads) whose activity codes courses and modules may name. */
  TRAINING_PLAN_FILE: z.string().min(1).default(resolve(__dirname, '../../../seeds/plan.json')),
});

export type TrainingConfig = z.infer<typeof trainingConfigSchema>;
export const TRAINING_CONFIG = Symbol('TRAINING_CONFIG');
