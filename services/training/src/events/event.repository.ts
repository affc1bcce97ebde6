import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, trusted, type Model, type QueryFilter, type UpdateQuery } from 'mongoose';
import {
  EDITABLE_TRAINING_STATUSES,
  type EloCloudEvent,
  type ListEventsQuery,
  type TrainingStatus,
} from '@elo/contracts';
import { pushOutbox, withOutbox } from '@elo/events';
import { cursorFilter } from '@elo/persistence';
import { TrainingEventRecord, type TrainingEventRow } from './event.schema';

const WITHOUT_OUTBOX = { outbox: 0 } as const;
/** Lists and lifecycle answers carry counts, not the seat lists. */
const PUBLIC_FIELDS = { outbox: 0, seatHolders: 0, waitlist: 0 } as const;

export type NewTrainingEvent = Omit<
  TrainingEventRecord,
  | 'outbox'
  | 'createdAt'
  | 'updatedAt'
  | 'seatHolders'
  | 'waitlist'
  | 'enrolledCount'
  | 'waitingCount'
  | 'status'
> &
  Partial<Pick<TrainingEventRecord, 'status'>>;

@Injectable()
export class TrainingEventRepository {
  constructor(@InjectModel(TrainingEventRecord.name) private readonly model: Model<TrainingEventRecord>) {}

  outboxDocument(id: Types.ObjectId): { collection: string; id: Types.ObjectId } {
    return { collection: this.model.collection.name, id };
  }

  async create(
    doc: NewTrainingEvent,
    events: (id: Types.ObjectId) => EloCloudEvent[],
  ): Promise<TrainingEventRow> {
    const _id = new Types.ObjectId();
    const created = await this.model.create(withOutbox({ ...doc, _id }, events(_id)));
    return this.publicView(created._id);
  }

  async publicView(id: Types.ObjectId): Promise<TrainingEventRow> {
    const row = await this.model.findById(id, PUBLIC_FIELDS).lean<TrainingEventRow>().exec();
    if (!row) throw new Error(`training event ${id.toHexString()} vanished`);
    return row;
  }

  findPublic(id: string): Promise<TrainingEventRow | null> {
    return this.model.findById(id, PUBLIC_FIELDS).lean<TrainingEventRow>().exec();
  }

  /** With the seat lists, for enrolment and completion. */
  findWithSeats(id: string | Types.ObjectId): Promise<TrainingEventRow | null> {
    return this.model.findById(id, WITHOUT_OUTBOX).lean<TrainingEventRow>().exec();
  }

  findBySeedKey(seedKey: string): Promise<TrainingEventRow | null> {
    return this.model.findOne({ seedKey }, PUBLIC_FIELDS).lean<TrainingEventRow>().exec();
  }

  list(query: ListEventsQuery): Promise<TrainingEventRow[]> {
    const filter: QueryFilter<TrainingEventRecord> = {
      ...cursorFilter(query.cursor),
      ...(query.status ? { status: query.status } : {}),
      ...(query.modality ? { modality: query.modality } : {}),
      ...(query.uf ? { 'place.uf': query.uf } : {}),
      ...(query.audience ? { audiences: query.audience } : {}),
      ...(query.activityCode ? { activityCodes: query.activityCode } : {}),
      ...(query.organiserInstitutionId ? { organiserInstitutionId: query.organiserInstitutionId } : {}),
    };
    return this.model
      .find(filter, PUBLIC_FIELDS)
      .sort({ _id: 1 })
      .limit(query.limit + 1)
      .lean<TrainingEventRow[]>()
      .exec();
  }

  /** One write from `from` at `version`: the new status, its fields and its events. Null if the course moved first. */
  transition(
    id: Types.ObjectId,
    from: TrainingStatus,
    version: number,
    set: UpdateQuery<TrainingEventRecord>['$set'],
    events: readonly EloCloudEvent[],
  ): Promise<TrainingEventRow | null> {
    return this.model
      .findOneAndUpdate(
        { _id: id, status: from, __v: version },
        pushOutbox({ $set: set, $inc: { __v: 1 } }, events),
        { returnDocument: 'after', projection: PUBLIC_FIELDS },
      )
      .lean<TrainingEventRow>()
      .exec();
  }

