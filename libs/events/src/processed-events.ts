import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { Batcher } from './batcher';
import { JETSTREAM_OPTIONS, type ResolvedJetStreamOptions } from './tuning';
import { isDuplicateKey, nativeCollection } from './service-db';

interface ProcessedEventRow {
  handler: string;
  eventId: string;
  processedAt: Date;
}

interface Key {
  handler: string;
  eventId: string;
}

export const PROCESSED_EVENTS_COLLECTION = 'processed_events';
const TTL_INDEX = 'processed_ttl';
const INDEX_OPTIONS_CONFLICT = 85;
const INDEX_NOT_FOUND = 27;

/**
 * Which events each handler has already applied: unique per (handler, event id), expired by TTL.
 * Lookups and records made at the same time are batched into one query / one insertMany.
 */
@Injectable()
export class ProcessedEvents {
  private readonly logger = new Logger('ProcessedEvents');
  private readonly lookups = new Batcher<Key, boolean>((keys) => this.findMany(keys));
  private readonly records = new Batcher<Key, void>((keys) => this.insertMany(keys));

  constructor(
    @InjectConnection() private readonly connection: Connection,
    @Inject(JETSTREAM_OPTIONS) private readonly options: ResolvedJetStreamOptions,
  ) {}

  private get collection() {
    return nativeCollection<ProcessedEventRow>(this.connection, PROCESSED_EVENTS_COLLECTION);
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ handler: 1, eventId: 1 }, { unique: true, name: 'handler_event' });
    const ttlSeconds = Math.round(this.options.tuning.processedTtlMs / 1_000);
    const ttlIndex = () =>
      this.collection.createIndex({ processedAt: 1 }, { expireAfterSeconds: ttlSeconds, name: TTL_INDEX });
    try {
      await ttlIndex();
    } catch (error) {
      if ((error as { code?: unknown }).code !== INDEX_OPTIONS_CONFLICT) throw error;
      // The TTL setting changed: replace the index (a replica doing the same may have dropped it already).
      await this.collection.dropIndex(TTL_INDEX).catch((dropError: unknown) => {
        if ((dropError as { code?: unknown }).code !== INDEX_NOT_FOUND) throw dropError;
      });
      await ttlIndex();
      this.logger.log(`processed-event TTL index now expires after ${ttlSeconds}s`);
    }
  }

  has(handler: string, eventId: string): Promise<boolean> {
    return this.lookups.add({ handler, eventId });
  }

  record(handler: string, eventId: string): Promise<void> {
    return this.records.add({ handler, eventId });
  }

  private async findMany(keys: Key[]): Promise<boolean[]> {
    // One `{ handler, eventId: { $in } }` per handler: a shape every planner serves from the unique index.
    const seen = new Set<string>();
    await Promise.all(
      [...groupByHandler(keys)].map(async ([handler, eventIds]) => {
        const rows = await this.collection
          .find({ handler, eventId: { $in: eventIds } }, { projection: { _id: 0, eventId: 1 } })
          .toArray();
        rows.forEach((row) => seen.add(`${handler}\n${row.eventId}`));
      }),
    );
    return keys.map((key) => seen.has(`${key.handler}\n${key.eventId}`));
  }

  private async insertMany(keys: Key[]): Promise<void[]> {
    const processedAt = new Date();
    try {
      await this.collection.insertMany(
        keys.map((key) => ({ ...key, processedAt })),
        { ordered: false },
      );
    } catch (error) {
      // Already recorded by a concurrent delivery: fine. Anything else fails the batch (and is retried).
      const writeErrors = (error as { writeErrors?: unknown[] }).writeErrors;
      const onlyDuplicates = Array.isArray(writeErrors)
        ? writeErrors.every((e) => isDuplicateKey(e) || isDuplicateKey((e as { err?: unknown }).err))
        : isDuplicateKey(error);
      if (!onlyDuplicates) throw error;
    }
    return keys.map(() => undefined);
  }
}

function groupByHandler(keys: Key[]): Map<string, string[]> {
  const byHandler = new Map<string, string[]>();
  for (const key of keys) {
    const ids = byHandler.get(key.handler);
    if (ids) ids.push(key.eventId);
    else byHandler.set(key.handler, [key.eventId]);
  }
  return byHandler;
}
