import { z } from 'zod';
import { defineEvent, eventSubject } from '../events/define-event';

/** How fast the receiver must answer: life risk 4 h, high 24 h, normal 72 h. */
export const REFERRAL_URGENCIES = ['life_risk', 'high', 'normal'] as const;
export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

export const REFERRAL_STATUSES = [
  'sent',
  'accepted',
  'rejected',
  'in_progress',
  'completed',
  'revoked',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/**
 * Every referral event carries ids, institutions, urgency, deadline and status only: no identifier,
 * no case detail (LGPD art. 11). `.strict()` makes a producer that adds anything else fail to publish.
 */
export const referralEventSchema = z
  .object({
    referralId: z
      .string()
      .min(1)
      .meta({ description: 'The referral id', example: '6650f1c2a1b2c3d4e5f60789' }),
    caseId: z.string().min(1).meta({ description: 'The pseudonymous case id (opaque, no case detail)' }),
    senderInstitutionId: z.string().min(1).meta({ description: 'Directory id of the sending institution' }),
    receiverInstitutionId: z
      .string()
      .min(1)
      .meta({ description: 'Directory id of the receiving institution' }),
    urgency: z.enum(REFERRAL_URGENCIES),
    /** When the receiver must have answered (sent + 4 h / 24 h / 72 h). */
    deadline: z.iso.datetime(),
    status: z.enum(REFERRAL_STATUSES),
    /** When the change happened (for `referral.overdue`: when the deadline passed unanswered). */
    at: z.iso.datetime(),
  })
  .strict();
export type ReferralEvent = z.infer<typeof referralEventSchema>;

const referralEvent = (type: string, description: string) =>
  defineEvent({
    subject: eventSubject('referrals', type),
    producer: 'referrals',
    consumers: ['notifications'],
    description,
    schema: referralEventSchema,
  });

export const referralEvents = {
  'referral.sent': referralEvent('referral.sent', 'A case was referred to another institution.'),
  'referral.accepted': referralEvent('referral.accepted', 'The receiving institution accepted a referral.'),
  'referral.rejected': referralEvent(
    'referral.rejected',
    'The receiving institution rejected a referral (the reason stays in the service).',
  ),
  'referral.completed': referralEvent(
    'referral.completed',
    'The receiving institution completed a referral (the outcome stays in the service).',
  ),
  'referral.revoked': referralEvent('referral.revoked', 'The sending institution revoked a referral.'),
  'referral.sharing-changed': referralEvent(
    'referral.sharing-changed',
    'The case’s consent changed and the sharing decision of a referral was made again (the decision stays in the service).',
  ),
  'referral.overdue': referralEvent(
    'referral.overdue',
    'A referral passed its answer deadline without an answer; sent once, for the receiver and the coordinators.',
  ),
} as const;
