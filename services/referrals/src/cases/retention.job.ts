import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicJob } from '@elo/runtime';
import { CLOCK, type Clock } from '../common/clock';
import { REFERRALS_CONFIG, type ReferralsConfig } from '../config';
import { RETENTION_BATCH, Retention, retentionCutoff } from './retention';

// A first deployment's backlog clears in a few runs, while one run still ends within minutes.
const MAX_BATCHES_PER_RUN = 50;

/**
 * Erases the identifiers of cases finished more than `REFERRALS_RETENTION_DAYS` ago, batch after
 * batch while batches come back full, up to a bound per run. Each erasure is one guarded write: a second replica, or a rerun, finds nothing left to do.
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
    const cutoff = retentionCutoff(now, this.config.REFERRALS_RETENTION_DAYS);
    let erased = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
      const count = await this.retention.eraseFinished(now, cutoff, RETENTION_BATCH);
      erased += count;
      if (count < RETENTION_BATCH) break;
    }
    if (erased) this.logger.log({ msg: 'case identifiers erased', cases: erased });
    return erased;
  }
}
