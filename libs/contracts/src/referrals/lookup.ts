import { z } from 'zod';
import { isValidCpf, normalizeCpf } from '../training/cpf';
import type { Case } from './case';
import type { Referral } from './referral';

/** Why identifiers are used: required, and written to the access audit. */
export const purposeSchema = z
  .string()
  .trim()
  .min(5)
  .max(300)
  .meta({ description: 'Why the identifiers are needed (audited)', example: 'Scheduling shelter intake' });

const lookupPurpose = purposeSchema.meta({
  description: 'Why the earlier cases of this person are looked for (audited)',
  example: 'Checking for an earlier case before opening a new one',
});

/**
 * Finding the owner's earlier cases of one person by CPF or passport. The value travels in a request
 * body (never a URL, which logs keep) and is only ever turned into its keyed blind index by the service.
 */
export const caseLookupSchema = z
  .discriminatedUnion('by', [
    z.strictObject({
      by: z.literal('cpf'),
      cpf: z
        .string()
        .max(14)
        .refine((v) => isValidCpf(normalizeCpf(v)), {
          message: 'must be a CPF with valid check digits',
          params: { code: 'REFERRAL.INVALID_CPF' },
        })
        .meta({ description: 'CPF, with or without punctuation', example: '529.982.247-25' }),
      purpose: lookupPurpose,
    }),
    z.strictObject({
      by: z.literal('passport'),
      passport: z
        .string()
        .regex(/^[A-Za-z0-9]{5,20}$/, 'must be 5 to 20 letters or digits')
        .meta({ description: 'Passport number (letters and digits)', example: 'FZ123456' }),
      purpose: lookupPurpose,
    }),
  ])
  .meta({ description: 'Which identifier to look for, and why' });
export type CaseLookup = z.infer<typeof caseLookupSchema>;

/** One earlier case of the person, with the referrals the owner sent of it. */
export interface CaseMatch {
  case: Case;
  referrals: Referral[];
}
export interface CaseLookupResult {
  items: CaseMatch[];
}
