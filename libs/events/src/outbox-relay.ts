import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection, Types, mongo } from 'mongoose';
import type { EloCloudEvent } from '@elo/contracts';
import { EventPublisher } from './event-publisher';
import { nativeCollection } from './service-db';
import { JETSTREAM_OPTIONS, type ResolvedJetStreamOptions } from './tuning';

export type OutboxDocumentId = Types.ObjectId | string;

interface OutboxDocument {
  _id: OutboxDocumentId;
  outbox: EloCloudEvent[];
}

const BATCH = 100;
/** Bounds one drain; the next wake or poll carries on. */
const MAX_BATCHES_PER_DRAIN = 1_000;
const PENDING = { 'outbox.id': { $exists: true } };

/**
 * Publishes pending outbox events and then removes them from their documents. At most one drain runs
 * per process; a wake during a drain schedules another. A wake that names the written documents looks
 * only at those (an `_id` lookup); the poll, and a wake without names, scan for every pending document.
 * Replicas are not coordinated: a doubly published event has the same Nats-Msg-Id and JetStream keeps one.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private running: Promise<void> | undefined;
  private again = false;
  private scanRequested = true;
  private readonly hints = new Map<string, Map<string, OutboxDocumentId>>();
  private started = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly publisher: EventPublisher,
    @Inject(JETSTREAM_OPTIONS) private readonly options: ResolvedJetStreamOptions,
  ) {}

  start(): void {
    if (this.options.outboxCollections.length === 0 || this.started) return;
    this.started = true;
    this.timer = setInterval(() => this.wake(), this.options.tuning.relayPollMs);
    this.wake();
  }

  /** Publish now: the documents just written if named, else whatever is pending. */
  wake(written?: { collection: string; id: OutboxDocumentId }): void {
    if (written && this.options.outboxCollections.includes(written.collection)) {
      const ids = this.hints.get(written.collection) ?? new Map<string, OutboxDocumentId>();
      ids.set(String(written.id), written.id);
      this.hints.set(written.collection, ids);
    } else {
      this.scanRequested = true;
    }
    this.kick();
  }

  private kick(): void {
    if (!this.started) return; // start() drains whatever was written before it
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => {
        this.scanRequested = true;
        this.logger.warn(`relay pass failed, will retry: ${String(error)}`);
      })
      .finally(() => {
        this.running = undefined;
        if (this.again && this.started) {
          this.again = false;
          this.kick();
        }
      });
  }

  async stop(): Promise<void> {
    this.started = false;
    clearInterval(this.timer);
    await this.running;
  }

  /** The named documents first, then (if asked) a scan of every outbox collection until nothing is pending. */
  async drain(): Promise<void> {
    for (const [name, ids] of this.hints) {
      while (ids.size > 0) {
        const batch = [...ids.values()].slice(0, BATCH);
        batch.forEach((id) => ids.delete(String(id)));
        await this.relayBatch(name, { _id: { $in: batch }, ...PENDING });
      }
    }
    if (!this.scanRequested) return;
    this.scanRequested = false;
    for (const name of this.options.outboxCollections) {
      for (let i = 0; i < MAX_BATCHES_PER_DRAIN; i++) {
        const { found, failed } = await this.relayBatch(name, PENDING);
        if (found < BATCH || failed) break;
      }
    }
  }

  private async relayBatch(
    name: string,
    filter: mongo.Filter<OutboxDocument>,
  ): Promise<{ found: number; failed: boolean }> {
    const collection = nativeCollection<OutboxDocument>(this.connection, name);
    const docs = await collection
      .find(filter, { projection: { outbox: 1 } })
      .limit(BATCH)
      .toArray();
    const published: string[] = [];
    let failed = false;
    await Promise.all(
      docs.map(async (doc) => {
        // In array order, each after the previous one's PubAck: a document's events stay in order.
        for (const event of doc.outbox) {
          try {
            await this.publisher.publish(event);
            published.push(event.id);
          } catch (error) {
            failed = true;
            this.logger.warn(`publish of ${event.type} ${event.id} failed, will retry: ${String(error)}`);
            return;
          }
        }
      }),
    );
    if (published.length > 0) {
      await collection.updateMany(
        { _id: { $in: docs.map((d) => d._id) } },
        { $pull: { outbox: { id: { $in: published } } } },
      );
    }
    // A failed publish leaves the event in place; the next poll's scan retries it.
    if (failed) this.scanRequested = true;
    return { found: docs.length, failed };
  }
}
