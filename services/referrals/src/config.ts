import { resolve } from 'node:path';
import { z } from 'zod';
import { port, serviceEnvSchema } from '@elo/config';

const masterKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}:[A-Za-z0-9+/]{43}=$/, 'must be <id>:<base64 of 32 bytes>');

export const referralsConfigSchema = serviceEnvSchema
  .extend({
    REFERRALS_HTTP_PORT: port(3105),
    /** Wraps the data keys of the identifiers. Required in production; generated under ELO_DATA_DIR elsewhere. */
    REFERRALS_MASTER_KEY: masterKey.optional(),
    /** Older master keys, comma-separated, kept while rotation re-wraps the data keys under the new one. */
    REFERRALS_PREVIOUS_MASTER_KEYS: z
      .string()
      .refine(
        (s) => s.split(',').every((k) => masterKey.safeParse(k.trim()).success),
        'must list <id>:<base64> keys',
      )
      .optional(),
    ELO_DATA_DIR: z.string().min(1).default(resolve(__dirname, '../../../.data')),
    /** How often referrals past their answer deadline are looked for. */
    REFERRALS_OVERDUE_CHECK_MS: z.coerce.number().int().min(200).max(3_600_000).default(60_000),
    /** How often consent changes whose sharing review a dying process left undone are finished. */
    REFERRALS_SHARING_REVIEW_MS: z.coerce.number().int().min(200).max(3_600_000).default(60_000),
    /** How often audit entries stored with their write, and left unchained by a dying process, are chained. */
    REFERRALS_AUDIT_RELAY_MS: z.coerce.number().int().min(200).max(3_600_000).default(10_000),
    /**
     * Days a finished case (every referral final, or none) keeps its identifiers after its last change;
     * then they are erased (LGPD art. 15/16). Five years by default: a ministry policy decision to confirm.
     */
    REFERRALS_RETENTION_DAYS: z.coerce.number().int().min(180).max(36_500).default(1825),
    /** How often finished cases past their retention period are looked for. */
    REFERRALS_RETENTION_CHECK_MS: z.coerce.number().int().min(200).max(86_400_000).default(3_600_000),
  })
  .refine((c) => c.NODE_ENV !== 'production' || c.REFERRALS_MASTER_KEY !== undefined, {
    message: 'is required in production: identifiers cannot be protected without it',
    path: ['REFERRALS_MASTER_KEY'],
  });

export type ReferralsConfig = z.infer<typeof referralsConfigSchema>;
export const REFERRALS_CONFIG = Symbol('REFERRALS_CONFIG');
