import { type DynamicModule, Module } from '@nestjs/common';
import { JetStreamModule, JetStreamReadiness } from '@elo/events';
import { ObservabilityModule } from '@elo/observability';
import { MongoReadiness, PersistenceModule } from '@elo/persistence';
import { splitServers } from '@elo/runtime';
import type { NotificationsConfig } from './config';
import { ReadinessHandler } from './health/readiness.handler';

@Module({})
export class NotificationsModule {
  static forRoot(config: NotificationsConfig): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      imports: [
        PersistenceModule.forRoot({
          mongoUrl: config.MONGO_URL,
          dbName: `${config.ELO_DB_PREFIX}-notifications`,
        }),
        JetStreamModule.forRoot({
          service: 'notifications',
          servers: splitServers(config.NATS_URL),
          outboxCollections: [],
        }),
        ObservabilityModule.forRoot({
          service: 'notifications',
          readiness: [MongoReadiness, JetStreamReadiness],
        }),
      ],
      controllers: [ReadinessHandler],
    };
  }
}
