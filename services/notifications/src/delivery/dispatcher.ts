import { randomUUID } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { NOTIFICATIONS_CONFIG } from '../notifications.tokens';
import type { NotificationsConfig } from '../config';
import { guardMode } from '../endpoints/endpoint.service';
import { AttemptRunner } from './attempt-runner';
import { MessageRepository, type MessageRow } from './message.repository';

/**
 * Claims due messages and runs their attempts: at most NOTIFICATIONS_ENDPOINT_CONCURRENCY per endpoint
 * and NOTIFICATIONS_CONCURRENCY in all, so a slow or dead endpoint holds only its own slots and
 * never delays the others. Runs when woken (a new message, a finished attempt) and every poll.
 */
@Injectable()
export class Dispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Dispatcher');
  private readonly owner = randomUUID();
  private readonly inFlight = new Map<string, number>();
  private total = 0;
  private pumping = false;
  /** The claiming pass under way, awaited at shutdown so no claim is cut off by the closing connection. */
  private pass: Promise<void> = Promise.resolve();
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly messages: MessageRepository,
    private readonly runner: AttemptRunner,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {
    if (config.NOTIFICATIONS_LEASE_MS <= config.NOTIFICATIONS_TIMEOUT_MS) {
      throw new Error('NOTIFICATIONS_LEASE_MS must exceed NOTIFICATIONS_TIMEOUT_MS');
    }
    guardMode(config);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), this.config.NOTIFICATIONS_POLL_MS);
    this.timer.unref();
    this.wake();
  }

  /**
   * Before the database connection closes (at application shutdown): attempts in flight still log and
   * settle, so a graceful stop resends nothing a receiver already took.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.pass;
    await Promise.allSettled([...this.running]);
  }

  wake(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    this.pass = this.pump()
      .catch((error: unknown) =>
        this.logger.warn({ msg: 'claiming failed; next poll retries', error: String(error) }),
      )
      .finally(() => {
        this.pumping = false;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async pump(): Promise<void> {
    const limit = this.config.NOTIFICATIONS_ENDPOINT_CONCURRENCY;
    while (!this.stopped && this.total < this.config.NOTIFICATIONS_CONCURRENCY) {
      const busy = [...this.inFlight].filter(([, n]) => n >= limit).map(([id]) => id);
      const message = await this.messages.claim(
        this.owner,
        new Date(),
        this.config.NOTIFICATIONS_LEASE_MS,
        busy,
      );
      if (!message) return;
      this.start(message);
    }
  }

  private start(message: MessageRow): void {
    const id = message.endpointId;
    this.inFlight.set(id, (this.inFlight.get(id) ?? 0) + 1);
    this.total++;
    const run = this.runner
      .run(message, this.owner)
      .catch((error: unknown) =>
        // The lease expires and another pass retries the same attempt (same webhook-id).
        this.logger.warn({
          msg: 'attempt not settled',
          messageId: message._id.toHexString(),
          error: String(error),
        }),
      )
      .finally(() => {
        const left = (this.inFlight.get(id) ?? 1) - 1;
        if (left) this.inFlight.set(id, left);
        else this.inFlight.delete(id);
        this.total--;
        this.running.delete(run);
        this.wake();
      });
    this.running.add(run);
  }
}
