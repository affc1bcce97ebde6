import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { trusted, type Model, type QueryFilter, type UpdateQuery } from 'mongoose';
import {
  CLOSED_ACTIVITY_STATUSES,
  utcDay,
  type Activity,
  type ActivitySummary,
  type EloCloudEvent,
  type ListActivitiesQuery,
  type Page,
} from '@elo/contracts';
import { Outbox, pushOutbox } from '@elo/events';
import { AggregateRepository } from '@elo/persistence';
import { decodeCodeCursor, toCodePage } from '../common/code-order';
import { searchPattern } from '@elo/persistence';
import { toActivity, toSummary, type ActivityRow } from './activity.mapper';
import { ActivityRecord } from './activity.schema';

// Lists and the dashboard leave out what only one activity's page shows.
const LIGHT = ['indicators', 'evidence', 'evidenceInFlight', 'appliedReportIds'];

@Injectable()
export class ActivityRepository extends AggregateRepository<ActivityRecord, Activity> {
  constructor(@InjectModel(ActivityRecord.name) model: Model<ActivityRecord>, outbox: Outbox) {
    super(model, outbox);
  }

  protected toContract(row: ActivityRow): Activity {
    return toActivity(row, utcDay());
  }

  get(code: string): Promise<Activity | null> {
    return this.findOne({ code });
  }

  /** The stored state, for the rules of a write. */
  findByCode(code: string): Promise<ActivityRow | null> {
    return this.findRow({ code });
  }

  async list(query: ListActivitiesQuery, today: string): Promise<Page<ActivitySummary>> {
    const filter: QueryFilter<ActivityRecord> = {
      ...(query.cursor ? { sortKey: trusted({ $gt: decodeCodeCursor(query.cursor) }) } : {}),
      ...(query.axis !== undefined ? { axis: query.axis } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.institution
        ? { $or: [{ leadInstitutionId: query.institution }, { partnerInstitutionIds: query.institution }] }
        : {}),
      ...(query.q ? { searchText: trusted({ $regex: searchPattern(query.q) }) } : {}),
    };
    const rows = await this.model
      .find(filter, this.projection(LIGHT))
      .sort({ sortKey: 1 })
      .limit(query.limit + 1)
      .lean<ActivityRow[]>()
      .exec();
    return toCodePage(rows, query.limit, (row) => toSummary(row, today));
  }

  /** Every activity, light, for the dashboard (108 of them). */
  all(): Promise<ActivityRow[]> {
    return this.model.find({}, this.projection(LIGHT)).sort({ sortKey: 1 }).lean<ActivityRow[]>().exec();
  }

  async existingCodes(codes: readonly string[]): Promise<Set<string>> {
    const rows = await this.model
      .find({ code: trusted({ $in: [...new Set(codes)] }) }, { code: 1 })
      .lean<{ code: string }[]>()
      .exec();
    return new Set(rows.map((r) => r.code));
  }

  /**
   * One write at `expectedVersion`: the change, a version bump and its events (the relay is woken).
   * Null when someone else changed the activity first, or when `guard` (e.g. "report not yet applied")
   * no longer holds.
   */
  changeAtVersion(
    code: string,
    expectedVersion: number,
    update: UpdateQuery<ActivityRecord>,
    events: readonly EloCloudEvent[] = [],
    guard: QueryFilter<ActivityRecord> = {},
  ): Promise<ActivityRow | null> {
    return this.updateAtVersion({ ...guard, code }, expectedVersion, update, events);
  }

  /** Forgets an evidence key once its entry is marked applied; bookkeeping, so no new version. */
  async settleEvidence(code: string, key: string): Promise<void> {
    await this.model.updateOne({ code }, { $pull: { evidenceInFlight: key } }, { timestamps: false }).exec();
  }

  /** Activities whose due date is before `today`, still open, and not yet announced as overdue. */
  async overdueCandidates(today: string): Promise<ActivityRow[]> {
    return this.model
      .find(overdueFilter(today), this.projection())
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
    dueDate: trusted({ $lt: today }),
    status: trusted({ $nin: [...CLOSED_ACTIVITY_STATUSES] }),
    overdueNotifiedAt: null,
  };
}
