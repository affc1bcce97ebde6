/** @jest-environment jsdom */
import { nextSteps } from './pages/referral';
import type { ReferralView } from './pages/referral-types';

const referral = (status: string): ReferralView => ({
  id: 'r1',
  caseId: 'c1',
  senderInstitutionId: 'sender',
  receiverInstitutionId: 'receiver',
  service: 'shelter',
  urgency: 'high',
  status,
  deadline: '2026-12-04T12:00:00Z',
  overdue: false,
  sharing: { identifiers: false, reason: 'no_consent_or_basis' },
  version: 1,
  sentAt: '2026-12-03T12:00:00Z',
});

describe('referral actions', () => {
  it('lets the receiver accept or reject a new referral, and complete an accepted one', () => {
    expect(nextSteps(referral('sent'), 'receiver').map((s) => s.to)).toEqual(['accepted', 'rejected']);
    expect(nextSteps(referral('accepted'), 'receiver').map((s) => s.to)).toEqual([
      'in_progress',
      'completed',
    ]);
    expect(nextSteps(referral('completed'), 'receiver')).toEqual([]);
  });

  it('lets the sender only revoke, and a third institution nothing', () => {
    expect(nextSteps(referral('sent'), 'sender').map((s) => s.to)).toEqual(['revoked']);
    expect(nextSteps(referral('sent'), 'someone-else')).toEqual([]);
  });
});
