import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import {
  JETSTREAM_CONNECTION,
  JetStreamConnection,
  JetStreamConnectionCloser,
  JetStreamReadiness,
} from './connection';
import { deadLetterHandlerFor } from './dead-letter.handler';
import { DeadLetterService } from './dead-letter.service';
import { DeadLetterAudit } from './dead-letter.audit';
import { DeadLetterStore } from './dead-letter.store';
import { EventBackbone } from './event-backbone';
import { EventDispatcher } from './event-dispatcher';
import { EventHandlerRegistry } from './handler-registry';
import { EventPublisher } from './event-publisher';
import { MaxDeliveriesWatcher } from './max-deliveries.watcher';
import { UnansweredEvents } from './unanswered-events';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { ProcessedEvents } from './processed-events';
import { JETSTREAM_OPTIONS, resolveOptions, type JetStreamOptions } from './tuning';

/**
 * The event backbone for one service: JetStream connection, streams and durables declared at boot,
 * `@OnEvent` handlers, the outbox relay, dead letters and their RPC handlers. Needs the service's
 * mongoose connection (PersistenceModule). See libs/events/README.md.
 */
@Module({})
export class JetStreamModule {
  static forRoot(options: JetStreamOptions): DynamicModule {
    const resolved = resolveOptions(options);
    return {
      module: JetStreamModule,
      global: true,
      imports: [DiscoveryModule],
      controllers: [deadLetterHandlerFor(resolved.service)],
      providers: [
        { provide: JETSTREAM_OPTIONS, useValue: resolved },
        {
          provide: JETSTREAM_CONNECTION,
          useFactory: () => JetStreamConnection.open(resolved.servers, `${resolved.service}-events`),
        },
        JetStreamConnectionCloser,
        JetStreamReadiness,
        EventPublisher,
        EventHandlerRegistry,
        ProcessedEvents,
        DeadLetterStore,
        DeadLetterAudit,
        EventDispatcher,
        UnansweredEvents,
        MaxDeliveriesWatcher,
        DeadLetterService,
        OutboxRelay,
        Outbox,
        EventBackbone,
      ],
      exports: [
        JETSTREAM_CONNECTION,
        JETSTREAM_OPTIONS,
        JetStreamReadiness,
        EventPublisher,
        Outbox,
        DeadLetterService,
      ],
    };
  }
}
