import { Inject, Injectable, Logger } from '@nestjs/common';
import { Outbox } from '@elo/events';
import { PeriodicJob } from '@elo/runtime';
import { CLOCK, type Clock } from '../common/clock';
import { REFERRALS_CONFIG, type ReferralsConfig } from '../config';
import { referralEvent } from './referral-events';
import { ReferralRepository } from './referral.repository';

/**
 * Escalates referrals past their answer deadline. Each escalation is claimed by one guarded write that
 * also stores the `referral.overdue` event: a second replica, or a restart, finds it claimed and sends
 * nothing again.
 */
@Injectable()
export class OverdueJob extends PeriodicJob<number> {
  protected readonly logger = new Logger('OverdueJob');

  constructor(
    private readonly referrals: ReferralRepository,
    private readonly outbox: Outbox,
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
      const event = referralEvent(this.outbox, 'referral.overdue', String(row._id), row, now);
      if (await this.referrals.claimOverdue(row, now, [event])) claimed++;
    }
    if (claimed) this.logger.log({ msg: 'referrals escalated', claimed });
    return claimed;
  }
}
