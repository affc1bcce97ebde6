import { z } from 'zod';
import { countryCodeSchema } from '../partnerships/partnership-terms';

/** HTCDS forms of exploitation: art. 149-A of the Penal Code, plus forced marriage, criminality and begging. */
export const EXPLOITATION_FORMS = [
  'organ_removal',
  'slavery_like_labour',
  'servitude',
  'illegal_adoption',
  'sexual_exploitation',
  'forced_marriage',
  'forced_criminality',
  'begging',
] as const;
export const GENDERS = ['female', 'male', 'transgender', 'other', 'unknown'] as const;
export const AGE_GROUPS = [
  '0-8',
  '9-17',
  '18-20',
  '21-23',
  '24-26',
  '27-29',
  '30-38',
  '39-47',
  '48+',
  'unknown',
] as const;
export const MEANS_OF_CONTROL = [
  'debt_bondage',
  'document_retention',
  'threats',
  'physical_violence',
  'sexual_violence',
  'psychological_abuse',
  'restricted_movement',
  'withheld_earnings',
  'substance_dependence',
  'other',
] as const;
export const RECRUITER_RELATIONS = [
  'intimate_partner',
  'family',
  'friend',
  'employer',
  'stranger',
  'other',
  'unknown',
] as const;
export const IDENTIFICATION_STATUSES = ['presumed', 'identified'] as const;
/** LGPD art. 11 II: the legal bases for sensitive data without consent. */
export const LGPD_11_II_BASES = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
export type Lgpd11IIBasis = (typeof LGPD_11_II_BASES)[number];

const UF = z.string().regex(/^[A-Z]{2}$/, 'must be a UF such as SP');
/** A place: a UF with its IBGE municipality code, or a country abroad. */
export const placeSchema = z.union([
  z.strictObject({ uf: UF, ibgeCode: z.string().regex(/^\d{7}$/, 'must be a 7-digit IBGE code') }),
  z.strictObject({ country: countryCodeSchema }),
]);

/**
 * Consent to process the person's sensitive data. Without it (refused or not obtainable) a legal basis
 * from LGPD art. 11 II must be recorded: the schema refuses one without the other, on the server.
 */
export const consentSchema = z
  .discriminatedUnion('status', [
    z.strictObject({
      status: z.literal('given'),
      at: z.iso.datetime(),
      recordedHow: z.enum(['signed_form', 'recorded_audio', 'witnessed_verbal']),
    }),
    z.strictObject({
      status: z.enum(['refused', 'not_obtainable']),
      legalBasis: z.enum(LGPD_11_II_BASES).meta({
        description: 'LGPD art. 11 II letter, e.g. b (public policy) or e (protection of life)',
        example: 'e',
      }),
    }),
  ])
  .meta({ description: 'Consent, or the legal basis used without it' });
export type Consent = z.infer<typeof consentSchema>;

/** The pseudonymous core: HTCDS fields, nothing that names the person. */
export const caseCoreSchema = z.strictObject({
  gender: z.enum(GENDERS),
  ageGroup: z.enum(AGE_GROUPS),
  citizenship: countryCodeSchema,
  identification: z.strictObject({
    status: z.enum(IDENTIFICATION_STATUSES),
    decidedBy: z.string().min(1).max(200).meta({ description: 'Who decided (role or body)' }),
  }),
  exploitation: z.array(z.enum(EXPLOITATION_FORMS)).min(1).max(EXPLOITATION_FORMS.length),
  meansOfControl: z.array(z.enum(MEANS_OF_CONTROL)).max(MEANS_OF_CONTROL.length).default([]),
  recruiterRelation: z.enum(RECRUITER_RELATIONS),
  recruitmentPlace: placeSchema.optional(),
  exploitationPlace: placeSchema.optional(),
  identifiedOn: z.iso.date(),
  exploitationStartedOn: z.iso.date().optional(),
  /** Disque 100 / Ligue 180 protocol numbers, when the case came from there. */
  protocols: z
    .array(z.string().regex(/^[0-9A-Za-z-]{4,30}$/))
    .max(10)
    .default([]),
});
export type CaseCore = z.infer<typeof caseCoreSchema>;

/** Identifiers, stored encrypted apart from the core. CPF check digits are checked by the service. */
export const identifiersSchema = z.strictObject({
  name: z.string().min(1).max(200).optional(),
  socialName: z.string().min(1).max(200).optional(),
  cpf: z.string().max(14).optional(),
  passport: z
    .string()
    .regex(/^[A-Za-z0-9]{5,20}$/)
    .optional(),
  rnm: z
    .string()
    .regex(/^[A-Za-z0-9-]{5,20}$/)
    .optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{8,20}$/)
    .optional(),
  address: z.string().min(1).max(300).optional(),
});
export type Identifiers = z.infer<typeof identifiersSchema>;
export const IDENTIFIER_FIELDS = [
  'name',
  'socialName',
  'cpf',
  'passport',
  'rnm',
  'phone',
  'address',
] as const;
export type IdentifierField = (typeof IDENTIFIER_FIELDS)[number];

export const createCaseSchema = z.strictObject({
  core: caseCoreSchema.meta({ description: 'The pseudonymous core (HTCDS fields)' }),
  consent: consentSchema,
  identifiers: identifiersSchema
    .optional()
    .meta({ description: 'Identifiers, sealed field by field by the service and never echoed' }),
});
export type CreateCase = z.infer<typeof createCaseSchema>;

export interface Case {
  id: string;
  institutionId: string;
  core: CaseCore;
  consent: Consent;
  version: number;
  createdAt: string;
}
