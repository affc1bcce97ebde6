import { z } from 'zod';
import { ROLES, type Caller, type Role } from '../caller';
import { idSchema, pageQuerySchema, type PageQuery } from '../pagination';
import { visibleText } from '../text';

/**
 * The institution id of the bootstrap admin (ELO_ADMIN_CLIENT_ID): it is configured, not stored in
 * the directory, and belongs to no institution. Not an ObjectId: never use it as one.
 */
export const SYSTEM_INSTITUTION_ID = 'system';

/** Development defaults of the bootstrap admin; the gateway refuses them when NODE_ENV=production. */
export const DEV_ADMIN_CLIENT_ID = 'elo-admin';
export const DEV_ADMIN_CLIENT_SECRET = 'elo-dev-admin-secret-do-not-use-in-production';

/** Client ids the directory generates: `elo_` + 22 base64url characters. */
export const API_CLIENT_ID_PATTERN = /^elo_[A-Za-z0-9_-]{22}$/;

export interface CreateApiClientInput {
  institutionId: string;
  name: string;
  roles: Role[];
}

export interface ListApiClientsQuery extends PageQuery {
  institutionId: string;
}

export interface RevokeApiClientInput {
  institutionId: string;
  clientId: string;
}

export interface AuthenticateClientInput {
  clientId: string;
  clientSecret: string;
}

/**
 * What the gateway needs to check a secret itself (the secret never crosses the bus): the keyed hash
 * the directory stores, whether the client is active, and who it is. `known: false` for an unknown id.
 */
export type StoredClientCredentials =
  { known: false } | { known: true; secretHash: string; active: boolean; caller: Caller };

export interface ClientStatus {
  clientId: string;
  /** False when revoked or unknown. */
  active: boolean;
}

// Request schemas: what the directory accepts over NATS and the gateway over HTTP.

export const apiClientIdSchema = z
  .string()
  .regex(API_CLIENT_ID_PATTERN, 'must be a client id issued by this API')
  .meta({
    description: 'Client id',
    example: 'elo_3q2-7wEs1b6TK0bI8zQy9A',
    pattern: API_CLIENT_ID_PATTERN.source,
  });

/** What creating a client takes besides its institution (the HTTP body). */
export const createApiClientInputSchema = z.strictObject({
  name: visibleText(2, 100).meta({
    description: 'What the client is, e.g. the calling system',
    example: 'SEI integration',
  }),
  roles: z
    .array(z.enum(ROLES))
    .min(1)
    .max(ROLES.length)
    .refine((roles) => new Set(roles).size === roles.length, 'must not repeat a role')
    .meta({ description: 'Roles its tokens carry', example: ['agency'] }),
});

export const createApiClientSchema = createApiClientInputSchema.extend({
  institutionId: idSchema,
}) satisfies z.ZodType<CreateApiClientInput>;

export const listApiClientsQuerySchema = pageQuerySchema.extend({
  institutionId: idSchema,
}) satisfies z.ZodType<ListApiClientsQuery>;

export const revokeApiClientSchema = z.strictObject({
  institutionId: idSchema,
  clientId: apiClientIdSchema,
}) satisfies z.ZodType<RevokeApiClientInput>;

/** Lengths as the token endpoint accepts them; any other shape is just an invalid client. */
export const authenticateClientSchema = z.strictObject({
  clientId: z.string().min(1).max(128),
  clientSecret: z.string().min(1).max(512),
}) satisfies z.ZodType<AuthenticateClientInput>;

export const clientStatusRequestSchema = z.strictObject({ clientId: z.string() });

/** Any string of bounded size: an id of another shape is just unknown. */
export const clientCredentialsRequestSchema = z.strictObject({ clientId: z.string().max(1024) });
