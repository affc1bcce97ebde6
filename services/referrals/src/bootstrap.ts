import { bootstrapService, type RunningService } from '@elo/runtime';
import { createLogger } from '@elo/observability';
import { ReferralsModule } from './app.module';
import { systemClock, type Clock } from './common/clock';
import type { ReferralsConfig } from './config';

/** `clock` is for tests: deadlines and escalation read the time from it. */
export function startReferrals(config: ReferralsConfig, clock: Clock = systemClock): Promise<RunningService> {
  return bootstrapService({
    name: 'referrals',
    module: ReferralsModule.forRoot(config, clock),
    natsUrl: config.NATS_URL,
    httpHost: config.HTTP_HOST,
    httpPort: config.REFERRALS_HTTP_PORT,
    logger: createLogger('referrals', config.LOG_LEVEL),
  });
}
