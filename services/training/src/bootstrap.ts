import { bootstrapService, type RunningService } from '@elo/runtime';
import { createLogger } from '@elo/observability';
import { TrainingServiceModule } from './app.module';
import type { TrainingConfig } from './config';

export function startTraining(config: TrainingConfig): Promise<RunningService> {
  return bootstrapService({
    name: 'training',
    module: TrainingServiceModule.forRoot(config),
    natsUrl: config.NATS_URL,
    httpHost: config.HTTP_HOST,
    httpPort: config.TRAINING_HTTP_PORT,
    logger: createLogger('training', config.LOG_LEVEL),
  });
}
