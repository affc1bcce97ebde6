import { z } from 'zod';
import { defineEvent, eventSubject } from '../events/define-event';
import { planActivityCodeSchema } from '../plan/plan-period';

export const PARTNERSHIP_KINDS = ['private_sector', 'international', 'data_sharing'] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];

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

export const partnershipEvents = {
  'partnership.signed': defineEvent({
    subject: eventSubject('partnerships', 'partnership.signed'),
    producer: 'partnerships',
    consumers: ['plan-tracking'],
    description: 'A partnership agreement was signed; counts as evidence for the plan activities it names.',
    schema: partnershipSignedSchema,
  }),
} as const;
