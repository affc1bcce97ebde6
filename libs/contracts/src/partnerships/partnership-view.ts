import { z } from 'zod';
import { directoryPageQuerySchema } from '../directory/institution';
import { ACTION_CODE_PATTERN, calendarDateSchema, planActivityCodeSchema } from '../plan/plan-period';
import {
  commitmentInputSchema,
  douPublicationSchema,
  evidenceLinkSchema,
  partnershipDocumentSchema,
  partySchema,
} from './partnership';
import {
  COMMITMENT_STATUSES,
  CONFIDENTIALITY_LEVELS,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_SECTORS,
  PARTNERSHIP_STATUSES,
  countryCodeSchema,
  dataSharingTermsSchema,
  partnershipInstitutionIdSchema,
} from './partnership-terms';

// What the partnerships service answers. Written as schemas so the API documents them exactly.

const d = (description: string) => ({ description });
const isoTime = z.iso.datetime().meta(d('ISO 8601 time, UTC'));

export const actorSchema = z
  .object({
    clientId: z.string().meta(d('API client that acted, or "system" for the calendar')),
    institutionId: z.string().meta(d('Its institution')),
  })
  .meta(d('Who acted'));
export type PartnershipActor = z.infer<typeof actorSchema>;

export const commitmentSchema = commitmentInputSchema
  .extend({
    id: z.string().meta(d('Commitment id within the agreement')),
    status: z.enum(COMMITMENT_STATUSES).meta(d('Status')),
    evidence: z.array(evidenceLinkSchema).meta(d('Links showing it was kept')),
    completedAt: isoTime.optional().meta(d('When it was completed')),
    overdue: z.boolean().meta(d('Due date passed (São Paulo calendar) and not done or cancelled')),
  })
  .meta(d('A commitment of the work plan'));
export type Commitment = z.infer<typeof commitmentSchema>;

export const amendmentSchema = z
  .object({
    number: z.number().int().meta(d('1 for the first termo aditivo, and so on')),
    description: z.string().meta(d('What it changes and why')),
    signedAt: calendarDateSchema.meta(d('Signature date')),
    before: z
      .object({ effectiveFrom: z.string().optional(), effectiveUntil: z.string().optional() })
      .meta(d('Dates before the amendment')),
    after: z
      .object({ effectiveFrom: z.string().optional(), effectiveUntil: z.string().optional() })
      .meta(d('Dates after the amendment')),
    commitmentIds: z.array(z.string()).meta(d('Commitments it added')),
    at: isoTime,
    by: actorSchema,
  })
  .meta(d('An amendment (termo aditivo)'));
export type Amendment = z.infer<typeof amendmentSchema>;

