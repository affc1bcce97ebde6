import { type DynamicModule, Module } from '@nestjs/common';
import { JetStreamModule, JetStreamReadiness } from '@elo/events';
import { ObservabilityModule } from '@elo/observability';
import { MongoReadiness, PersistenceModule } from '@elo/persistence';
import { splitServers } from '@elo/runtime';
import { CLOCK, type Clock } from './common/clock';
import { REFERRALS_CONFIG, type ReferralsConfig } from './config';
import { ReadinessHandler } from './health/readiness.handler';
import { REFERRALS_OUTBOX_COLLECTIONS, ReferralsFeatureModule } from './referrals.module';

@Module({})
export class ReferralsModule {
  static forRoot(config: ReferralsConfig, clock: Clock): DynamicModule {
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
          outboxCollections: REFERRALS_OUTBOX_COLLECTIONS,
        }),
        ObservabilityModule.forRoot({
          service: 'referrals',
          readiness: [MongoReadiness, JetStreamReadiness],
        }),
        ReferralsFeatureModule,
      ],
      controllers: [ReadinessHandler],
      providers: [
        { provide: REFERRALS_CONFIG, useValue: config },
        { provide: CLOCK, useValue: clock },
      ],
      exports: [REFERRALS_CONFIG, CLOCK],
    };
  }
}
