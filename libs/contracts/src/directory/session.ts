import { z } from 'zod';
import { ROLES, type Caller, type Role } from '../caller';
import { idSchema } from '../pagination';
import { PASSWORD_MAX_LENGTH, totpCodeSchema } from './people';

// Browser sessions of people. The cookie holds a random token; only its SHA-256 (base64url) crosses
// the bus and is stored, so neither the directory's database nor the bus holds a usable session.

export const SESSION_COOKIE = 'elo_session';
export const CSRF_HEADER = 'x-csrf-token';
/** The caller id of a person: services authorize it exactly as an API client. */
export const PERSON_CLIENT_PREFIX = 'person:';

/** SHA-256 of the cookie's token, base64url. */
export const SESSION_HASH_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface SessionPerson {
  id: string;
  name: string;
  email: string;
  institutionId: string;
  roles: Role[];
  /** Whether signing in asks for a TOTP code: the console offers turning it on, and asks for a code to change the password. */
  totpEnabled: boolean;
}

export interface SessionView {
  person: SessionPerson;
  /** Send it back in `x-csrf-token` on every POST, PUT, PATCH and DELETE made with the cookie. */
  csrfToken: string;
  idleExpiresAt: string;
  expiresAt: string;
}

export const sessionViewSchema = z.object({
  person: z.object({
    id: idSchema,
    name: z.string().meta({ example: 'Maria Souza' }),
    email: z.string().meta({ example: 'maria.souza@mj.gov.br' }),
    institutionId: idSchema,
    roles: z.array(z.enum(ROLES)).meta({ example: ['coordinator'] }),
    totpEnabled: z.boolean().meta({ description: 'Signs in with a TOTP second factor' }),
  }),
  csrfToken: z.string().meta({
    description: `Send it in the \`${CSRF_HEADER}\` header on every POST, PUT, PATCH and DELETE made with the session cookie`,
  }),
  idleExpiresAt: z.string().meta({ description: 'The session ends then unless used before (ISO 8601, UTC)' }),
  expiresAt: z.string().meta({ description: 'The session ends then whatever happens (ISO 8601, UTC)' }),
}) satisfies z.ZodType<SessionView>;

export interface SignInInput {
  email: string;
  password: string;
  totpCode?: string | undefined;
}

/** Lenient lengths: any other value simply does not match an account. */
export const signInSchema = z.strictObject({
  email: z
    .string()
    .min(3)
    .max(254)
    .transform((v) => v.toLowerCase())
    .meta({ description: 'Institutional email', example: 'maria.souza@mj.gov.br' }),
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH)
    .meta({ description: 'Password', format: 'password', example: 'trilha-serena-do-cerrado' }),
  totpCode: totpCodeSchema
    .optional()
    .meta({ description: 'Required for people with a second factor (AUTH.TOTP_REQUIRED without it)' }),
}) satisfies z.ZodType<SignInInput, unknown>;

export const sessionHashSchema = z
  .string()
  .regex(SESSION_HASH_PATTERN, 'must be a SHA-256 in base64url')
  .meta({ description: 'SHA-256 (base64url) of the session cookie’s token' });

export const openSessionSchema = signInSchema.extend({ sessionHash: sessionHashSchema });
export const sessionRequestSchema = z.strictObject({ sessionHash: sessionHashSchema });

export type ResolvedSession = { found: false } | { found: true; session: SessionView };

export interface ClosedSessions {
  closed: number;
}

export function personCaller(person: SessionPerson): Caller {
  return {
    clientId: `${PERSON_CLIENT_PREFIX}${person.id}`,
    institutionId: person.institutionId,
    roles: [...person.roles],
  };
}
