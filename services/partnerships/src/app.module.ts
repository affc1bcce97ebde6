import { type DynamicModule, Module } from '@nestjs/common';
import { JetStreamModule, JetStreamReadiness } from '@elo/events';
import { ObservabilityModule } from '@elo/observability';
import { MongoReadiness, PersistenceModule } from '@elo/persistence';
import { splitServers } from '@elo/runtime';
import { CLOCK, type Clock } from './common/clock';
import { PARTNERSHIPS_CONFIG, type PartnershipsConfig } from './config';
import { ReadinessHandler } from './health/readiness.handler';
import { PARTNERSHIPS_OUTBOX_COLLECTIONS, PartnershipsModule } from './partnerships.module';

@Module({})
export class PartnershipsAppModule {
  static forRoot(config: PartnershipsConfig, clock: Clock): DynamicModule {
    return {
      module: PartnershipsAppModule,
      global: true,
      imports: [
        PersistenceModule.forRoot({
          mongoUrl: config.MONGO_URL,
          dbName: `${config.ELO_DB_PREFIX}-partnerships`,
        }),
        JetStreamModule.forRoot({
          service: 'partnerships',
          servers: splitServers(config.NATS_URL),
          outboxCollections: PARTNERSHIPS_OUTBOX_COLLECTIONS,
        }),
        ObservabilityModule.forRoot({
          service: 'partnerships',
          readiness: [MongoReadiness, JetStreamReadiness],
        }),
        PartnershipsModule,
      ],
      controllers: [ReadinessHandler],
      providers: [
        { provide: PARTNERSHIPS_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [PARTNERSHIPS_CONFIG, CLOCK],
    };
  }
}
