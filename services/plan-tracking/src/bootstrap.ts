import { bootstrapService, type RunningService } from '@elo/runtime';
import { createLogger } from '@elo/observability';
import { PlanTrackingModule } from './app.module';
import type { PlanConfig } from './config';

export function startPlanTracking(config: PlanConfig): Promise<RunningService> {
  return bootstrapService({
    name: 'plan-tracking',
    module: PlanTrackingModule.forRoot(config),
    natsUrl: config.NATS_URL,
    httpHost: config.HTTP_HOST,
    httpPort: config.PLAN_HTTP_PORT,
    logger: createLogger('plan-tracking', config.LOG_LEVEL),
  });
}
