import { z } from 'zod';
import { INSTITUTION_ID_PATTERN } from '../directory/institution';
import { calendarDateSchema } from '../plan/plan-period';
import { ISO_3166_ALPHA2 } from './iso-countries';

// The vocabulary of agreements, shared by the partnerships service, its events and their consumers.

/** `private_sector` and `data_sharing` keep the spelling `partnership.signed` always had. */
export const PARTNERSHIP_KINDS = [
  'private_sector',
  'technical_cooperation',
  'bilateral',
  'multilateral',
  'memorandum_of_understanding',
  'international_project',
  'international_operation',
  'data_sharing',
] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

/** Kinds that may run without an end date (treaties and memoranda usually do). */
export const OPEN_ENDED_KINDS: readonly PartnershipKind[] = [
  'bilateral',
  'multilateral',
  'memorandum_of_understanding',
];

/** Kinds that may carry data-sharing terms. */
export const DATA_SHARING_KINDS: readonly PartnershipKind[] = ['data_sharing', 'technical_cooperation'];

export const PARTNERSHIP_SECTORS = [
  'air_transport',
  'maritime_transport',
  'river_transport',
  'road_transport',
  'football_sports',
  'tourism_hotels',
  'artist_model_agencies',
  'technology',
  'other',
] as const;
export type PartnershipSector = (typeof PARTNERSHIP_SECTORS)[number];

export const PARTY_ROLES = ['signatory', 'implementer', 'funder', 'observer'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const PARTNERSHIP_STATUSES = [
  'draft',
  'negotiation',
  'signed',
  'in_force',
  'suspended',
  'expired',
  'terminated',
] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const CONFIDENTIALITY_LEVELS = ['public', 'restricted'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];

export const DATA_CATEGORIES = ['case_identifiers', 'case_details', 'aggregate_statistics'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const COMMITMENT_STATUSES = ['pending', 'in_progress', 'done', 'cancelled'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Days before the end of an agreement at which `partnership.expiring` is sent, largest first. */
export const EXPIRING_THRESHOLDS = [90, 30, 7] as const;

const ISO_CODES: ReadonlySet<string> = new Set(ISO_3166_ALPHA2);

export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && ISO_CODES.has(value);
}

export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. AR', abort: true })
  .refine(isCountryCode, 'is not an ISO 3166-1 alpha-2 country code')
  .meta({ description: 'Country, ISO 3166-1 alpha-2', example: 'PY' });

export const partnershipInstitutionIdSchema = z
  .string()
  .regex(INSTITUTION_ID_PATTERN, 'must be a 24-character lowercase hex id')
  .meta({ description: 'Institution (directory id)', example: '665f1c2e9b1e8a0012345678' });

/** The LGPD provision data flows rest on, e.g. art. 7, III or art. 11, II, "b". */
export const lgpdBasisSchema = z
  .strictObject({
    article: z.union([z.literal(7), z.literal(11), z.literal(23), z.literal(26)]).meta({
      description: 'LGPD article: 7 (personal data), 11 (sensitive data), 23 or 26 (public bodies)',
      example: 11,
    }),
    item: z
      .string()
      .regex(/^(?=[IVX])X{0,1}(IX|IV|V?I{0,3})$/, 'must be a Roman numeral such as II')
      .meta({ description: 'Item (inciso), Roman numeral', example: 'II' }),
    letter: z
      .string()
      .regex(/^[a-g]$/, 'must be a letter from a to g')
      .optional()
      .meta({ description: 'Sub-item (alínea), when the item has them', example: 'b' }),
  })
  .meta({ description: 'LGPD legal basis (article, item and sub-item)' });

export const dataFlowSchema = z
  .strictObject({
    categories: z
      .array(z.enum(DATA_CATEGORIES))
      .min(1)
      .max(DATA_CATEGORIES.length)
      .refine((c) => new Set(c).size === c.length, 'must not repeat a category')
      .meta({ description: 'Categories of data that may flow', example: ['aggregate_statistics'] }),
    fromInstitutionId: partnershipInstitutionIdSchema.meta({ description: 'The party that sends the data' }),
    toInstitutionId: partnershipInstitutionIdSchema.meta({ description: 'The party that receives it' }),
    legalBasis: lgpdBasisSchema,
    from: calendarDateSchema.meta({
      description: 'First day data may flow (YYYY-MM-DD)',
      example: '2025-01-01',
    }),
    until: calendarDateSchema.meta({
      description: 'Last day data may flow (YYYY-MM-DD)',
      example: '2026-12-31',
    }),
  })
  .refine((f) => f.from <= f.until, { message: 'from must not be after until', path: ['until'] })
  .refine((f) => f.fromInstitutionId !== f.toInstitutionId, {
    message: 'must name two different institutions',
    path: ['toInstitutionId'],
  })
  .meta({ description: 'One permitted flow of data between two parties' });
export type DataFlow = z.infer<typeof dataFlowSchema>;

export const dataSharingTermsSchema = z
  .strictObject({
    flows: z.array(dataFlowSchema).min(1).max(20).meta({ description: 'The permitted flows' }),
  })
  .meta({ description: 'What data may flow between the parties, on which legal basis, and when' });
export type DataSharingTerms = z.infer<typeof dataSharingTermsSchema>;
