import { Logger } from '@nestjs/common';
import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import { ConsumeLoop } from './consume-loop';
import { decodeEvent } from './event-codec';
import type { EventDispatcher } from './event-dispatcher';
import type { HandlerBinding } from './handler-registry';
import { KeyedQueue } from './keyed-queue';
import type { BackboneTuning } from './tuning';

/** Pulls one durable and feeds its messages to the dispatcher; replicas running the same durable share its messages. */
export class ConsumerRunner {
  private readonly queue: KeyedQueue;
  private readonly pull: ConsumeLoop;
  /** Messages received and not yet acked, nakked or termed: kept alive with `working()` while they wait. */
  private readonly held = new Set<JsMsg>();
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    js: JetStreamClient,
    private readonly binding: HandlerBinding,
    private readonly dispatcher: EventDispatcher,
    private readonly tuning: BackboneTuning,
  ) {
    const { stream, config } = binding.consumer;
    this.queue = new KeyedQueue(tuning.concurrency);
    this.pull = new ConsumeLoop(
      js,
      { stream, name: config.durable_name, maxMessages: Math.max(8, tuning.concurrency * 2) },
      new Logger(`Consumer ${config.durable_name}`),
    );
  }

  start(): void {
    const beat = Math.max(25, this.tuning.ackWaitMs / 3);
    this.heartbeat = setInterval(() => this.held.forEach((msg) => msg.working()), beat);
    this.pull.start((msg) => this.accept(msg));
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
        if (this.pull.isStopped) msg.nak();
        else await this.dispatcher.process(this.binding, msg, decoded);
      } finally {
        this.held.delete(msg);
      }
    });
  }

  /** Stops pulling, lets running handlers finish; messages not yet started are nakked for redelivery. */
  async stop(): Promise<void> {
    await this.pull.stop();
    await this.queue.idle();
    clearInterval(this.heartbeat);
  }
}
