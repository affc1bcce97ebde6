import { z } from 'zod';
import { idSchema } from '../pagination';
import { PASSWORD_MAX_LENGTH, passwordSchema, totpCodeSchema } from './people';
import { sessionHashSchema } from './session';

// What a signed-in person changes on their own account, and what admins and coordinators change on
// other people's. The own-account patterns are keyed by the session (its hash), never by a person id
// taken from the request, so nobody can name someone else's account.

/** The current password, to prove it is the person and not only their browser (a stolen session). */
const currentPasswordSchema = z
  .string()
  .min(1)
  .max(PASSWORD_MAX_LENGTH)
  .meta({ description: 'The current password', format: 'password', example: 'trilha-serena-do-cerrado' });

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
  totpCode?: string | undefined;
}

export const changePasswordBodySchema = z.strictObject({
  currentPassword: currentPasswordSchema,
  newPassword: passwordSchema,
  totpCode: totpCodeSchema.optional().meta({
    description: 'Required when the person signs in with TOTP (400 DIRECTORY.INVALID_TOTP without it)',
  }),
}) satisfies z.ZodType<ChangePasswordInput, unknown>;
export const changePasswordSchema = changePasswordBodySchema.extend({ sessionHash: sessionHashSchema });

export interface StartTotpInput {
  currentPassword: string;
}

export const startTotpBodySchema = z.strictObject({
  currentPassword: currentPasswordSchema,
}) satisfies z.ZodType<StartTotpInput, unknown>;
export const startTotpSchema = startTotpBodySchema.extend({ sessionHash: sessionHashSchema });

/** A new TOTP secret to enrol; the factor is on only once a code from it is confirmed. */
export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
}

export const totpEnrolmentSchema = z.object({
  secret: z.string().meta({ description: 'New TOTP secret (base32), to type into an authenticator app' }),
  otpauthUri: z.string().meta({
    description: 'The same secret as an otpauth:// URI, to show as a QR code',
    example:
      'otpauth://totp/Elo:leitor%40mj.gov.br?issuer=Elo&secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30',
  }),
}) satisfies z.ZodType<TotpEnrolment>;

export interface ConfirmTotpInput {
  totpCode: string;
}

export const confirmTotpBodySchema = z.strictObject({
  totpCode: totpCodeSchema.meta({ description: 'A current code of the newly enrolled authenticator app' }),
}) satisfies z.ZodType<ConfirmTotpInput, unknown>;
export const confirmTotpSchema = confirmTotpBodySchema.extend({ sessionHash: sessionHashSchema });

export interface PersonRequest {
  id: string;
}

/** Disabling and enabling a person: by id, as admins and coordinators see people in the list. */
export const personRequestSchema = z.strictObject({
  id: idSchema.meta({ description: 'The person' }),
}) satisfies z.ZodType<PersonRequest, unknown>;
