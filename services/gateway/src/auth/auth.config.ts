import { z } from 'zod';
import { DEV_ADMIN_CLIENT_ID, DEV_ADMIN_CLIENT_SECRET } from '@elo/contracts';

/** The longest a token may live (the issue's bound). */
export const MAX_TOKEN_TTL_SECONDS = 900;
/** The longest a revoked client's tokens keep working: the status cache lifetime. */
export const MAX_CLIENT_STATUS_CACHE_MS = 30_000;
export const MIN_SIGNING_KEY_BYTES = 32;

const signingKey = z
  .string()
  .refine(
    (v) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length >= MIN_SIGNING_KEY_BYTES,
    `must be base64 of at least ${MIN_SIGNING_KEY_BYTES} random bytes (e.g. \`openssl rand -base64 32\`)`,
  )
  .optional();

export const authConfigFields = {
  /** HS256 key shared by every gateway replica. Unset: a random key per process (development only). */
  JWT_SIGNING_KEY: signingKey,
  JWT_ISSUER: z.string().min(1).max(200).default('elo-gateway'),
  JWT_AUDIENCE: z.string().min(1).max(200).default('elo-api'),
  TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(30)
    .max(MAX_TOKEN_TTL_SECONDS)
    .default(MAX_TOKEN_TTL_SECONDS),
  /** How long the gateway trusts a client's "active" status; bounds how long a revoked client's tokens work. */
  CLIENT_STATUS_CACHE_MS: z.coerce.number().int().min(0).max(MAX_CLIENT_STATUS_CACHE_MS).default(10_000),
  ELO_ADMIN_CLIENT_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{3,64}$/, '3–64 letters, digits, . _ or -')
    .default(DEV_ADMIN_CLIENT_ID),
  ELO_ADMIN_CLIENT_SECRET: z.string().min(16).max(512).default(DEV_ADMIN_CLIENT_SECRET),
};

interface AuthEnv {
  NODE_ENV: 'development' | 'test' | 'production';
  JWT_SIGNING_KEY?: string | undefined;
  ELO_ADMIN_CLIENT_ID: string;
  ELO_ADMIN_CLIENT_SECRET: string;
}

/** Production must not run with the development defaults: fail at boot, naming the variable. */
export function refuseDevAuthInProduction(env: AuthEnv, ctx: z.RefinementCtx): void {
  if (env.NODE_ENV !== 'production') return;
  const refuse = (variable: keyof AuthEnv, message: string) =>
    ctx.addIssue({ code: 'custom', path: [variable], message });
  if (!env.JWT_SIGNING_KEY) refuse('JWT_SIGNING_KEY', 'is required when NODE_ENV=production');
  if (env.ELO_ADMIN_CLIENT_ID === DEV_ADMIN_CLIENT_ID) {
    refuse(
      'ELO_ADMIN_CLIENT_ID',
      'must be set (the development default is refused when NODE_ENV=production)',
    );
  }
  if (env.ELO_ADMIN_CLIENT_SECRET === DEV_ADMIN_CLIENT_SECRET) {
    refuse(
      'ELO_ADMIN_CLIENT_SECRET',
      'must be set (the development default is refused when NODE_ENV=production)',
    );
  } else if (env.ELO_ADMIN_CLIENT_SECRET.length < 32) {
    refuse('ELO_ADMIN_CLIENT_SECRET', 'must be at least 32 characters when NODE_ENV=production');
  }
}