export const partnershipSchema = z
  .object({
    id: z.string().meta(d('Agreement id')),
    kind: z.enum(PARTNERSHIP_KINDS).meta(d('Kind of agreement')),
    sector: z.enum(PARTNERSHIP_SECTORS).optional().meta(d('Private-sector area')),
    title: z.string().meta(d('Title')),
    objective: z.string().meta(d('Objective')),
    nup: z.string().optional().meta(d('Administrative process number (NUP)')),
    dou: douPublicationSchema.optional(),
    signedAt: z.string().optional().meta(d('Signature date (YYYY-MM-DD)')),
    effectiveFrom: z.string().optional().meta(d('First day in force (YYYY-MM-DD)')),
    effectiveUntil: z.string().optional().meta(d('Last day in force (YYYY-MM-DD); absent when open-ended')),
    status: z.enum(PARTNERSHIP_STATUSES).meta(d('Lifecycle status')),
    confidentiality: z.enum(CONFIDENTIALITY_LEVELS).meta(d('public or restricted')),
    parties: z.array(partySchema).meta(d('Institutions taking part')),
    countries: z.array(countryCodeSchema).meta(d('Countries taking part')),
    activityCodes: z.array(planActivityCodeSchema).meta(d('Plan activities served')),
    documents: z.array(partnershipDocumentSchema).meta(d('Documents')),
    dataSharing: dataSharingTermsSchema.optional(),
    commitments: z.array(commitmentSchema).meta(d('Work plan')),
    amendments: z.array(amendmentSchema).meta(d('Amendments, oldest first')),
    renewalOf: z.string().optional().meta(d('The agreement this one renews')),
    renewedBy: z.string().optional().meta(d('The agreement that renews this one')),
    daysToExpiry: z
      .number()
      .int()
      .optional()
      .meta(d('Days from today (São Paulo) to the last day in force, while signed, in force or suspended')),
    demo: z.boolean().meta(d('Demonstration data loaded by the seed')),
    version: z.number().int().meta(d('Version, incremented on every change (the ETag)')),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta(d('An agreement'));
export type Partnership = z.infer<typeof partnershipSchema>;

export const partnershipPageSchema = z
  .object({
    items: z.array(partnershipSchema).meta(d('This page, oldest first')),
    nextCursor: z.string().nullable().meta(d('Cursor of the next page, or null on the last page')),
  })
  .meta(d('A page of agreements'));

export const historyEntrySchema = z
  .object({
    type: z.enum(['created', 'transition', 'amendment']).meta(d('What happened')),
    at: isoTime,
    by: actorSchema,
    from: z.enum(PARTNERSHIP_STATUSES).optional().meta(d('Status before (transitions)')),
    to: z.enum(PARTNERSHIP_STATUSES).optional().meta(d('Status after (transitions)')),
    reason: z.string().optional().meta(d('Why')),
    amendmentNumber: z.number().int().optional().meta(d('The amendment (amendments)')),
  })
  .meta(d('One entry of an agreement’s history'));
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historySchema = z
  .object({ items: z.array(historyEntrySchema).meta(d('Oldest first')) })
  .meta(d('History of an agreement'));

const counts = (what: string) => z.record(z.string(), z.number().int()).meta(d(`Agreements per ${what}`));

export const partnershipSummarySchema = z
  .object({
    asOf: z.string().meta(d('The São Paulo calendar day the figures refer to')),
    total: z.number().int().meta(d('Agreements')),
    byKind: counts('kind'),
    bySector: counts('sector (private sector only)'),
    byStatus: counts('status'),
    byCountry: counts('country'),
    inForce: z.number().int().meta(d('In force today')),
    expiringWithin30Days: z.number().int().meta(d('In force and ending within 30 days')),
    expiringWithin90Days: z.number().int().meta(d('In force and ending within 90 days')),
    overdueCommitments: z.number().int().meta(d('Commitments past due, not done or cancelled')),
    byAxis: counts('plan axis they serve'),
    byActivity: counts('plan activity they serve'),
  })
  .meta(d('The coordinators’ view of every agreement'));
export type PartnershipSummary = z.infer<typeof partnershipSummarySchema>;

export const listPartnershipsQuerySchema = directoryPageQuerySchema.extend({
  kind: z.enum(PARTNERSHIP_KINDS).optional().meta(d('Only this kind')),
  sector: z.enum(PARTNERSHIP_SECTORS).optional().meta(d('Only this sector')),
  status: z.enum(PARTNERSHIP_STATUSES).optional().meta(d('Only this status')),
  institution: partnershipInstitutionIdSchema
    .optional()
    .meta(d('Only agreements this institution is party to')),
  country: countryCodeSchema.optional().meta(d('Only agreements with this country')),
  activity: planActivityCodeSchema.optional().meta(d('Only agreements serving this activity')),
  action: z
    .string()
    .regex(ACTION_CODE_PATTERN, 'must be an action code like 2.5')
    .optional()
    .meta(d('Only agreements serving an activity of this priority action')),
  expiringWithinDays: z
    .number()
    .int()
    .min(0)
    .max(3650)
    .optional()
    .meta(d('Only agreements in force whose last day is within this many days')),
  q: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta(d('Text in the title, objective or NUP, ignoring case and accents')),
});
export type ListPartnershipsQuery = z.output<typeof listPartnershipsQuerySchema>;
