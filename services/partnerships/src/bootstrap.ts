import { bootstrapService, type RunningService } from '@elo/runtime';
import { createLogger } from '@elo/observability';
import { PartnershipsAppModule } from './app.module';
import { systemClock, type Clock } from './common/clock';
import type { PartnershipsConfig } from './config';

/** `clock` is for tests: everything date-driven reads the time from it. */
export function startPartnerships(
  config: PartnershipsConfig,
  clock: Clock = systemClock,
): Promise<RunningService> {
  return bootstrapService({
    name: 'partnerships',
    module: PartnershipsAppModule.forRoot(config, clock),
    natsUrl: config.NATS_URL,
    httpHost: config.HTTP_HOST,
    httpPort: config.PARTNERSHIPS_HTTP_PORT,
    logger: createLogger('partnerships', config.LOG_LEVEL),
  });
}
