import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import type {
  EloCloudEvent,
  ListReportsQuery,
  Page,
  ProgressReport,
  ReportActor,
  ReportStatus,
  SubmitReportInput,
} from '@elo/contracts';
import { pushOutbox, withOutbox } from '@elo/events';
import { cursorFilter, parseObjectId, toPage } from '@elo/persistence';
import { ReportRecord } from './report.schema';

export type ReportRow = ReportRecord & { _id: Types.ObjectId; __v: number };

const WITHOUT_OUTBOX = { outbox: 0 } as const;

export function toReport(row: ReportRow): ProgressReport {
  return {
    id: row._id.toHexString(),
    activityCode: row.activityCode,
    period: row.period,
    progress: row.progress,
    narrative: row.narrative,
    indicatorValues: (row.indicatorValues ?? []).map((v) => ({
      indicatorKey: v.indicatorKey,
      value: v.value,
    })),
    evidence: (row.evidence ?? []).map((e) => ({
      title: e.title,
      ...(e.url ? { url: e.url } : {}),
      ...(e.description ? { description: e.description } : {}),
    })),
    status: row.status,
    submittedBy: { clientId: row.submittedBy.clientId, institutionId: row.submittedBy.institutionId },
    submittedAt: row.createdAt.toISOString(),
    ...(row.decidedBy
      ? { decidedBy: { clientId: row.decidedBy.clientId, institutionId: row.decidedBy.institutionId } }
      : {}),
    ...(row.decidedAt ? { decidedAt: row.decidedAt.toISOString() } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
    version: row.__v,
  };
}

@Injectable()
export class ReportRepository {
  constructor(@InjectModel(ReportRecord.name) private readonly model: Model<ReportRecord>) {}

  /** Names a written report to the outbox relay, which then reads just that one. */
  outboxDocument(id: Types.ObjectId): { collection: string; id: Types.ObjectId } {
    return { collection: this.model.collection.name, id };
  }

  /** A new id, so the report's own event can name it in the same insert. */
  newId(): Types.ObjectId {
    return new Types.ObjectId();
  }

  async create(
    id: Types.ObjectId,
    activityCode: string,
    input: SubmitReportInput,
    submittedBy: ReportActor,
    events: readonly EloCloudEvent[],
  ): Promise<ProgressReport> {
    const doc = await this.model.create(
      withOutbox(
        {
          _id: id,
          activityCode,
          period: input.period,
          progress: input.progress,
          narrative: input.narrative,
          indicatorValues: input.indicatorValues ?? [],
          evidence: input.evidence ?? [],
          status: 'pending' as const,
          submittedBy,
        },
        events,
      ),
    );
    return toReport(doc.toObject<ReportRow>());
  }

  async find(activityCode: string, id: string): Promise<ReportRow | null> {
    return this.model
      .findOne({ _id: parseObjectId(id), activityCode }, WITHOUT_OUTBOX)
      .lean<ReportRow>()
      .exec();
  }

  async list(query: ListReportsQuery): Promise<Page<ProgressReport>> {
    const rows = await this.model
      .find(
        {
          ...cursorFilter(query.cursor),
          activityCode: query.code,
          ...(query.status ? { status: query.status } : {}),
        },
        WITHOUT_OUTBOX,
      )
      .sort({ _id: 1 })
      .limit(query.limit + 1)
      .lean<ReportRow[]>()
      .exec();
    return toPage(rows, query.limit, toReport);
  }

  /**
   * pending → approved/returned in one write guarded by the status, with its event: two coordinators
   * deciding at once cannot both succeed. An approval starts unapplied (see ApprovalApplier).
   */
  decide(
    activityCode: string,
    id: string,
    to: Exclude<ReportStatus, 'pending'>,
    decidedBy: ReportActor,
    events: readonly EloCloudEvent[],
    reason?: string,
  ): Promise<ReportRow | null> {
    const set = {
      status: to,
      decidedBy,
      decidedAt: new Date(),
      applied: false,
      ...(reason ? { reason } : {}),
    };
    return this.model
      .findOneAndUpdate(
        { _id: parseObjectId(id), activityCode, status: 'pending' },
        pushOutbox({ $set: set, $inc: { __v: 1 } }, events),
        { returnDocument: 'after', runValidators: true, projection: WITHOUT_OUTBOX },
      )
      .lean<ReportRow>()
      .exec();
  }

  async markApplied(id: string): Promise<void> {
    await this.model
      .updateOne({ _id: parseObjectId(id), status: 'approved' }, { $set: { applied: true } })
      .exec();
  }

  /**
   * Approvals whose effect on the activity may not have been written (a crash between the two
   * writes), in id order from `after`, so a caller can page past reports it cannot apply.
   */
  unapplied(limit = 100, after?: Types.ObjectId): Promise<ReportRow[]> {
    return this.model
      .find({ status: 'approved', applied: false, ...(after ? { _id: { $gt: after } } : {}) }, WITHOUT_OUTBOX)
      .sort({ _id: 1 })
      .limit(limit)
      .lean<ReportRow[]>()
      .exec();
  }

  /** Pending reports, light, for the dashboard. */
  pending(): Promise<{ activityCode: string; submittedBy: ReportActor }[]> {
    return this.model
      .find({ status: 'pending' }, { activityCode: 1, submittedBy: 1 })
      .lean<{ activityCode: string; submittedBy: ReportActor }[]>()
      .exec();
  }
}
