import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicJob } from '@elo/runtime';
import { systemActor } from '../audit/audit-outbox';
import { CLOCK, type Clock } from '../common/clock';
import { REFERRALS_CONFIG, type ReferralsConfig } from '../config';
import { CaseRepository } from './case.repository';
import { SharingReview } from './sharing-review';

const BATCH = 100;

/**
 * Finishes the sharing reviews that a consent change marked and a dying process left undone. The
 * receivers' reads already check the current consent; this brings the stored decisions and their
 * `referral.sharing-changed` events up to date, each change audited by `system:sharing-review`.
 */
@Injectable()
export class SharingReviewJob extends PeriodicJob<number> {
  protected readonly logger = new Logger('SharingReviewJob');

  constructor(
    private readonly cases: CaseRepository,
    private readonly review: SharingReview,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REFERRALS_CONFIG) private readonly config: ReferralsConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.REFERRALS_SHARING_REVIEW_MS;
  }

  protected async work(): Promise<number> {
    const pending = await this.cases.pendingSharingReviews(BATCH);
    const actor = systemActor('system:sharing-review');
    for (const item of pending) await this.review.review(item, this.clock.now(), actor);
    if (pending.length) this.logger.log({ msg: 'sharing reviews finished', cases: pending.length });
    return pending.length;
  }
}
