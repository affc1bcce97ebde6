import { z } from 'zod';
import { booleanQuerySchema, idSchema, pageQuerySchema } from '../pagination';
import type { CaseCore, Identifiers } from './case';
import {
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  type ReferralStatus,
  type ReferralUrgency,
} from './referral.events';

export const REFERRAL_SERVICES = [
  'shelter',
  'health',
  'psychosocial_care',
  'legal_aid',
  'documentation_regularization',
  'repatriation_consular',
  'labour_rights',
  'protection_programme',
  'investigation',
] as const;
export type ReferralServiceNeeded = (typeof REFERRAL_SERVICES)[number];

/** Hours the receiver has to answer, by urgency. */
export const URGENCY_HOURS: Record<ReferralUrgency, number> = { life_risk: 4, high: 24, normal: 72 };

/** Why the receiver does or does not see the identifiers: recorded with every referral. */
export const SHARING_REASONS = [
  'no_consent_or_basis',
  'consent_withdrawn',
  'public_body_11_II_b',
  'agreement_in_force',
  'no_agreement_in_force',
] as const;
export type SharingReason = (typeof SHARING_REASONS)[number];
export interface SharingDecision {
  identifiers: boolean;
  reason: SharingReason;
}

export const sendReferralSchema = z.strictObject({
  caseId: idSchema,
  receiverInstitutionId: idSchema,
  service: z.enum(REFERRAL_SERVICES).meta({ description: 'The service the case needs', example: 'shelter' }),
  urgency: z
    .enum(REFERRAL_URGENCIES)
    .meta({ description: 'Answer deadline: life_risk 4 h, high 24 h, normal 72 h', example: 'high' }),
  note: z.string().max(2000).optional().meta({ description: 'A note for the receiver (no identifiers)' }),
});
export type SendReferral = z.infer<typeof sendReferralSchema>;

export const referralTransitionSchema = z.discriminatedUnion('to', [
  z.strictObject({ to: z.literal('accepted') }),
  z.strictObject({ to: z.literal('rejected'), reason: z.string().min(3).max(2000) }),
  z.strictObject({ to: z.literal('in_progress') }),
  z.strictObject({ to: z.literal('completed'), outcome: z.string().min(3).max(2000) }),
  z.strictObject({ to: z.literal('revoked'), reason: z.string().min(3).max(2000) }),
]);
export type ReferralTransition = z.infer<typeof referralTransitionSchema>;

export const referralBoxQuerySchema = pageQuerySchema.extend({
  status: z.enum(REFERRAL_STATUSES).optional().meta({ description: 'Only referrals in this status' }),
  urgency: z.enum(REFERRAL_URGENCIES).optional().meta({ description: 'Only referrals of this urgency' }),
  overdue: booleanQuerySchema(
    'true: only referrals past their deadline unanswered (or escalated); false: only the others',
  ).optional(),
});
export type ReferralBoxQuery = z.infer<typeof referralBoxQuerySchema>;

export interface Referral {
  id: string;
  caseId: string;
  senderInstitutionId: string;
  receiverInstitutionId: string;
  service: ReferralServiceNeeded;
  urgency: ReferralUrgency;
  status: ReferralStatus;
  deadline: string;
  overdue: boolean;
  sharing: SharingDecision;
  reason?: string;
  outcome?: string;
  version: number;
  sentAt: string;
  /** The pseudonymous core of the case, for the parties and coordinators. */
  core?: CaseCore;
  /** Present only for the receiver when the sharing decision allows, or for the sender. */
  identifiers?: Identifiers;
}
