import { z } from 'zod';
import { defineEvent, eventSubject } from '../events/define-event';
import { planActivityCodeSchema } from '../plan/plan-period';
import {
  EXPIRING_THRESHOLDS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_STATUSES,
  dataSharingTermsSchema,
} from './partnership-terms';

export const partnershipSignedSchema = z.object({
  partnershipId: z.string().min(1),
  title: z.string().min(1),
  kind: z.enum(PARTNERSHIP_KINDS),
  /** Directory ids of the institutions that signed. */
  partnerInstitutionIds: z.array(z.string().min(1)).min(1),
  /** The plan activities the agreement contributes to. */
  activityCodes: z.array(planActivityCodeSchema),
  signedAt: z.iso.datetime(),
});
export type PartnershipSigned = z.infer<typeof partnershipSignedSchema>;

const actor = z.object({ clientId: z.string().min(1), institutionId: z.string().min(1) });

/** Common to the status events: who may care (the parties) and what the agreement serves. */
const agreementRef = {
  partnershipId: z.string().min(1),
  title: z.string().min(1),
  kind: z.enum(PARTNERSHIP_KINDS),
  institutionIds: z.array(z.string().min(1)),
  activityCodes: z.array(planActivityCodeSchema),
};

export const partnershipStatusEventSchema = z.object({
  ...agreementRef,
  from: z.enum(PARTNERSHIP_STATUSES),
  to: z.enum(PARTNERSHIP_STATUSES),
  /** YYYY-MM-DD, the São Paulo calendar day of the change. */
  on: z.iso.date(),
  reason: z.string().min(1),
  by: actor,
  effectiveUntil: z.iso.date().optional(),
});
export type PartnershipStatusEvent = z.infer<typeof partnershipStatusEventSchema>;

export const partnershipExpiringSchema = z.object({
  ...agreementRef,
  /** The threshold crossed: 90, 30 or 7 days before the last day in force. */
  thresholdDays: z.literal(EXPIRING_THRESHOLDS),
  daysLeft: z.number().int().nonnegative(),
  effectiveUntil: z.iso.date(),
});
export type PartnershipExpiring = z.infer<typeof partnershipExpiringSchema>;

export const commitmentOverdueSchema = z.object({
  ...agreementRef,
  commitmentId: z.string().min(1),
  description: z.string().min(1),
  responsibleInstitutionId: z.string().min(1),
  dueDate: z.iso.date(),
});
export type CommitmentOverdue = z.infer<typeof commitmentOverdueSchema>;

/**
 * The full current data-sharing terms of an agreement, sent whenever they or the agreement's status
 * change: a consumer keeps the latest per agreement (by `version`) and lets data flow only while
 * `inForce` and inside a flow's period.
 */
export const dataSharingChangedSchema = z.object({
  partnershipId: z.string().min(1),
  kind: z.enum(PARTNERSHIP_KINDS),
  status: z.enum(PARTNERSHIP_STATUSES),
  inForce: z.boolean(),
  /** The agreement's version after the change: later versions supersede earlier ones. */
  version: z.number().int().nonnegative(),
  institutionIds: z.array(z.string().min(1)),
  effectiveFrom: z.iso.date().optional(),
  effectiveUntil: z.iso.date().optional(),
  /** Null when the terms were removed: nothing may flow under this agreement. */
  terms: dataSharingTermsSchema.nullable(),
});
export type DataSharingChanged = z.infer<typeof dataSharingChangedSchema>;

const partnershipsEvent = <S extends z.ZodType>(type: string, description: string, schema: S) =>
  defineEvent({
    subject: eventSubject('partnerships', type),
    producer: 'partnerships',
    consumers: ['notifications'],
    description,
    schema,
  });

export const partnershipEvents = {
  'partnership.signed': defineEvent({
    subject: eventSubject('partnerships', 'partnership.signed'),
    producer: 'partnerships',
    consumers: ['plan-tracking', 'notifications', 'training'],
    description:
      'A partnership agreement was signed; counts as evidence for the plan activities it names, and ' +
      'training courses may name it from then on.',
    schema: partnershipSignedSchema,
  }),
  'partnership.in-force': partnershipsEvent(
    'partnership.in-force',
    'An agreement entered into force (or resumed after a suspension).',
    partnershipStatusEventSchema,
  ),
  'partnership.suspended': partnershipsEvent(
    'partnership.suspended',
    'An agreement in force was suspended.',
    partnershipStatusEventSchema,
  ),
  'partnership.expired': partnershipsEvent(
    'partnership.expired',
    'An agreement passed its last day in force (São Paulo calendar).',
    partnershipStatusEventSchema,
  ),
  'partnership.terminated': partnershipsEvent(
    'partnership.terminated',
    'An agreement was terminated before its end.',
    partnershipStatusEventSchema,
  ),
  'partnership.expiring': partnershipsEvent(
    'partnership.expiring',
    'An agreement in force ends within 90, 30 or 7 days; sent once per agreement, end date and threshold.',
    partnershipExpiringSchema,
  ),
  'partnership.commitment-overdue': partnershipsEvent(
    'partnership.commitment-overdue',
    'A commitment passed its due date without being done; sent once per commitment and due date.',
    commitmentOverdueSchema,
  ),
  'partnership.data-sharing-changed': defineEvent({
    subject: eventSubject('partnerships', 'partnership.data-sharing-changed'),
    producer: 'partnerships',
    consumers: ['referrals', 'notifications'],
    description:
      'The data-sharing terms of an agreement, or its status, changed; carries the full current terms.',
    schema: dataSharingChangedSchema,
  }),
} as const;
