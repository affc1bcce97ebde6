import { type DynamicModule, Module } from '@nestjs/common';
import { JetStreamModule, JetStreamReadiness } from '@elo/events';
import { ObservabilityModule } from '@elo/observability';
import { MongoReadiness, PersistenceModule } from '@elo/persistence';
import { splitServers } from '@elo/runtime';
import { PLAN_CONFIG, type PlanConfig } from './config';
import { ReadinessHandler } from './health/readiness.handler';
import { PLAN_OUTBOX_COLLECTIONS, PlanModule } from './plan.module';

@Module({})
export class PlanTrackingModule {
  static forRoot(config: PlanConfig): DynamicModule {
    return {
      module: PlanTrackingModule,
      global: true,
      imports: [
        PersistenceModule.forRoot({
          mongoUrl: config.MONGO_URL,
          dbName: `${config.ELO_DB_PREFIX}-plan-tracking`,
        }),
        JetStreamModule.forRoot({
          service: 'plan-tracking',
          servers: splitServers(config.NATS_URL),
          outboxCollections: PLAN_OUTBOX_COLLECTIONS,
        }),
        ObservabilityModule.forRoot({
          service: 'plan-tracking',
          readiness: [MongoReadiness, JetStreamReadiness],
        }),
        PlanModule,
      ],
      controllers: [ReadinessHandler],
      providers: [{ provide: PLAN_CONFIG, useValue: config }],
      exports: [PLAN_CONFIG],
    };
  }
}
