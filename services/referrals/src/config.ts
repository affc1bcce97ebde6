import type { z } from 'zod';
import { port, serviceEnvSchema } from '@elo/config';

export const referralsConfigSchema = serviceEnvSchema.extend({
  REFERRALS_HTTP_PORT: port(3105),
});

export type ReferralsConfig = z.infer<typeof referralsConfigSchema>;
