import { z } from 'zod';
import { ROLES, type Role } from '../caller';
import { idSchema, pageQuerySchema, pageSchema, type Page, type PageQuery } from '../pagination';
import { visibleText } from '../text';

// People: accounts of the console, kept in the directory beside the API clients, with the same roles.

export const PERSON_STATUSES = ['invited', 'active', 'disabled'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** Roles that can see personal data: a person holding any of them must use a second factor (TOTP). */
export const TOTP_REQUIRED_ROLES = ['admin', 'coordinator', 'agency'] as const satisfies readonly Role[];

export const PASSWORD_MIN_LENGTH = 12;
/** argon2 hashes any length; the bound keeps a request from making the directory hash megabytes. */
export const PASSWORD_MAX_LENGTH = 256;

export function totpRequiredFor(roles: readonly Role[]): boolean {
  return roles.some((role) => (TOTP_REQUIRED_ROLES as readonly Role[]).includes(role));
}

/** Invitation tokens: 32 random bytes, base64url (43 characters). Only their hash is stored. */
export const INVITATION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const institutionalEmailSchema = z
  .email()
  .max(254)
  .transform((v) => v.toLowerCase())
  .meta({
    description: 'Institutional email (compared case-insensitively)',
    example: 'maria.souza@mj.gov.br',
  });

export const personRolesSchema = z
  .array(z.enum(ROLES))
  .min(1)
  .max(ROLES.length)
  .refine((roles) => new Set(roles).size === roles.length, 'must not repeat a role')
  .meta({ description: 'Roles, the same as API clients’', example: ['coordinator'] });

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH)
  .meta({
    description: `New password: ${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters, not a common password (DIRECTORY.WEAK_PASSWORD)`,
    example: 'trilha-serena-do-cerrado',
    format: 'password',
  });

export const totpCodeSchema = z
  .string()
  .regex(/^\d{6}$/, 'must be the 6 digits shown by the authenticator app')
  .meta({ description: 'Current 6-digit code of the authenticator app (TOTP, RFC 6238)', example: '492039' });

export const invitationTokenSchema = z
  .string()
  .regex(INVITATION_TOKEN_PATTERN, 'must be an invitation token issued by this API')
  .meta({
    description: 'Invitation token from the invitation link',
    example: 'q8Yl3kQv1e9m2B3cR7tZ0aWn5uJxH4sDfGhKpLoIuYt',
  });

export interface Person {
  id: string;
  name: string;
  email: string;
  institutionId: string;
  roles: Role[];
  status: PersonStatus;
  /** Whether the person signs in with a second factor. */
  totpEnabled: boolean;
}

export const personSchema = z.object({
  id: idSchema,
  name: z.string().meta({ description: 'Full name', example: 'Maria Souza' }),
  email: z.string().meta({ description: 'Institutional email', example: 'maria.souza@mj.gov.br' }),
  institutionId: idSchema.meta({ description: 'The institution the person works for' }),
  roles: z.array(z.enum(ROLES)).meta({ description: 'Roles', example: ['coordinator'] }),
  status: z.enum(PERSON_STATUSES).meta({
    description: 'invited (has not set a password yet), active, or disabled',
    example: 'active',
  }),
  totpEnabled: z.boolean().meta({ description: 'Signs in with a TOTP second factor' }),
}) satisfies z.ZodType<Person>;

export const personPageSchema = pageSchema(personSchema, 'This page of people');
export type PersonPage = Page<Person>;

export interface InvitePersonInput {
  name: string;
  email: string;
  institutionId: string;
  roles: Role[];
}

export const invitePersonSchema = z.strictObject({
  name: visibleText(2, 120).meta({ description: 'Full name', example: 'Maria Souza' }),
  email: institutionalEmailSchema,
  institutionId: idSchema.meta({ description: 'The institution the person works for' }),
  roles: personRolesSchema,
}) satisfies z.ZodType<InvitePersonInput, unknown>;

/** The directory's answer to an invitation: the token, only ever returned here. */
export interface IssuedInvitation {
  personId: string;
  token: string;
  expiresAt: string;
}

/** The HTTP answer: the gateway turns the token into the console's link. */
export interface CreatedInvitation {
  personId: string;
  invitationUrl: string;
  expiresAt: string;
}

export const createdInvitationSchema = z.object({
  personId: idSchema,
  invitationUrl: z.string().meta({
    description: 'One-time link to send to the person: `<ELO_PUBLIC_URL>/console/#/convite/<token>`',
    example: 'https://elo.example.gov.br/console/#/convite/q8Yl3kQv1e9m2B3cR7tZ0aWn5uJxH4sDfGhKpLoIuYt',
  }),
  expiresAt: z.string().meta({ description: 'When the link stops working (ISO 8601, UTC)' }),
}) satisfies z.ZodType<CreatedInvitation>;

export interface InvitationView {
  name: string;
  email: string;
  roles: Role[];
  /** True when a role sees personal data: accepting then needs a TOTP code. */
  totpRequired: boolean;
  totp: { secret: string; otpauthUri: string };
}

export const invitationViewSchema = z.object({
  name: z.string(),
  email: z.string(),
  roles: z.array(z.enum(ROLES)),
  totpRequired: z.boolean().meta({
    description: 'A role sees personal data (admin, coordinator, agency): accepting needs a TOTP code',
  }),
  totp: z.object({
    secret: z.string().meta({ description: 'TOTP secret (base32), to type into an authenticator app' }),
    otpauthUri: z.string().meta({
      description: 'The same secret as an otpauth:// URI, to show as a QR code',
      example:
        'otpauth://totp/Elo:maria.souza%40mj.gov.br?issuer=Elo&secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30',
    }),
  }),
}) satisfies z.ZodType<InvitationView>;

export interface AcceptInvitationBody {
  password: string;
  totpCode?: string | undefined;
}

export const acceptInvitationBodySchema = z.strictObject({
  password: passwordSchema,
  totpCode: totpCodeSchema.optional().meta({
    description: 'Required when totpRequired; when given otherwise, the second factor is turned on',
  }),
}) satisfies z.ZodType<AcceptInvitationBody, unknown>;

export const invitationRequestSchema = z.strictObject({ token: invitationTokenSchema });
export const acceptInvitationSchema = acceptInvitationBodySchema.extend({ token: invitationTokenSchema });

export type ListPeopleQuery = PageQuery;
export const listPeopleQuerySchema = pageQuerySchema;
