import { type DynamicModule, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { JetStreamModule, JetStreamReadiness } from '@elo/events';
import { ObservabilityModule } from '@elo/observability';
import { MongoReadiness, PersistenceModule } from '@elo/persistence';
import { splitServers } from '@elo/runtime';
import type { NotificationsConfig } from './config';
import { AttemptRunner } from './delivery/attempt-runner';
import { DeliveryLogService } from './delivery/delivery-log.service';
import { Dispatcher } from './delivery/dispatcher';
import { MessageRepository } from './delivery/message.repository';
import { AttemptRecord, AttemptSchema, MessageRecord, MessageSchema } from './delivery/message.schema';
import { EndpointHandler } from './endpoints/endpoint.handler';
import { EndpointRepository } from './endpoints/endpoint.repository';
import { EndpointRecord, EndpointSchema } from './endpoints/endpoint.schema';
import { EndpointService } from './endpoints/endpoint.service';
import { ReadinessHandler } from './health/readiness.handler';
import { EventIntakeHandler } from './intake/event-intake.handler';
import { IntakeService } from './intake/intake.service';
import { NOTIFICATIONS_CONFIG } from './notifications.tokens';
import { SecretBox, loadSecretKey } from './secrets/secret-box';

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
        MongooseModule.forFeature([
          { name: EndpointRecord.name, schema: EndpointSchema },
          { name: MessageRecord.name, schema: MessageSchema },
          { name: AttemptRecord.name, schema: AttemptSchema },
        ]),
        JetStreamModule.forRoot({
          service: 'notifications',
          servers: splitServers(config.NATS_URL),
          outboxCollections: ['endpoints'],
        }),
        ObservabilityModule.forRoot({
          service: 'notifications',
          readiness: [MongoReadiness, JetStreamReadiness],
        }),
      ],
      controllers: [ReadinessHandler, EndpointHandler],
      providers: [
        { provide: NOTIFICATIONS_CONFIG, useValue: config },
        // Fails the boot in production without NOTIFICATIONS_SECRET_KEY.
        { provide: SecretBox, useFactory: () => new SecretBox(loadSecretKey(config)) },
        EndpointRepository,
        EndpointService,
        MessageRepository,
        AttemptRunner,
        Dispatcher,
        DeliveryLogService,
        IntakeService,
        EventIntakeHandler,
      ],
    };
  }
}
