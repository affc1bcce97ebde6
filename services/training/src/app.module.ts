import { type DynamicModule, Module } from '@nestjs/common';
import { JetStreamModule, JetStreamReadiness } from '@elo/events';
import { ObservabilityModule } from '@elo/observability';
import { MongoReadiness, PersistenceModule } from '@elo/persistence';
import { splitServers } from '@elo/runtime';
import { Clock, SystemClock } from './common/clock';
import { TRAINING_CONFIG, type TrainingConfig } from './config';
import { ReadinessHandler } from './health/readiness.handler';
import { TRAINING_OUTBOX_COLLECTIONS, TrainingModule } from './training.module';

@Module({})
export class TrainingServiceModule {
  /** `clock` lets tests fix the date; the service runs on the system clock. */
  static forRoot(config: TrainingConfig, clock: Clock = new SystemClock()): DynamicModule {
    return {
      module: TrainingServiceModule,
      global: true,
      imports: [
        PersistenceModule.forRoot({ mongoUrl: config.MONGO_URL, dbName: `${config.ELO_DB_PREFIX}-training` }),
        JetStreamModule.forRoot({
          service: 'training',
          servers: splitServers(config.NATS_URL),
          outboxCollections: TRAINING_OUTBOX_COLLECTIONS,
        }),
        ObservabilityModule.forRoot({ service: 'training', readiness: [MongoReadiness, JetStreamReadiness] }),
        TrainingModule,
      ],
      controllers: [ReadinessHandler],
      providers: [
        { provide: TRAINING_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [TRAINING_CONFIG, Clock],
    };
  }
}
