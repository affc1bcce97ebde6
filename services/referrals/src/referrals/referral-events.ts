import type { EloCloudEvent, ReferralEvent } from '@elo/contracts';
import type { Outbox } from '@elo/events';
import type { ReferralRecord } from './referral.schema';

type Type =
  | 'referral.sent'
  | 'referral.accepted'
  | 'referral.rejected'
  | 'referral.completed'
  | 'referral.revoked'
  | 'referral.sharing-changed'
  | 'referral.overdue';

/** The one place referral events are built: ids, institutions, urgency, deadline and status only. */
export function referralEvent(
  outbox: Outbox,
  type: Type,
  id: string,
  r: Pick<
    ReferralRecord,
    'caseId' | 'senderInstitutionId' | 'receiverInstitutionId' | 'urgency' | 'deadline' | 'status'
  >,
  at: Date,
): EloCloudEvent {
  const data: ReferralEvent = {
    referralId: id,
    caseId: r.caseId,
    senderInstitutionId: r.senderInstitutionId,
    receiverInstitutionId: r.receiverInstitutionId,
    urgency: r.urgency,
    deadline: r.deadline.toISOString(),
    status: r.status,
    at: at.toISOString(),
  };
  return outbox.event(type, id, data);
}
