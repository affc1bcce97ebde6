import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, trusted, type Model } from 'mongoose';
import type {
  EloCloudEvent,
  ListReportsQuery,
  Page,
  ProgressReport,
  ReportActor,
  ReportStatus,
  SubmitReportInput,
} from '@elo/contracts';
import { Outbox } from '@elo/events';
import { AggregateRepository, parseObjectId, type AggregateRow } from '@elo/persistence';
import { ReportRecord } from './report.schema';
import { visibilityFilter, type ReportVisibility } from './report-visibility';

export type ReportRow = AggregateRow<ReportRecord>;

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
export class ReportRepository extends AggregateRepository<ReportRecord, ProgressReport> {
  constructor(@InjectModel(ReportRecord.name) model: Model<ReportRecord>, outbox: Outbox) {
    super(model, outbox);
  }

  protected toContract(row: ReportRow): ProgressReport {
    return toReport(row);
  }

  /** A new id, so the report's own event can name it in the same insert. */
  newId(): Types.ObjectId {
    return new Types.ObjectId();
  }

  create(
    id: Types.ObjectId,
    activityCode: string,
    input: SubmitReportInput,
    submittedBy: ReportActor,
    events: readonly EloCloudEvent[],
  ): Promise<ProgressReport> {
    return this.insert(
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
    );
  }

  find(activityCode: string, id: string): Promise<ReportRow | null> {
    return this.findRow({ _id: parseObjectId(id), activityCode });
  }

  list(query: ListReportsQuery, visibility: ReportVisibility): Promise<Page<ProgressReport>> {
    return this.findPage(
      {
        activityCode: query.code,
        ...(query.status ? { status: query.status } : {}),
        ...visibilityFilter(visibility),
      },
      query,
    );
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
    return this.updateWhere(
      { _id: parseObjectId(id), activityCode, status: 'pending' },
      { $set: set },
      events,
    );
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
      .find(
        { status: 'approved', applied: false, ...(after ? { _id: trusted({ $gt: after }) } : {}) },
        this.projection(),
      )
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
