import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicJob } from '@elo/runtime';
import { CLOCK, type Clock } from '../common/clock';
import { REFERRALS_CONFIG, type ReferralsConfig } from '../config';
import { Retention, retentionCutoff } from './retention';

/**
 * Erases the identifiers of cases finished more than `REFERRALS_RETENTION_DAYS` ago, a bounded batch
 * per run. Each erasure is one guarded write: a second replica, or a rerun, finds nothing left to do.
 */
@Injectable()
export class RetentionJob extends PeriodicJob<number> {
  protected readonly logger = new Logger('RetentionJob');

  constructor(
    private readonly retention: Retention,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REFERRALS_CONFIG) private readonly config: ReferralsConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.REFERRALS_RETENTION_CHECK_MS;
  }

  protected async work(): Promise<number> {
    const now = this.clock.now();
    const erased = await this.retention.eraseFinished(
      now,
      retentionCutoff(now, this.config.REFERRALS_RETENTION_DAYS),
    );
    if (erased) this.logger.log({ msg: 'case identifiers erased', cases: erased });
    return erased;
  }
}
