import { REFERRAL_STATUSES, type ReferralStatus, type ReferralTransition } from '@elo/contracts';

type Target = ReferralTransition['to'];

/** Who may move a referral, and from where. Completed, rejected and revoked are final. */
const RULES: Record<Target, { by: 'sender' | 'receiver'; from: readonly ReferralStatus[] }> = {
  accepted: { by: 'receiver', from: ['sent'] },
  rejected: { by: 'receiver', from: ['sent'] },
  in_progress: { by: 'receiver', from: ['accepted'] },
  completed: { by: 'receiver', from: ['in_progress'] },
  revoked: { by: 'sender', from: ['sent', 'accepted', 'in_progress'] },
};

export function transitionRule(to: Target): { by: 'sender' | 'receiver'; from: readonly ReferralStatus[] } {
  return RULES[to];
}

/** An answer stops the deadline clock: only a referral still `sent` can be overdue. */
export const AWAITING_ANSWER: ReferralStatus = 'sent';

/** The statuses no transition leaves (completed, rejected, revoked): derived, so a new rule keeps it true. */
export const FINAL_STATUSES: readonly ReferralStatus[] = REFERRAL_STATUSES.filter(
  (status) => !Object.values(RULES).some((rule) => rule.from.includes(status)),
);
