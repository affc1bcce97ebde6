import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConsumerMessages, JsMsg } from '@nats-io/jetstream';
import { advisoryConsumerSpec, advisoryStreamConfig, parseAdvisory } from './advisories';
import { JETSTREAM_CONNECTION, type JetStreamConnection } from './connection';
import { ensureConsumer } from './consumers';
import { errorFields, logEntry } from './event-log';
import type { HandlerBinding } from './handler-registry';
import { ensureStream } from './streams';
import { JETSTREAM_OPTIONS, backoffDelay, type ResolvedJetStreamOptions } from './tuning';
import { UnansweredEvents } from './unanswered-events';

const RESTART_DELAY_MS = 1_000;

/**
 * Closes the gap the consumer cannot see: its last delivery never answered (the process died or hung), so
 * no code of ours saw a failure and JetStream just stopped delivering. Reads the MAX_DELIVERIES advisories
 * of this service's durables from the advisory stream (replicas share one durable) and dead-letters them.
 */
@Injectable()
export class MaxDeliveriesWatcher {
  private readonly logger = new Logger('MaxDeliveries');
  private bindings = new Map<string, HandlerBinding>();
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private stopped = false;

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
    if (bindings.length > 0) this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.messages?.stop();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { stream, config } = advisoryConsumerSpec(this.options.service, this.options.tuning);
    while (!this.stopped) {
      try {
        const consumer = await this.connection.js.consumers.get(stream, config.durable_name);
        this.messages = await consumer.consume({ max_messages: 8 });
        if (this.stopped) this.messages.stop();
        // One at a time: advisories are rare, and each is a lookup and a write.
        for await (const msg of this.messages) await this.handle(msg);
      } catch (error) {
        if (!this.stopped) this.logger.warn(`consume failed, restarting: ${String(error)}`);
      }
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS));
    }
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
