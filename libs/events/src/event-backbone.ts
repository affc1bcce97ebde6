import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { EVENT_CATALOG, eventProducers, type ServiceName } from '@elo/contracts';
import { JETSTREAM_CONNECTION, type JetStreamConnection } from './connection';
import { ensureConsumer } from './consumers';
import { ConsumerRunner } from './consumer-runner';
import { DeadLetterStore } from './dead-letter.store';
import { EventDispatcher } from './event-dispatcher';
import { EventHandlerRegistry } from './handler-registry';
import { MaxDeliveriesWatcher } from './max-deliveries.watcher';
import { OutboxRelay } from './outbox-relay';
import { ProcessedEvents } from './processed-events';
import { ensureStream, streamConfig } from './streams';
import { JETSTREAM_OPTIONS, type ResolvedJetStreamOptions } from './tuning';

/** At boot: streams, indexes, durables, then consuming and relaying. At shutdown: the reverse, before connections close. */
@Injectable()
export class EventBackbone implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EventBackbone');
  private runners: ConsumerRunner[] = [];

  constructor(
    @Inject(JETSTREAM_CONNECTION) private readonly connection: JetStreamConnection,
    @Inject(JETSTREAM_OPTIONS) private readonly options: ResolvedJetStreamOptions,
    private readonly registry: EventHandlerRegistry,
    private readonly dispatcher: EventDispatcher,
    private readonly processed: ProcessedEvents,
    private readonly deadLetters: DeadLetterStore,
    private readonly relay: OutboxRelay,
    private readonly maxDeliveries: MaxDeliveriesWatcher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { service, tuning } = this.options;
    const bindings = this.registry.all();
    const producers = new Set<ServiceName>(bindings.map((b) => EVENT_CATALOG[b.type].producer));
    if (eventProducers().includes(service)) producers.add(service);
    for (const producer of producers) await ensureStream(this.connection.jsm, streamConfig(producer, tuning));
    await Promise.all([this.processed.ensureIndexes(), this.deadLetters.ensureIndexes()]);
    if (bindings.length > 0) await this.maxDeliveries.declare();
    for (const binding of bindings) await ensureConsumer(this.connection.jsm, binding.consumer);
    this.maxDeliveries.start(bindings);
    this.runners = bindings.map((b) => new ConsumerRunner(this.connection.js, b, this.dispatcher, tuning));
    this.runners.forEach((runner) => runner.start());
    this.relay.start();
    this.logger.log({
      msg: 'event backbone started',
      streams: [...producers],
      consumers: bindings.map((b) => b.consumer.config.durable_name),
      outbox: this.options.outboxCollections,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.runners.map((runner) => runner.stop()), this.relay.stop()]);
    this.runners = [];
    await this.maxDeliveries.stop();
  }
}
