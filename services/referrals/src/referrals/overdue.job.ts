import { Inject, Injectable, Logger } from '@nestjs/common';
import { Outbox } from '@elo/events';
import { PeriodicJob } from '@elo/runtime';
import { pendingAudit, systemActor } from '../audit/audit-outbox';
import { AuditRelay } from '../audit/audit-relay';
import { CLOCK, type Clock } from '../common/clock';
import { REFERRALS_CONFIG, type ReferralsConfig } from '../config';
import { referralEvent } from './referral-events';
import { ReferralRepository } from './referral.repository';

/**
 * Escalates referrals past their answer deadline. Each escalation is claimed by one guarded write that
 * also stores the `referral.overdue` event and its audit entry (by `system:overdue-escalation`): a second
 * replica, or a restart, finds it claimed and sends or records nothing again.
 */
@Injectable()
export class OverdueJob extends PeriodicJob<number> {
  protected readonly logger = new Logger('OverdueJob');

  constructor(
    private readonly referrals: ReferralRepository,
    private readonly outbox: Outbox,
    private readonly relay: AuditRelay,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REFERRALS_CONFIG) private readonly config: ReferralsConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.REFERRALS_OVERDUE_CHECK_MS;
  }

  protected async work(): Promise<number> {
    const now = this.clock.now();
    let claimed = 0;
    for (const row of await this.referrals.dueForEscalation(now)) {
      const id = String(row._id);
      const event = referralEvent(this.outbox, 'referral.overdue', id, row, now);
      const audit = pendingAudit(systemActor('system:overdue-escalation'), {
        action: 'referral.escalated',
        caseId: row.caseId,
        referralId: id,
      });
      if (!(await this.referrals.claimOverdue(row, now, [event], audit))) continue;
      claimed++;
      await this.relay.settleAfterWrite('referrals', row._id);
    }
    if (claimed) this.logger.log({ msg: 'referrals escalated', claimed });
    return claimed;
  }
}
