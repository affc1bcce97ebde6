import { z } from 'zod';
import type { Page } from '../pagination';
import { directoryIdSchema } from '../directory/institution';
import { ALL_ROLES, defineRpc } from '../rpc/define-rpc';
import { emptyRequestSchema, healthRpc } from '../rpc/health.rpc';
import {
  amendmentInputSchema,
  commitmentCompletionSchema,
  commitmentInputSchema,
  commitmentUpdateSchema,
  createPartnershipSchema,
  renewalInputSchema,
  transitionInputSchema,
  updatePartnershipSchema,
} from './partnership';
import {
  listPartnershipsQuerySchema,
  type HistoryEntry,
  type Partnership,
  type PartnershipSummary,
} from './partnership-view';

export const partnershipRefSchema = z.strictObject({ id: directoryIdSchema });
const commitmentId = z.string().regex(/^[0-9a-f]{24}$/, 'must be a 24-character hex id');

export const updatePartnershipRequestSchema = partnershipRefSchema.extend({
  changes: updatePartnershipSchema,
  expectedVersion: z.number().int().nonnegative().optional(),
});
export const transitionRequestSchema = partnershipRefSchema.extend(transitionInputSchema.shape);
export const amendRequestSchema = partnershipRefSchema.extend({ amendment: amendmentInputSchema });
export const renewRequestSchema = partnershipRefSchema.extend({ renewal: renewalInputSchema });
export const addCommitmentRequestSchema = partnershipRefSchema.extend({ commitment: commitmentInputSchema });
export const updateCommitmentRequestSchema = partnershipRefSchema.extend({
  commitmentId,
  changes: commitmentUpdateSchema,
});
export const completeCommitmentRequestSchema = partnershipRefSchema.extend({
  commitmentId,
  completion: commitmentCompletionSchema,
});

const EDITORS = ['coordinator'] as const;

/** The partnerships service's request/reply patterns. Visibility of restricted agreements is the service's. */
export const partnershipsRpc = {
  ...healthRpc('partnerships'),
  'partnerships.partnership.create': defineRpc<Partnership>()({
    request: createPartnershipSchema,
    access: { roles: EDITORS },
    description: 'Registers an agreement as a draft (coordinators).',
  }),
  'partnerships.partnership.list': defineRpc<Page<Partnership>>()({
    request: listPartnershipsQuerySchema,
    access: { roles: ALL_ROLES },
    description: 'Agreements visible to the caller, filtered, oldest first.',
  }),
  'partnerships.partnership.get': defineRpc<Partnership>()({
    request: partnershipRefSchema,
    access: { roles: ALL_ROLES },
    description: 'One agreement; PARTNERSHIP.NOT_FOUND when unknown or restricted from the caller.',
  }),
  'partnerships.partnership.update': defineRpc<Partnership>()({
    request: updatePartnershipRequestSchema,
    access: { roles: EDITORS },
    description: 'Changes an agreement (coordinators); dates of a signed one change by amendment.',
  }),
  'partnerships.partnership.transition': defineRpc<Partnership>()({
    request: transitionRequestSchema,
    access: { roles: EDITORS },
    description: 'Moves an agreement along its lifecycle; PARTNERSHIP.INVALID_TRANSITION otherwise.',
  }),
  'partnerships.partnership.history': defineRpc<{ items: HistoryEntry[] }>()({
    request: partnershipRefSchema,
    access: { roles: ALL_ROLES },
    description: 'Creation, transitions and amendments of an agreement, oldest first.',
  }),
  'partnerships.partnership.amend': defineRpc<Partnership>()({
    request: amendRequestSchema,
    access: { roles: EDITORS },
    description: 'Records an amendment (termo aditivo) changing dates or adding commitments.',
  }),
  'partnerships.partnership.renew': defineRpc<Partnership>()({
    request: renewRequestSchema,
    access: { roles: EDITORS },
    description: 'Creates the renewal of an agreement as a new draft linked to it.',
  }),
  'partnerships.commitment.create': defineRpc<Partnership>()({
    request: addCommitmentRequestSchema,
    access: { roles: EDITORS },
    description: 'Adds a commitment to the work plan (coordinators).',
  }),
  'partnerships.commitment.update': defineRpc<Partnership>()({
    request: updateCommitmentRequestSchema,
    access: { roles: ['coordinator', 'agency'] },
    description: 'Changes a commitment (coordinators, or an agency of the responsible institution).',
  }),
  'partnerships.commitment.complete': defineRpc<Partnership>()({
    request: completeCommitmentRequestSchema,
    access: { roles: ['coordinator', 'agency'] },
    description: 'Completes a commitment (coordinators, or an agency of the responsible institution).',
  }),
  'partnerships.summary.get': defineRpc<PartnershipSummary>()({
    request: emptyRequestSchema,
    access: { roles: EDITORS },
    description: 'Counts, agreements in force and expiring, overdue commitments, per axis and activity.',
  }),
} as const;
