import { Injectable } from '@nestjs/common';
import { DomainError } from '@elo/contracts';
import { Outbox } from '@elo/events';
import { institutionScope, writeAtVersion } from '@elo/persistence';
import { pendingAudit, type AuditActor } from '../audit/audit-outbox';
import { AuditRelay } from '../audit/audit-relay';
import { referralEvent } from '../referrals/referral-events';
import { ReferralRepository } from '../referrals/referral.repository';
import { SharingDecider } from '../sharing/sharing-decider';
import { CaseRepository, type PendingSharingReview } from './case.repository';

const notFound = (id: string) => new DomainError('REFERRAL.CASE_NOT_FOUND', `Case ${id} not found`);

/**
 * Makes the sharing decision of every referral of a case again, from its consent as stored now, then
 * clears the case's review mark. Safe to repeat: an unchanged decision writes nothing. A changed one is
 * audited in its write, by `actor`: the caller who changed the consent, or the job finishing its review.
 */
@Injectable()
export class SharingReview {
  constructor(
    private readonly cases: CaseRepository,
    private readonly referrals: ReferralRepository,
    private readonly decider: SharingDecider,
    private readonly outbox: Outbox,
    private readonly relay: AuditRelay,
  ) {}

  async review(pending: PendingSharingReview, now: Date, actor: AuditActor): Promise<void> {
    for (const { _id } of await this.referrals.forCase(pending.caseId, pending.institutionId)) {
      let changed = false;
      await writeAtVersion({
        what: `Referral ${String(_id)}`,
        read: async () => {
          const [row, held] = await Promise.all([
            this.referrals.byId(_id),
            this.cases.heldAcrossInstitutions(pending.caseId),
          ]);
          if (!row || !held) throw notFound(pending.caseId);
          return { row, consent: held.consent };
        },
        version: ({ row }) => row.__v,
        write: async ({ row, consent }) => {
          const sharing = await this.decider.decide(
            consent,
            row.senderInstitutionId,
            row.receiverInstitutionId,
            now,
          );
          if (sharing.identifiers === row.sharing.identifiers && sharing.reason === row.sharing.reason)
            return row;
          const event = referralEvent(this.outbox, 'referral.sharing-changed', String(_id), row, now);
          const audit = pendingAudit(actor, {
            action: 'referral.sharing-changed',
            caseId: pending.caseId,
            referralId: String(_id),
          });
          const written = await this.referrals.write(_id, row.__v, { $set: { sharing } }, [event], [audit]);
          changed = written !== null;
          return written;
        },
      });
      if (changed) await this.relay.settleAfterWrite('referrals', _id);
    }
    await this.cases.settleSharingReview(institutionScope(pending.institutionId), pending);
  }
}
