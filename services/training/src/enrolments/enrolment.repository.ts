import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, trusted, type Model } from 'mongoose';
import type { Participant } from '@elo/contracts';
import { isDuplicateKeyError } from '@elo/persistence';
import { EnrolmentRecord, type EnrolmentRow } from './enrolment.schema';

@Injectable()
export class EnrolmentRepository {
  constructor(@InjectModel(EnrolmentRecord.name) private readonly model: Model<EnrolmentRecord>) {}

  /** The new enrolment, or null when the email already has one in this course (unique index). */
  async insert(eventId: Types.ObjectId, participant: Participant): Promise<EnrolmentRow | null> {
    try {
      const created = await this.model.create({ ...participant, eventId });
      return created.toObject<EnrolmentRow>();
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }

  /** Inserts many at once; rows whose email raced in meanwhile are skipped (and found by the caller). */
  async insertMany(eventId: Types.ObjectId, participants: readonly Participant[]): Promise<void> {
    if (!participants.length) return;
    try {
      await this.model.insertMany(
        participants.map((p) => ({ ...p, eventId })),
        { ordered: false },
      );
    } catch (error) {
      if (!isDuplicateKeyError(error) && !isBulkDuplicates(error)) throw error;
    }
  }

  findByEmail(eventId: Types.ObjectId, email: string): Promise<EnrolmentRow | null> {
    return this.model.findOne({ eventId, email }).lean<EnrolmentRow>().exec();
  }

  findByEmails(eventId: Types.ObjectId, emails: readonly string[]): Promise<EnrolmentRow[]> {
    return this.model
      .find({ eventId, email: trusted({ $in: [...emails] }) })
      .lean<EnrolmentRow[]>()
      .exec();
  }

  findOne(eventId: Types.ObjectId, id: string): Promise<EnrolmentRow | null> {
    return this.model.findOne({ _id: id, eventId }).lean<EnrolmentRow>().exec();
  }

  findMany(eventId: Types.ObjectId, ids: readonly Types.ObjectId[]): Promise<EnrolmentRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.model
      .find({ eventId, _id: trusted({ $in: [...ids] }) })
      .lean<EnrolmentRow[]>()
      .exec();
  }

  /** A cancelled or half-written enrolment taken up again by its person. */
  async revive(id: Types.ObjectId, participant: Participant): Promise<void> {
    const unset = Object.fromEntries(
      (['cpf', 'institutionId', 'uf'] as const)
        .filter((f) => participant[f] === undefined)
        .map((f) => [f, '']),
    );
    await this.model
      .updateOne(
        { _id: id },
        {
          $set: { ...participant, cancelled: false },
          ...(Object.keys(unset).length ? { $unset: unset } : {}),
        },
      )
      .exec();
  }

  async cancelledIds(eventId: Types.ObjectId): Promise<Types.ObjectId[]> {
    const rows = await this.model
      .find({ eventId, cancelled: true }, { _id: 1 })
      .sort({ _id: 1 })
      .lean<EnrolmentRow[]>()
      .exec();
    return rows.map((r) => r._id);
  }

  async markCancelled(id: Types.ObjectId): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set: { cancelled: true } }).exec();
  }

  /** Sets who attended one session: those present gain it, everyone else in the course loses it. */
  async recordAttendance(
    eventId: Types.ObjectId,
    sessionId: string,
    present: readonly Types.ObjectId[],
  ): Promise<void> {
    await this.model
      .updateMany(
        { eventId, _id: trusted({ $in: [...present] }) },
        { $addToSet: { attendedSessionIds: sessionId } },
      )
      .exec();
    await this.model
      .updateMany(
        { eventId, _id: trusted({ $nin: [...present] }) },
        { $pull: { attendedSessionIds: sessionId } },
      )
      .exec();
  }
}

function isBulkDuplicates(error: unknown): boolean {
  const writeErrors = (error as { writeErrors?: { code?: number; err?: { code?: number } }[] } | null)
    ?.writeErrors;
  return (
    Array.isArray(writeErrors) &&
    writeErrors.length > 0 &&
    writeErrors.every((e) => (e.code ?? e.err?.code) === 11000)
  );
}

export const asObjectId = (id: string) => new Types.ObjectId(id);