  /**
   * Changes a course's details at `version`, while it is still editable and never below the seats
   * taken (seat writes match the capacity they read, so they retry on the new one), with its events
   * in the same write. Null if the course moved first.
   */
  update(
    id: Types.ObjectId,
    version: number,
    update: { $set: UpdateQuery<TrainingEventRecord>['$set']; $unset: Record<string, ''> },
    capacity: number,
    events: readonly EloCloudEvent[],
  ): Promise<TrainingEventRow | null> {
    return this.model
      .findOneAndUpdate(
        {
          _id: id,
          __v: version,
          status: trusted({ $in: [...EDITABLE_TRAINING_STATUSES] }),
          enrolledCount: trusted({ $lte: capacity }),
        },
        pushOutbox(
          {
            $set: update.$set,
            ...(Object.keys(update.$unset).length ? { $unset: update.$unset } : {}),
            $inc: { __v: 1 },
          },
          events,
        ),
        { returnDocument: 'after', projection: PUBLIC_FIELDS },
      )
      .lean<TrainingEventRow>()
      .exec();
  }

  /** Fixes the completion time once; later attempts keep the first one. */
  async stampCompletion(id: Types.ObjectId, at: Date): Promise<void> {
    await this.model
      .updateOne(
        { _id: id, status: 'in_progress', completedAt: trusted({ $exists: false }) },
        { $set: { completedAt: at } },
      )
      .exec();
  }

  /** Takes a free seat for `enrolmentId` if one is left and the course is open: one conditional write. */
  async takeSeat(eventId: Types.ObjectId, enrolmentId: Types.ObjectId, capacity: number): Promise<boolean> {
    const result = await this.model
      .updateOne(
        {
          _id: eventId,
          status: 'open',
          capacity,
          enrolledCount: trusted({ $lt: capacity }),
          seatHolders: trusted({ $ne: enrolmentId }),
          waitlist: trusted({ $ne: enrolmentId }),
        },
        { $push: { seatHolders: enrolmentId }, $inc: { enrolledCount: 1 } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  async joinWaitlist(eventId: Types.ObjectId, enrolmentId: Types.ObjectId): Promise<boolean> {
    const result = await this.model
      .updateOne(
        {
          _id: eventId,
          status: 'open',
          seatHolders: trusted({ $ne: enrolmentId }),
          waitlist: trusted({ $ne: enrolmentId }),
        },
        { $push: { waitlist: enrolmentId }, $inc: { waitingCount: 1 } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /** Seats several new arrivals at once (an import), at the counts read: null when the course changed meanwhile. */
  async seatBatch(
    row: TrainingEventRow,
    seated: readonly Types.ObjectId[],
    waiting: readonly Types.ObjectId[],
  ): Promise<boolean> {
    const result = await this.model
      .updateOne(
        {
          _id: row._id,
          status: 'open',
          capacity: row.capacity,
          enrolledCount: row.enrolledCount,
          waitingCount: row.waitingCount,
        },
        {
          $push: { seatHolders: { $each: [...seated] }, waitlist: { $each: [...waiting] } },
          $inc: { enrolledCount: seated.length, waitingCount: waiting.length },
        },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  async leaveSeat(eventId: Types.ObjectId, enrolmentId: Types.ObjectId): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { _id: eventId, seatHolders: enrolmentId },
        { $pull: { seatHolders: enrolmentId }, $inc: { enrolledCount: -1 } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  async leaveWaitlist(eventId: Types.ObjectId, enrolmentId: Types.ObjectId): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { _id: eventId, waitlist: enrolmentId },
        { $pull: { waitlist: enrolmentId }, $inc: { waitingCount: -1 } },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /** Moves the first on the waiting list to a free seat, if both exist: one conditional write. */
  async promoteFirst(row: TrainingEventRow): Promise<boolean> {
    const first = row.waitlist[0];
    if (!first || row.enrolledCount >= row.capacity) return false;
    const result = await this.model
      .updateOne(
        {
          _id: row._id,
          capacity: row.capacity,
          enrolledCount: trusted({ $lt: row.capacity }),
          'waitlist.0': first,
        },
        {
          $pop: { waitlist: -1 },
          $push: { seatHolders: first },
          $inc: { enrolledCount: 1, waitingCount: -1 },
        },
      )
      .exec();
    return result.modifiedCount === 1;
  }
}
