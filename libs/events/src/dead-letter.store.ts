import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Types, type Connection } from 'mongoose';
import {
  DEFAULT_PAGE_LIMIT,
  MAX_PAGE_LIMIT,
  deadLetterId,
  validationError,
  type DeadLetter,
  type DeadLetterPage,
  type PageQuery,
} from '@elo/contracts';
import { JETSTREAM_OPTIONS, type ResolvedJetStreamOptions } from './tuning';
import { isDuplicateKey, nativeCollection } from './service-db';

/** What a consumer records; the store adds the id, the service and the failure times. */
export type DeadLetterInput = Omit<DeadLetter, 'id' | 'service' | 'firstFailedAt' | 'lastFailedAt'>;

/** A stored letter: what was recorded, plus what the store adds. */
interface DeadLetterRow extends DeadLetterInput {
  _id: Types.ObjectId;
  service: string;
  firstFailedAt: Date;
  lastFailedAt: Date;
}

export const DEAD_LETTERS_COLLECTION = 'dead_letters';
const MAX_ERROR_LENGTH = 500;

/**
 * What is kept of an error: its first line (`Name: message`), cut short. Stack traces and long
 * messages (which may quote a payload) stay in the service's logs, never in what admins read.
 */
export function summarizeError(error: string): string {
  const firstLine = error.split('\n', 1)[0] ?? '';
  return firstLine.length > MAX_ERROR_LENGTH ? `${firstLine.slice(0, MAX_ERROR_LENGTH - 1)}…` : firstLine;
}

/** What admins see of the event: its envelope (ids, type, source, time), never its data. */
function envelopeOf(event: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of ['specversion', 'id', 'type', 'source', 'subject', 'time']) {
    if (typeof event[key] === 'string') kept[key] = event[key].slice(0, 200);
  }
  return kept;
}

/** The service's dead letters: one per (handler, event), in its own database. */
@Injectable()
export class DeadLetterStore {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    @Inject(JETSTREAM_OPTIONS) private readonly options: ResolvedJetStreamOptions,
  ) {}

  private get collection() {
    return nativeCollection<DeadLetterRow>(this.connection, DEAD_LETTERS_COLLECTION);
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndex({ handler: 1, eventId: 1 }, { unique: true, name: 'handler_event' });
  }

  /** Upsert: a second failure of the same event for the same handler updates the first record. */
  async record(input: DeadLetterInput): Promise<void> {
    const now = new Date();
    const { handler, eventId, ...rest } = input;
    await this.collection.updateOne(
      { handler, eventId },
      {
        $set: {
          ...rest,
          service: this.options.service,
          error: summarizeError(input.error),
          lastFailedAt: now,
        },
        $setOnInsert: { firstFailedAt: now },
      },
      { upsert: true },
    );
  }

  /**
   * Inserts only: when the consumer already stored this (handler, event), its record (with the handler's
   * own error) wins. Returns whether this call wrote it.
   */
  async recordIfAbsent(input: DeadLetterInput): Promise<boolean> {
    const now = new Date();
    const { handler, eventId, ...rest } = input;
    try {
      const result = await this.collection.updateOne(
        { handler, eventId },
        {
          $setOnInsert: {
            ...rest,
            service: this.options.service,
            error: summarizeError(input.error),
            firstFailedAt: now,
            lastFailedAt: now,
          },
        },
        { upsert: true },
      );
      return result.upsertedCount === 1;
    } catch (error) {
      if (isDuplicateKey(error)) return false; // a concurrent insert of the same letter won
      throw error;
    }
  }

  async list(query: PageQuery): Promise<DeadLetterPage> {
    const limit = Math.min(Math.max(Math.trunc(query.limit) || DEFAULT_PAGE_LIMIT, 1), MAX_PAGE_LIMIT);
    const filter = query.cursor ? { _id: { $gt: decodeCursor(query.cursor) } } : {};
    const rows = await this.collection
      .find(filter)
      .sort({ _id: 1 })
      .limit(limit + 1)
      .toArray();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => this.toDeadLetter(row)),
      nextCursor:
        rows.length > limit && last ? Buffer.from(last._id.toHexString()).toString('base64url') : null,
    };
  }

  async get(localId: string): Promise<DeadLetter | null> {
    const row = await this.collection.findOne({ _id: toObjectId(localId) });
    return row ? this.toDeadLetter(row) : null;
  }

  /** The event as stored, for a replay only: it never leaves the service. */
  async storedEvent(localId: string): Promise<Record<string, unknown> | null> {
    const row = await this.collection.findOne({ _id: toObjectId(localId) }, { projection: { event: 1 } });
    return row?.event ?? null;
  }

  async markFailedAgain(localId: string, error: string): Promise<void> {
    await this.collection.updateOne(
      { _id: toObjectId(localId) },
      { $set: { error: summarizeError(error), lastFailedAt: new Date() } },
    );
  }

  async delete(localId: string): Promise<boolean> {
    const result = await this.collection.deleteOne({ _id: toObjectId(localId) });
    return result.deletedCount === 1;
  }

  private toDeadLetter(row: DeadLetterRow): DeadLetter {
    return {
      id: deadLetterId(this.options.service, row._id.toHexString()),
      service: this.options.service,
      handler: row.handler,
      consumer: row.consumer,
      reason: row.reason,
      event: envelopeOf(row.event),
      eventId: row.eventId,
      eventType: row.eventType,
      error: row.error,
      deliveryCount: row.deliveryCount,
      firstFailedAt: row.firstFailedAt.toISOString(),
      lastFailedAt: row.lastFailedAt.toISOString(),
    };
  }
}

// @elo/persistence has the same cursor and id helpers, but the gateway imports this lib and must not
// depend on persistence (module boundaries), so they are not imported here.
function toObjectId(localId: string): Types.ObjectId {
  if (!/^[0-9a-f]{24}$/.test(localId)) throw validationError('id', 'is not a dead-letter id');
  return new Types.ObjectId(localId);
}

function decodeCursor(cursor: string): Types.ObjectId {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f]{24}$/.test(raw)) throw validationError('cursor', 'is not a cursor returned by this API');
  return new Types.ObjectId(raw);
}
