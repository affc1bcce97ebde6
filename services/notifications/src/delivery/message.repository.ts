import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, trusted, type Model } from 'mongoose';
import type {
  MessageStatus,
  NotificationAttempt,
  NotificationMessage,
  Page,
  PageQuery,
} from '@elo/contracts';
import { isDuplicateKeyError, toPage, cursorFilter } from '@elo/persistence';
import { AttemptRecord, MessageRecord } from './message.schema';

export type MessageRow = MessageRecord & { _id: Types.ObjectId };
type AttemptRow = AttemptRecord & { _id: Types.ObjectId };
export type NewMessage = Pick<
  MessageRecord,
  'endpointId' | 'institutionId' | 'eventId' | 'eventType' | 'webhookId' | 'payload'
>;
export type AttemptOutcome =
  { status: 'succeeded' } | { status: 'failed' } | { status: 'pending'; nextAttemptAt: Date };

const iso = (date: Date | null | undefined) => (date ? { nextAttemptAt: date.toISOString() } : {});

@Injectable()
export class MessageRepository {
  constructor(
    @InjectModel(MessageRecord.name) private readonly messages: Model<MessageRecord>,
    @InjectModel(AttemptRecord.name) private readonly attempts: Model<AttemptRecord>,
  ) {}

  /** Idempotent per (endpoint, event): a redelivered event adds nothing. */
  async accept(rows: readonly NewMessage[], now: Date): Promise<void> {
    if (!rows.length) return;
    await this.messages.bulkWrite(
      rows.map((row) => ({
        updateOne: {
          filter: { endpointId: row.endpointId, eventId: row.eventId },
          update: {
            $setOnInsert: {
              ...row,
              status: 'pending',
              attempts: 0,
              logged: 0,
              nextAttemptAt: now,
              leaseUntil: new Date(0),
            },
          },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  }

  /** Claims one due message for this replica (none of `busy` endpoints); null when nothing is due. */
  claim(owner: string, now: Date, leaseMs: number, busy: readonly string[]): Promise<MessageRow | null> {
    return this.messages
      .findOneAndUpdate(
        {
          status: 'pending',
          nextAttemptAt: trusted({ $lte: now }),
          leaseUntil: trusted({ $lte: now }),
          ...(busy.length ? { endpointId: trusted({ $nin: [...busy] }) } : {}),
        },
        { $set: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + leaseMs) } },
        { sort: { nextAttemptAt: 1 }, returnDocument: 'after' },
      )
      .lean<MessageRow>()
      .exec();
  }

  /** Records an attempt; false when this attempt was already recorded (a replica lost its lease). */
  async record(attempt: AttemptRecord): Promise<boolean> {
    try {
      await this.attempts.create(attempt);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** Settles the claimed attempt, only while this replica still holds it. */
  async settle(message: MessageRow, owner: string, outcome: AttemptOutcome): Promise<void> {
    await this.messages
      .updateOne(
        { _id: message._id, leaseOwner: owner, attempts: message.attempts },
        {
          $set: {
            status: outcome.status,
            attempts: message.attempts + 1,
            logged: loggedOf(message) + 1,
            nextAttemptAt: outcome.status === 'pending' ? outcome.nextAttemptAt : null,
            leaseUntil: new Date(0),
          },
        },
      )
      .exec();
  }

  /**
   * Sends again from the start of the schedule (same webhook-id). A message in flight (its lease still
   * held) is left to its attempt: resetting it would let a second attempt run beside the first.
   */
  async resend(filter: Record<string, unknown>, now: Date): Promise<number> {
    const result = await this.messages
      .updateMany(
        { ...filter, leaseUntil: trusted({ $lte: now }) },
        {
          $set: { status: 'pending', attempts: 0, nextAttemptAt: now, leaseUntil: new Date(0) },
        },
      )
      .exec();
    return result.modifiedCount;
  }

  one(endpointId: string, id: string): Promise<MessageRow | null> {
    if (!Types.ObjectId.isValid(id)) return Promise.resolve(null);
    return this.messages
      .findOne({ _id: new Types.ObjectId(id), endpointId })
      .lean<MessageRow>()
      .exec();
  }

  byEvent(endpointId: string, eventId: string): Promise<MessageRow | null> {
    return this.messages.findOne({ endpointId, eventId }).lean<MessageRow>().exec();
  }

  async page(
    endpointId: string,
    status: MessageStatus | undefined,
    page: PageQuery,
  ): Promise<Page<NotificationMessage>> {
    const rows = await this.messages
      .find({ endpointId, ...(status ? { status } : {}), ...cursorFilter(page.cursor) })
      .sort({ _id: 1 })
      .limit(page.limit + 1)
      .lean<MessageRow[]>()
      .exec();
    return toPage(rows, page.limit, toMessage);
  }

  async attemptPage(
    endpointId: string,
    messageId: string | undefined,
    page: PageQuery,
  ): Promise<Page<NotificationAttempt>> {
    const rows = await this.attempts
      .find({ endpointId, ...(messageId ? { messageId } : {}), ...cursorFilter(page.cursor) })
      .sort({ _id: 1 })
      .limit(page.limit + 1)
      .lean<AttemptRow[]>()
      .exec();
    return toPage(rows, page.limit, (row) => ({
      id: row._id.toHexString(),
      messageId: row.messageId,
      endpointId: row.endpointId,
      at: row.at.toISOString(),
      ...(row.status !== undefined ? { status: row.status } : {}),
      durationMs: row.durationMs,
      succeeded: row.succeeded,
      response: row.response,
    }));
  }
}

/** How many attempts the log holds for a message (the next one is numbered after them). */
export function loggedOf(message: MessageRow): number {
  return message.logged ?? message.attempts;
}

export function toMessage(row: MessageRow): NotificationMessage {
  return {
    id: row._id.toHexString(),
    endpointId: row.endpointId,
    webhookId: row.webhookId,
    eventType: row.eventType,
    eventId: row.eventId,
    status: row.status,
    attempts: row.attempts,
    ...(row.status === 'pending' ? iso(row.nextAttemptAt) : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
