import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, trusted, type Model, type QueryFilter, type UpdateQuery } from 'mongoose';
import type { Caller, EloCloudEvent, ListPartnershipsQuery, Page } from '@elo/contracts';
import { Outbox, pushOutbox, withOutbox } from '@elo/events';
import { AggregateRepository, escapeRegex, searchPattern } from '@elo/persistence';
import { addDays } from '../common/clock';
import { LIVE_STATUSES } from './lifecycle';
import type { PartnershipRow } from './partnership.mapper';
import { PartnershipRecord } from './partnership.schema';

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

/**
 * Agreements on the shared aggregate base: lean rows, cursor pages, and writes that carry their events
 * and wake the relay. The service maps rows to the contract (the view depends on today's date).
 * Every operator written here is wrapped in `trusted()`: the connection sanitizes filters.
 */
@Injectable()
export class PartnershipRepository extends AggregateRepository<PartnershipRecord, PartnershipRow> {
  constructor(
    @InjectModel(PartnershipRecord.name) model: Model<PartnershipRecord>,
    private readonly outbox: Outbox,
  ) {
    super(model, outbox);
  }

  protected toContract(row: PartnershipRow): PartnershipRow {
    return row;
  }

  findVisible(id: string, caller: Caller): Promise<PartnershipRow | null> {
    return this.findRow({ _id: new Types.ObjectId(id), ...visibleTo(caller) });
  }

  /** A new agreement (version 0) and the events its creation causes, in one write. */
  create(
    doc: Partial<PartnershipRecord>,
    events: readonly EloCloudEvent[],
    id = new Types.ObjectId(),
  ): Promise<PartnershipRow> {
    return this.insert({ ...doc, _id: id }, events);
  }

  list(query: ListPartnershipsQuery, caller: Caller, today: string): Promise<Page<PartnershipRow>> {
    const and: QueryFilter<PartnershipRecord>[] = [visibleTo(caller)].filter(
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
    return this.findPage(and.length ? { $and: and } : {}, query);
  }

  /** Every agreement, for the coordinators' summary. */
  all(): Promise<PartnershipRow[]> {
    return this.model
      .find({}, this.projection(['transitions', 'amendments']))
      .lean<PartnershipRow[]>()
      .exec();
  }

  /** Agreements the calendar may act on: signed, in force or suspended. */
  live(): Promise<PartnershipRow[]> {
    return this.model
      .find({ status: trusted({ $in: [...LIVE_STATUSES] }) }, this.projection())
      .sort({ _id: 1 })
      .lean<PartnershipRow[]>()
      .exec();
  }

  /**
   * One write at `expectedVersion` (and `guard`): the change, a version bump and its events. Null
   * when someone else changed the agreement first or the guard no longer holds.
   */
  writeAt(
    id: Types.ObjectId,
    expectedVersion: number,
    update: UpdateQuery<PartnershipRecord>,
    events: readonly EloCloudEvent[],
    guard: QueryFilter<PartnershipRecord> = {},
  ): Promise<PartnershipRow | null> {
    return this.updateAtVersion({ ...guard, _id: id }, expectedVersion, update, events);
  }

  /**
   * A write that only happens while `guard` holds (a status, a marker not yet set), whatever the
   * version: replicas racing on the same calendar fact queue its events once.
   */
  updateIf(
    id: Types.ObjectId,
    guard: QueryFilter<PartnershipRecord>,
    update: UpdateQuery<PartnershipRecord>,
    events: readonly EloCloudEvent[],
  ): Promise<PartnershipRow | null> {
    return this.updateWhere({ ...guard, _id: id }, update, events);
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

  /** Inserts a seed record and its events if its key is absent: replicas and restarts insert it once. */
  async insertSeed(
    doc: Partial<PartnershipRecord> & { _id: Types.ObjectId; seedKey: string },
    events: readonly EloCloudEvent[],
  ): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { seedKey: doc.seedKey },
        { $setOnInsert: { ...withOutbox(doc, events), __v: 0 } },
        { upsert: true },
      )
      .exec();
    if (result.upsertedCount === 1 && events.length)
      this.outbox.written({ collection: this.model.collection.name, id: doc._id });
    return result.upsertedCount === 1;
  }
}
