import { Inject, Injectable, Logger } from '@nestjs/common';
import { PeriodicJob } from '@elo/runtime';
import { REFERRALS_CONFIG, type ReferralsConfig } from '../config';
import { AuditRelay } from './audit-relay';

/**
 * Chains the audit entries that a dying process (or a failed chaining after a write) left on cases and
 * referrals: at boot, then every `REFERRALS_AUDIT_RELAY_MS`.
 */
@Injectable()
export class AuditRelayJob extends PeriodicJob<number> {
  protected readonly logger = new Logger('AuditRelayJob');

  constructor(
    private readonly relay: AuditRelay,
    @Inject(REFERRALS_CONFIG) private readonly config: ReferralsConfig,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.REFERRALS_AUDIT_RELAY_MS;
  }

  protected async work(): Promise<number> {
    const chained = await this.relay.drain();
    if (chained) this.logger.log({ msg: 'audit entries chained after a write', entries: chained });
    return chained;
  }
}
