import { bootstrapService, type RunningService } from '@elo/runtime';
import { createLogger } from '@elo/observability';
import { DirectoryModule } from './app.module';
import type { DirectoryConfig } from './config';

export function startDirectory(config: DirectoryConfig): Promise<RunningService> {
  return bootstrapService({
    name: 'directory',
    module: DirectoryModule.forRoot(config),
    natsUrl: config.NATS_URL,
    httpHost: config.HTTP_HOST,
    httpPort: config.DIRECTORY_HTTP_PORT,
    logger: createLogger('directory', config.LOG_LEVEL),
  });
}
