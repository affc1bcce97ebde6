import { type DynamicModule, Module } from '@nestjs/common';
import { JetStreamModule, JetStreamReadiness } from '@elo/events';
import { ObservabilityModule } from '@elo/observability';
import { MongoReadiness, PersistenceModule } from '@elo/persistence';
import { splitServers } from '@elo/runtime';
import type { ReferralsConfig } from './config';
import { ReadinessHandler } from './health/readiness.handler';

@Module({})
export class ReferralsModule {
  static forRoot(config: ReferralsConfig): DynamicModule {
    return {
      module: ReferralsModule,
      global: true,
      imports: [
        PersistenceModule.forRoot({
          mongoUrl: config.MONGO_URL,
          dbName: `${config.ELO_DB_PREFIX}-referrals`,
        }),
        JetStreamModule.forRoot({
          service: 'referrals',
          servers: splitServers(config.NATS_URL),
          outboxCollections: [],
        }),
        ObservabilityModule.forRoot({
          service: 'referrals',
          readiness: [MongoReadiness, JetStreamReadiness],
        }),
      ],
      controllers: [ReadinessHandler],
    };
  }
}
