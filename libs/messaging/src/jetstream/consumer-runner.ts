import { Logger } from '@nestjs/common';
import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { decodeEvent } from './event-codec';
import type { EventDispatcher } from './event-dispatcher';
import type { HandlerBinding } from './handler-registry';
import { KeyedQueue } from './keyed-queue';
import type { BackboneTuning } from './tuning';

const RESTART_DELAY_MS = 1_000;

/** Pulls one durable and feeds its messages to the dispatcher; replicas running the same durable share its messages. */
export class ConsumerRunner {
  private readonly logger: Logger;
  private readonly queue: KeyedQueue;
  /** Messages received and not yet acked, nakked or termed: kept alive with `working()` while they wait. */
  private readonly held = new Set<JsMsg>();
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly js: JetStreamClient,
    private readonly binding: HandlerBinding,
    private readonly dispatcher: EventDispatcher,
    private readonly tuning: BackboneTuning,
  ) {
    this.logger = new Logger(`Consumer ${binding.consumer.config.durable_name}`);
    this.queue = new KeyedQueue(tuning.concurrency);
  }

  start(): void {
    const beat = Math.max(25, this.tuning.ackWaitMs / 3);
    this.heartbeat = setInterval(() => this.held.forEach((msg) => msg.working()), beat);
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    const { stream, config } = this.binding.consumer;
    while (!this.stopped) {
      try {
        const consumer = await this.js.consumers.get(stream, config.durable_name);
        this.messages = await consumer.consume({ max_messages: Math.max(8, this.tuning.concurrency * 2) });
        if (this.stopped) this.messages.stop();
        for await (const msg of this.messages) this.accept(msg);
      } catch (error) {
        if (!this.stopped) this.logger.warn(`consume failed, restarting: ${String(error)}`);
      }
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS));
    }
  }

  /**
   * Takes every message into `held` the moment it arrives. The client pulls more as messages arrive,
   * not as we finish them, so a message left waiting in its buffer would outlive its ack wait and be
   * redelivered to another replica while this one still has it. The server's max_ack_pending bounds `held`.
   */
  private accept(msg: JsMsg): void {
    this.held.add(msg);
    const decoded = decodeEvent(msg.data, this.binding.type);
    // Same aggregate, one at a time and in order; different aggregates in parallel.
    const key = decoded.ok ? decoded.event.subject : `invalid:${msg.seq}`;
    this.queue.push(key, async () => {
      try {
        // Shutting down: give a message not yet started back now rather than after its ack wait.
        if (this.stopped) msg.nak();
        else await this.dispatcher.process(this.binding, msg, decoded);
      } finally {
        this.held.delete(msg);
      }
    });
  }

  /** Stops pulling, lets running handlers finish; messages not yet started are nakked for redelivery. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.messages?.stop();
    await this.loop;
    await this.queue.idle();
    clearInterval(this.heartbeat);
  }
}
