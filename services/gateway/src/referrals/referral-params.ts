import { z } from 'zod';
import { idSchema, purposeSchema } from '@elo/contracts';

export const caseRefSchema = z.strictObject({ id: idSchema.meta({ description: 'Case id' }) });
export const referralRefSchema = z.strictObject({ id: idSchema.meta({ description: 'Referral id' }) });
/** The body of an identifier read: why they are needed (written to the access audit). */
export const identifierReadSchema = z.strictObject({ purpose: purposeSchema });
export type IdentifierRead = z.infer<typeof identifierReadSchema>;
