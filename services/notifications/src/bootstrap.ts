import { bootstrapService, type RunningService } from '@elo/runtime';
import { createLogger } from '@elo/observability';
import { NotificationsModule } from './app.module';
import type { NotificationsConfig } from './config';

export function startNotifications(config: NotificationsConfig): Promise<RunningService> {
  return bootstrapService({
    name: 'notifications',
    module: NotificationsModule.forRoot(config),
    natsUrl: config.NATS_URL,
    httpHost: config.HTTP_HOST,
    httpPort: config.NOTIFICATIONS_HTTP_PORT,
    logger: createLogger('notifications', config.LOG_LEVEL),
  });
}
