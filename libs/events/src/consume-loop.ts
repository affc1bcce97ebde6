import type { Logger } from '@nestjs/common';
import type { ConsumerMessages, JetStreamClient, JsMsg } from '@nats-io/jetstream';

const RESTART_DELAY_MS = 1_000;

/** Pulls one durable until stopped, opening the pull again after a failure (say NATS restarted). */
export class ConsumeLoop {
  private messages: ConsumerMessages | undefined;
  private loop: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly js: JetStreamClient,
    private readonly durable: { stream: string; name: string; maxMessages: number },
    private readonly logger: Logger,
  ) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  /** `onMessage` is awaited when it returns a promise: the next message waits for it. */
  start(onMessage: (msg: JsMsg) => void | Promise<void>): void {
    this.loop = this.run(onMessage);
  }

  /** Stops pulling and waits for the loop to end; messages already received are the caller's. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.messages?.stop();
    await this.loop;
  }

  private async run(onMessage: (msg: JsMsg) => void | Promise<void>): Promise<void> {
    const { stream, name, maxMessages } = this.durable;
    while (!this.stopped) {
      try {
        const consumer = await this.js.consumers.get(stream, name);
        this.messages = await consumer.consume({ max_messages: maxMessages });
        if (this.stopped) this.messages.stop();
        for await (const msg of this.messages) {
          const pending = onMessage(msg);
          if (pending) await pending;
        }
      } catch (error) {
        if (!this.stopped) this.logger.warn(`consume failed, restarting: ${String(error)}`);
      }
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS));
    }
  }
}
