import { bootstrapService, type RunningService } from '@elo/runtime';
import { createLogger } from '@elo/observability';
import { ReferralsModule } from './app.module';
import type { ReferralsConfig } from './config';

export function startReferrals(config: ReferralsConfig): Promise<RunningService> {
  return bootstrapService({
    name: 'referrals',
    module: ReferralsModule.forRoot(config),
    natsUrl: config.NATS_URL,
    httpHost: config.HTTP_HOST,
    httpPort: config.REFERRALS_HTTP_PORT,
    logger: createLogger('referrals', config.LOG_LEVEL),
  });
}
