import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JsMsg } from '@nats-io/jetstream';
import { advisoryConsumerSpec, advisoryStreamConfig, parseAdvisory } from './advisories';
import { JETSTREAM_CONNECTION, type JetStreamConnection } from './connection';
import { ConsumeLoop } from './consume-loop';
import { ensureConsumer } from './consumers';
import { errorFields, logEntry } from './event-log';
import type { HandlerBinding } from './handler-registry';
import { ensureStream } from './streams';
import { JETSTREAM_OPTIONS, backoffDelay, type ResolvedJetStreamOptions } from './tuning';
import { UnansweredEvents } from './unanswered-events';

/**
 * Closes the gap the consumer cannot see: its last delivery never answered (the process died or hung), so
 * no code of ours saw a failure and JetStream just stopped delivering. Reads the MAX_DELIVERIES advisories
 * of this service's durables from the advisory stream (replicas share one durable) and dead-letters them.
 */
@Injectable()
export class MaxDeliveriesWatcher {
  private readonly logger = new Logger('MaxDeliveries');
  private bindings = new Map<string, HandlerBinding>();
  private pull: ConsumeLoop | undefined;

  constructor(
    @Inject(JETSTREAM_CONNECTION) private readonly connection: JetStreamConnection,
    @Inject(JETSTREAM_OPTIONS) private readonly options: ResolvedJetStreamOptions,
    private readonly unanswered: UnansweredEvents,
  ) {}

  /** Declares the advisory stream and durable: before the event durables, so none of their advisories is missed. */
  async declare(): Promise<void> {
    const { service, tuning } = this.options;
    await ensureStream(this.connection.jsm, advisoryStreamConfig(tuning));
    await ensureConsumer(this.connection.jsm, advisoryConsumerSpec(service, tuning));
  }

  start(bindings: HandlerBinding[]): void {
    this.bindings = new Map(
      bindings.map((b) => [`${b.consumer.stream}.${b.consumer.config.durable_name}`, b]),
    );
    if (bindings.length === 0) return;
    const { stream, config } = advisoryConsumerSpec(this.options.service, this.options.tuning);
    this.pull = new ConsumeLoop(
      this.connection.js,
      { stream, name: config.durable_name, maxMessages: 8 },
      this.logger,
    );
    // One at a time: advisories are rare, and each is a lookup and a write.
    this.pull.start((msg) => this.handle(msg));
  }

  async stop(): Promise<void> {
    await this.pull?.stop();
  }

  private async handle(msg: JsMsg): Promise<void> {
    const advisory = parseAdvisory(msg.data);
    const binding = advisory && this.bindings.get(`${advisory.stream}.${advisory.consumer}`);
    if (!advisory || !binding) {
      msg.ack(); // another service's durable (or not an advisory): not ours to dead-letter
      return;
    }
    try {
      await this.unanswered.deadLetter(binding, advisory);
      msg.ack();
    } catch (error) {
      const delay = backoffDelay(this.options.tuning, msg.info.deliveryCount);
      this.logger.error(
        logEntry('could not dead-letter an unanswered event, will retry', {
          handler: binding.name,
          streamSeq: advisory.stream_seq,
          delayMs: delay,
          ...errorFields(error),
        }),
      );
      msg.nak(delay);
    }
  }
}
