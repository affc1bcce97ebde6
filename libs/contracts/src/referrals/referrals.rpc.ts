import { z } from 'zod';
import { idSchema, type Page } from '../pagination';
import { defineRpc } from '../rpc/define-rpc';
import { emptyRequestSchema, healthRpc } from '../rpc/health.rpc';
import {
  consentChangeSchema,
  createCaseSchema,
  type Case,
  type Identifiers,
  type RecordedConsent,
} from './case';
import { caseLookupSchema, purposeSchema, type CaseLookupResult } from './lookup';
import {
  referralBoxQuerySchema,
  referralTransitionSchema,
  sendReferralSchema,
  type Referral,
} from './referral';
import { statisticsQuerySchema, type StatisticsTable } from './statistics';

const ref = z.strictObject({ id: idSchema });
export const identifiersRequestSchema = ref.extend({ purpose: purposeSchema });
export const changeConsentRequestSchema = ref.extend({ consent: consentChangeSchema });
export const transitionReferralRequestSchema = ref.extend({ transition: referralTransitionSchema });
export const rotateKeysRequestSchema = z.strictObject({ newFieldKey: z.boolean().default(false) });

export interface CaseExport {
  case: Case;
  /** Earlier consent states, oldest first (the current one is the case's). */
  consentHistory: RecordedConsent[];
  /** Empty once retention erased them (`case.identifiersErasedAt` says when). */
  identifiers: Identifiers;
  referrals: Referral[];
  /** `clientId` is the caller's, or `system:<job>` for the service's own writes (e.g. `system:reencryption`). */
  audit: { position: number; at: string; action: string; clientId: string; purpose?: string }[];
}
export interface AuditChainReport {
  entries: number;
  intact: boolean;
  firstBroken?: { position: number; problem: 'hash_mismatch' | 'link_mismatch' | 'gap' };
}

// Agencies work cases; coordinators see referrals' cores and statistics; admin is technical only.
const AGENCY = ['agency'] as const;

/** The referrals service's request/reply patterns. Every query is scoped from the verified caller. */
export const referralsRpc = {
  ...healthRpc('referrals'),
  'referrals.case.create': defineRpc<Case>()({
    request: createCaseSchema,
    access: { roles: AGENCY },
    description: 'Opens a case owned by the caller’s institution; identifiers are sealed field by field.',
  }),
  'referrals.case.get': defineRpc<Case>()({
    request: ref,
    access: { roles: AGENCY },
    description: 'The pseudonymous core and consent of an owned case.',
  }),
  'referrals.case.identifiers': defineRpc<Identifiers>()({
    request: identifiersRequestSchema,
    access: { roles: AGENCY },
    description: 'The identifiers of an owned case, for a stated purpose (audited).',
  }),
  'referrals.case.consent': defineRpc<Case>()({
    request: changeConsentRequestSchema,
    access: { roles: AGENCY },
    description:
      'Records a new consent state of an owned case, or its withdrawal; the sharing of its referrals is decided again (audited).',
  }),
  'referrals.case.lookup': defineRpc<CaseLookupResult>()({
    request: caseLookupSchema,
    access: { roles: AGENCY },
    description:
      'The caller’s own earlier cases of one person, found through the keyed CPF or passport blind index (audited).',
  }),
  'referrals.case.export': defineRpc<CaseExport>()({
    request: ref,
    access: { roles: AGENCY },
    description: 'Everything held on an owned case (LGPD art. 18), audited.',
  }),
  'referrals.referral.send': defineRpc<Referral>()({
    request: sendReferralSchema,
    access: { roles: AGENCY },
    description: 'Refers an owned case to another institution; the sharing decision is made and recorded.',
  }),
  'referrals.referral.get': defineRpc<Referral>()({
    request: ref,
    access: { roles: ['agency', 'coordinator'] },
    description: 'A referral and its case core, for its sender, its receiver and coordinators.',
  }),
  'referrals.referral.identifiers': defineRpc<Identifiers>()({
    request: identifiersRequestSchema,
    access: { roles: AGENCY },
    description: 'The case identifiers, for the receiver when the sharing decision allows (audited).',
  }),
  'referrals.referral.transition': defineRpc<Referral>()({
    request: transitionReferralRequestSchema,
    access: { roles: AGENCY },
    description:
      'Accept, reject, start, complete (receiver) or revoke (sender); one winner under concurrency.',
  }),
  'referrals.referral.inbox': defineRpc<Page<Referral>>()({
    request: referralBoxQuerySchema,
    access: { roles: AGENCY },
    description: 'Referrals received by the caller’s institution.',
  }),
  'referrals.referral.outbox': defineRpc<Page<Referral>>()({
    request: referralBoxQuerySchema,
    access: { roles: AGENCY },
    description: 'Referrals sent by the caller’s institution.',
  }),
  'referrals.statistics': defineRpc<StatisticsTable>()({
    request: statisticsQuerySchema,
    access: { roles: ['agency', 'coordinator', 'viewer'] },
    description: 'Case counts with k = 11 and complementary suppression.',
  }),
  'referrals.audit.verify': defineRpc<AuditChainReport>()({
    request: emptyRequestSchema,
    access: { roles: ['admin'] },
    description: 'Recomputes the access audit hash chain and names the first broken link.',
  }),
  'referrals.keys.rotate': defineRpc<{ rewrapped: number; activeFieldKeyId: string; reencrypted: number }>()({
    request: rotateKeysRequestSchema,
    access: { roles: ['admin'] },
    description:
      'Re-wraps the data keys under the current master key; with newFieldKey, re-seals every case under a new one.',
  }),
} as const;
