import { resolve } from 'node:path';
import { z } from 'zod';
import { port, serviceEnvSchema } from '@elo/config';

export const directoryConfigSchema = serviceEnvSchema.extend({
  DIRECTORY_HTTP_PORT: port(3101),
  /** Load seeds/institutions.json at boot (idempotent: existing acronyms are left alone). */
  DIRECTORY_SEED: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  DIRECTORY_SEED_FILE: z.string().min(1).default(resolve(__dirname, '../../../seeds/institutions.json')),
});

export type DirectoryConfig = z.infer<typeof directoryConfigSchema>;
export const DIRECTORY_CONFIG = Symbol('DIRECTORY_CONFIG');
