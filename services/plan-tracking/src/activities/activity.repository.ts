import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, QueryFilter, UpdateQuery } from 'mongoose';
import {
  CLOSED_ACTIVITY_STATUSES,
  type ActivitySummary,
  type EloCloudEvent,
  type ListActivitiesQuery,
  type Page,
} from '@elo/contracts';
import { pushOutbox } from '@elo/events';
import { decodeCodeCursor, toCodePage } from '../common/code-order';
import { searchPattern } from '../common/search-text';
import { toSummary, type ActivityRow } from './activity.mapper';
import { ActivityRecord } from './activity.schema';

const WITHOUT_OUTBOX = { outbox: 0 } as const;

@Injectable()
export class ActivityRepository {
  constructor(@InjectModel(ActivityRecord.name) private readonly model: Model<ActivityRecord>) {}

  /** Names a written activity to the outbox relay, which then reads just that one. */
  outboxDocument(row: ActivityRow): { collection: string; id: ActivityRow['_id'] } {
    return { collection: this.model.collection.name, id: row._id };
  }

  findByCode(code: string): Promise<ActivityRow | null> {
    return this.model.findOne({ code }, WITHOUT_OUTBOX).lean<ActivityRow>().exec();
  }

  async list(query: ListActivitiesQuery, today: string): Promise<Page<ActivitySummary>> {
    const filter: QueryFilter<ActivityRecord> = {
      ...(query.cursor ? { sortKey: { $gt: decodeCodeCursor(query.cursor) } } : {}),
      ...(query.axis !== undefined ? { axis: query.axis } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.institution
        ? { $or: [{ leadInstitutionId: query.institution }, { partnerInstitutionIds: query.institution }] }
        : {}),
      ...(query.q ? { searchText: { $regex: searchPattern(query.q) } } : {}),
    };
    const rows = await this.model
      .find(filter, { ...WITHOUT_OUTBOX, indicators: 0, evidence: 0, appliedReportIds: 0 })
      .sort({ sortKey: 1 })
      .limit(query.limit + 1)
      .lean<ActivityRow[]>()
      .exec();
    return toCodePage(rows, query.limit, (row) => toSummary(row, today));
  }

  /** Every activity, light, for the dashboard (108 of them). */
  all(): Promise<ActivityRow[]> {
    return this.model
      .find({}, { ...WITHOUT_OUTBOX, indicators: 0, evidence: 0, appliedReportIds: 0 })
      .sort({ sortKey: 1 })
      .lean<ActivityRow[]>()
      .exec();
  }

  async existingCodes(codes: readonly string[]): Promise<Set<string>> {
    const rows = await this.model
      .find({ code: { $in: [...new Set(codes)] } }, { code: 1 })
      .lean<{ code: string }[]>()
      .exec();
    return new Set(rows.map((r) => r.code));
  }

  /**
   * One write at `expectedVersion`: the change, a version bump and its events. Null when someone
   * else changed the activity first, or when `guard` (e.g. "report not yet applied") no longer holds.
   */
  async updateAtVersion(
    code: string,
    expectedVersion: number,
    update: UpdateQuery<ActivityRecord>,
    events: readonly EloCloudEvent[],
    guard: QueryFilter<ActivityRecord> = {},
  ): Promise<ActivityRow | null> {
    return this.model
      .findOneAndUpdate(
        { ...guard, code, __v: expectedVersion },
        pushOutbox({ ...update, $inc: { __v: 1 } }, events),
        { returnDocument: 'after', runValidators: true, projection: WITHOUT_OUTBOX },
      )
      .lean<ActivityRow>()
      .exec();
  }

  /** Activities whose due date is before `today`, still open, and not yet announced as overdue. */
  async overdueCandidates(today: string): Promise<ActivityRow[]> {
    return this.model
      .find(overdueFilter(today), WITHOUT_OUTBOX)
      .sort({ sortKey: 1 })
      .lean<ActivityRow[]>()
      .exec();
  }

  /**
   * Marks one activity overdue and queues its event in the same write; the filter repeats the
   * conditions, so replicas racing on the same activity queue it once.
   */
  async markOverdue(code: string, today: string, event: EloCloudEvent): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { ...overdueFilter(today), code },
        pushOutbox({ $set: { overdueNotifiedAt: new Date() } }, [event]),
        {
          timestamps: false,
        },
      )
      .exec();
    return result.modifiedCount === 1;
  }
}

function overdueFilter(today: string): QueryFilter<ActivityRecord> {
  return {
    dueDate: { $lt: today },
    status: { $nin: [...CLOSED_ACTIVITY_STATUSES] },
    overdueNotifiedAt: null,
  };
}
