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
  /** Messages received and not yet acked or nakked: kept alive with `working()` while they wait. */
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
    const ackWait = this.tuning.backoffMs[0] ?? 30_000;
    this.heartbeat = setInterval(() => this.held.forEach((msg) => msg.working()), Math.max(25, ackWait / 3));
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    const { stream, config } = this.binding.consumer;
    while (!this.stopped) {
      try {
        const consumer = await this.js.consumers.get(stream, config.durable_name);
        this.messages = await consumer.consume({ max_messages: Math.max(8, this.tuning.concurrency * 2) });
        // stop() (not close()) ends the iteration after what is already buffered; close() would wait for it.
        if (this.stopped) this.messages.stop();
        for await (const msg of this.messages) await this.accept(msg);
      } catch (error) {
        if (!this.stopped) this.logger.warn(`consume failed, restarting: ${String(error)}`);
      }
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS));
    }
  }

  private async accept(msg: JsMsg): Promise<void> {
    this.held.add(msg);
    const decoded = decodeEvent(msg.data, this.binding.type);
    // Same aggregate, one at a time and in order; different aggregates in parallel.
    const key = decoded.ok ? decoded.event.subject : `invalid:${msg.seq}`;
    await this.queue.submit(key, async () => {
      try {
        await this.dispatcher.process(this.binding, msg, decoded);
      } finally {
        this.held.delete(msg);
      }
    });
  }

  /** Stops pulling, lets in-flight handlers finish; unstarted buffered messages are redelivered later. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.messages?.stop();
    await this.loop;
    await this.queue.idle();
    clearInterval(this.heartbeat);
  }
}
