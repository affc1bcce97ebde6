import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, trusted, type Model, type QueryFilter, type UpdateQuery } from 'mongoose';
import type { Caller, EloCloudEvent, ListPartnershipsQuery, Page } from '@elo/contracts';
import { pushOutbox, withOutbox } from '@elo/events';
import { cursorFilter, toPage } from '@elo/persistence';
import { addDays } from '../common/clock';
import { escapeRegex, searchPattern } from '@elo/persistence';
import { LIVE_STATUSES } from './lifecycle';
import type { PartnershipRow } from './partnership.mapper';
import { PartnershipRecord } from './partnership.schema';

const WITHOUT_OUTBOX = { outbox: 0 } as const;
/** Whoever may see every agreement, restricted ones included. */
export const SEES_ALL_ROLES = ['coordinator'] as const;

export function seesAll(caller: Caller): boolean {
  return caller.roles.some((r) => (SEES_ALL_ROLES as readonly string[]).includes(r));
}

/** Restricted agreements only for their parties and coordinators: others cannot tell they exist. */
export function visibleTo(caller: Caller): QueryFilter<PartnershipRecord> {
  if (seesAll(caller)) return {};
  return { $or: [{ confidentiality: 'public' }, { partyInstitutionIds: caller.institutionId }] };
}

@Injectable()
export class PartnershipRepository {
  constructor(@InjectModel(PartnershipRecord.name) private readonly model: Model<PartnershipRecord>) {}

  outboxDocument(row: PartnershipRow): { collection: string; id: Types.ObjectId } {
    return { collection: this.model.collection.name, id: row._id };
  }

  findVisible(id: string, caller: Caller): Promise<PartnershipRow | null> {
    return this.model
      .findOne({ _id: new Types.ObjectId(id), ...visibleTo(caller) }, WITHOUT_OUTBOX)
      .lean<PartnershipRow>()
      .exec();
  }

  async insert(
    doc: Partial<PartnershipRecord>,
    events: readonly EloCloudEvent[],
    id = new Types.ObjectId(),
  ): Promise<PartnershipRow> {
    const created = await this.model.create(withOutbox({ ...doc, _id: id }, events));
    return created.toObject<PartnershipRow>();
  }

  async list(query: ListPartnershipsQuery, caller: Caller, today: string): Promise<Page<PartnershipRow>> {
    const and: QueryFilter<PartnershipRecord>[] = [visibleTo(caller), cursorFilter(query.cursor)].filter(
      (f) => Object.keys(f).length > 0,
    );
    if (query.kind) and.push({ kind: query.kind });
    if (query.sector) and.push({ sector: query.sector });
    if (query.status) and.push({ status: query.status });
    if (query.institution) and.push({ partyInstitutionIds: query.institution });
    if (query.country) and.push({ countries: query.country });
    if (query.activity) and.push({ activityCodes: query.activity });
    if (query.action) and.push({ activityCodes: trusted({ $regex: `^${escapeRegex(query.action)}\\.` }) });
    if (query.q) and.push({ searchText: trusted({ $regex: searchPattern(query.q) }) });
    if (query.expiringWithinDays !== undefined)
      and.push({
        status: 'in_force',
        effectiveUntil: trusted({ $gte: today, $lte: addDays(today, query.expiringWithinDays) }),
      });
    const rows = await this.model
      .find(and.length ? { $and: and } : {}, WITHOUT_OUTBOX)
      .sort({ _id: 1 })
      .limit(query.limit + 1)
      .lean<PartnershipRow[]>()
      .exec();
    return toPage(rows, query.limit, (row) => row);
  }

  /** Every agreement, for the coordinators' summary. */
  all(): Promise<PartnershipRow[]> {
    return this.model
      .find({}, { ...WITHOUT_OUTBOX, transitions: 0, amendments: 0 })
      .lean<PartnershipRow[]>()
      .exec();
  }

  /** Agreements the calendar may act on: signed, in force or suspended. */
  live(): Promise<PartnershipRow[]> {
    return this.model
      .find({ status: trusted({ $in: [...LIVE_STATUSES] }) }, WITHOUT_OUTBOX)
      .sort({ _id: 1 })
      .lean<PartnershipRow[]>()
      .exec();
  }

  /**
   * One write at `expectedVersion` (and `guard`): the change, a version bump and its events. Null
   * when someone else changed the agreement first or the guard no longer holds.
   */
  updateAtVersion(
    id: Types.ObjectId,
    expectedVersion: number,
    update: UpdateQuery<PartnershipRecord>,
    events: readonly EloCloudEvent[],
    guard: QueryFilter<PartnershipRecord> = {},
  ): Promise<PartnershipRow | null> {
    return this.model
      .findOneAndUpdate(
        { ...guard, _id: id, __v: expectedVersion },
        pushOutbox({ ...update, $inc: { __v: 1 } }, events),
        { returnDocument: 'after', runValidators: true, projection: WITHOUT_OUTBOX },
      )
      .lean<PartnershipRow>()
      .exec();
  }

  /**
   * A write that only happens while `guard` holds (a status, a marker not yet set), whatever the
   * version: replicas racing on the same calendar fact queue its events once.
   */
  async updateIf(
    id: Types.ObjectId,
    guard: QueryFilter<PartnershipRecord>,
    update: UpdateQuery<PartnershipRecord>,
    events: readonly EloCloudEvent[],
  ): Promise<PartnershipRow | null> {
    return this.model
      .findOneAndUpdate({ ...guard, _id: id }, pushOutbox({ ...update, $inc: { __v: 1 } }, events), {
        returnDocument: 'after',
        projection: WITHOUT_OUTBOX,
      })
      .lean<PartnershipRow>()
      .exec();
  }

  /** Marks a calendar notice sent and queues its event, unless some process already did. */
  async notice(
    id: Types.ObjectId,
    field: 'expiringNotices' | 'overdueNotices',
    key: string,
    alsoCovered: readonly string[],
    guard: QueryFilter<PartnershipRecord>,
    event: EloCloudEvent,
  ): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { ...guard, _id: id, [field]: trusted({ $ne: key }) },
        pushOutbox({ $addToSet: { [field]: { $each: [key, ...alsoCovered] } } }, [event]),
        { timestamps: false },
      )
      .exec();
    return result.modifiedCount === 1;
  }

  /** Links an agreement to its renewal; once only. */
  async markRenewed(id: Types.ObjectId, renewalId: string): Promise<void> {
    await this.model
      .updateOne(
        { _id: id, renewedBy: trusted({ $exists: false }) },
        { $set: { renewedBy: renewalId }, $inc: { __v: 1 } },
      )
      .exec();
  }

  existsRenewalOf(id: string): Promise<PartnershipRow | null> {
    return this.model.findOne({ renewalOf: id }, { _id: 1 }).lean<PartnershipRow>().exec();
  }

  async insertSeed(doc: Partial<PartnershipRecord> & { seedKey: string }): Promise<boolean> {
    const result = await this.model
      .updateOne({ seedKey: doc.seedKey }, { $setOnInsert: { ...doc, __v: 0 } }, { upsert: true })
      .exec();
    return result.upsertedCount === 1;
  }
}
