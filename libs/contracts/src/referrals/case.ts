import { z } from 'zod';
import { countryCodeSchema } from '../partnerships/partnership-terms';
import { placeSchema } from './place';

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

const legalBasisSchema = z.enum(LGPD_11_II_BASES).meta({
  description: 'LGPD art. 11 II letter, e.g. b (public policy) or e (protection of life)',
  example: 'e',
});

const consentGiven = z.strictObject({
  status: z.literal('given'),
  at: z.iso.datetime().meta({ description: 'When the person gave consent (not in the future)' }),
  recordedHow: z
    .enum(['signed_form', 'recorded_audio', 'witnessed_verbal'])
    .meta({ description: 'How the consent was recorded', example: 'signed_form' }),
});
// Optional in the shape so that a missing basis gets its own code (REFERRAL.LEGAL_BASIS_REQUIRED).
const consentAbsent = z
  .strictObject({ status: z.enum(['refused', 'not_obtainable']), legalBasis: legalBasisSchema.optional() })
  .refine((c) => c.legalBasis !== undefined, {
    message: 'without consent a legal basis from LGPD art. 11 II is required',
    path: ['legalBasis'],
    params: { code: 'REFERRAL.LEGAL_BASIS_REQUIRED' },
  });
const consentWithdrawn = z.strictObject({
  status: z.literal('withdrawn'),
  legalBasis: legalBasisSchema.optional().meta({
    description:
      'A basis of LGPD art. 11 II that still applies without consent (e.g. e, protection of life). ' +
      'Without one, the receivers of the case’s referrals stop seeing its identifiers.',
  }),
});

/**
 * Consent to process the person's sensitive data, when a case is opened. Without it (refused or not
 * obtainable) a legal basis from LGPD art. 11 II must be recorded: the server refuses one without the other.
 */
export const consentSchema = z
  .discriminatedUnion('status', [consentGiven, consentAbsent])
  .meta({ description: 'Consent, or the legal basis used without it' });
export type Consent = z.infer<typeof consentSchema>;

/** A later change of consent: recorded anew (given, refused, not obtainable) or withdrawn by the person. */
export const consentChangeSchema = z
  .discriminatedUnion('status', [consentGiven, consentAbsent, consentWithdrawn])
  .meta({
    description: 'The new consent state: given, refused or not obtainable (with a basis), or withdrawn',
  });
export type ConsentChange = z.infer<typeof consentChangeSchema>;

/** Consent as stored: the state, and who recorded it and when (set by the server from the caller). */
export type RecordedConsent = ConsentChange & {
  recordedAt: string;
  recordedBy: { clientId: string; institutionId: string };
};

/** The national hotlines a case can come from: Disque 100 (human rights) and Ligue 180 (women). */
export const PROTOCOL_CHANNELS = ['disque_100', 'ligue_180'] as const;
export type ProtocolChannel = (typeof PROTOCOL_CHANNELS)[number];
/** Protocol numbers are digits only, as the hotlines read them out: no letters, spaces or dashes. */
export const PROTOCOL_NUMBER_PATTERN = /^[0-9]{6,20}$/;

/** One hotline protocol: which line took the call, and the number it gave. */
export const protocolSchema = z
  .strictObject({
    channel: z
      .enum(PROTOCOL_CHANNELS)
      .meta({ description: 'The hotline: disque_100 or ligue_180', example: 'disque_100' }),
    number: z.string().regex(PROTOCOL_NUMBER_PATTERN, 'must be the protocol number: 6 to 20 digits').meta({
      description: 'The protocol number given by the hotline (digits only)',
      example: '20261203004512',
    }),
  })
  .meta({ description: 'A Disque 100 or Ligue 180 protocol' });
export type Protocol = z.infer<typeof protocolSchema>;

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
  protocols: z
    .array(protocolSchema)
    .max(10)
    .default([])
    .refine((list) => new Set(list.map((p) => `${p.channel}:${p.number}`)).size === list.length, {
      message: 'lists a protocol twice',
    })
    .meta({ description: 'Disque 100 / Ligue 180 protocols, when the case came from a call there' }),
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
  consent: RecordedConsent;
  version: number;
  createdAt: string;
  /** When retention erased the identifiers (the case finished long ago); absent while they are held. */
  identifiersErasedAt?: string;
}
