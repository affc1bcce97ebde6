import { Injectable } from '@nestjs/common';
import {
  DomainError,
  type Caller,
  type ListReportsQuery,
  type Page,
  type ProgressReport,
  type SubmitReportInput,
} from '@elo/contracts';
import { Outbox } from '@elo/events';
import { toIndicator } from '../activities/activity.mapper';
import { ActivityService } from '../activities/activity.service';
import { actorOf, involvedIn } from '../common/caller-rules';
import { ApprovalApplier } from './approval-applier';
import { assertMaySubmit, assertValidReport, nextReportStatus } from './report-rules';
import { ReportRepository, toReport, type ReportRow } from './report.repository';
import { mayRead, reportVisibility } from './report-visibility';

@Injectable()
export class ReportService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly activities: ActivityService,
    private readonly applier: ApprovalApplier,
    private readonly outbox: Outbox,
  ) {}

  async submit(code: string, input: SubmitReportInput, caller: Caller): Promise<ProgressReport> {
    const activity = await this.activities.require(code);
    assertMaySubmit(caller, { ...activity, partnerInstitutionIds: activity.partnerInstitutionIds ?? [] });
    assertValidReport(input, (activity.indicators ?? []).map(toIndicator));
    const id = this.reports.newId();
    const submittedBy = actorOf(caller);
    const event = this.outbox.event('activity.report-submitted', code, {
      reportId: id.toHexString(),
      activityCode: code,
      period: input.period,
      progress: input.progress,
      submittedBy,
      ...involvedIn(activity),
    });
    return this.reports.create(id, code, input, submittedBy, [event]);
  }

  /** The reports the caller may read (see reportVisibility), filtered in the query so pages stay full. */
  async list(query: ListReportsQuery, caller: Caller): Promise<Page<ProgressReport>> {
    await this.activities.require(query.code);
    return this.reports.list(query, reportVisibility(caller));
  }

  /** A report the caller may not read is answered as missing: its existence is not told either. */
  async get(code: string, id: string, caller: Caller): Promise<ProgressReport> {
    const row = await this.require(code, id);
    if (!mayRead(reportVisibility(caller), toReport(row))) throw reportNotFound(code, id);
    return toReport(row);
  }

  /** Approve: the report's decision, then its effect on the activity (resumable, see ApprovalApplier). */
  async approve(code: string, id: string, caller: Caller): Promise<ProgressReport> {
    const current = await this.require(code, id);
    if (current.status === 'approved' && !current.applied) {
      // A previous approval stopped before reaching the activity: finish it, then say it was decided.
      await this.applier.apply(toReport(current));
    }
    nextReportStatus(current.status, 'approve');
    const report = toReport(await this.decide(code, id, current, caller, { to: 'approved' }));
    await this.applier.apply(report);
    return report;
  }

  async returnReport(code: string, id: string, reason: string, caller: Caller): Promise<ProgressReport> {
    const trimmed = reason.trim();
    const current = await this.require(code, id);
    nextReportStatus(current.status, 'return');
    return toReport(await this.decide(code, id, current, caller, { to: 'returned', reason: trimmed }));
  }

  /** The decision and its event in one write guarded by the status: a coordinator who lost the race gets a 409. */
  private async decide(
    code: string,
    id: string,
    current: ReportRow,
    caller: Caller,
    decision: { to: 'approved' } | { to: 'returned'; reason: string },
  ): Promise<ReportRow> {
    const decidedBy = actorOf(caller);
    const activity = await this.activities.require(code);
    const data = {
      reportId: id,
      activityCode: code,
      period: current.period,
      progress: current.progress,
      submittedBy: toReport(current).submittedBy,
      decidedBy,
      ...involvedIn(activity),
    };
    const event =
      decision.to === 'approved'
        ? this.outbox.event('activity.report-approved', code, data)
        : this.outbox.event('activity.report-returned', code, { ...data, reason: decision.reason });
    const reason = decision.to === 'returned' ? decision.reason : undefined;
    const decided = await this.reports.decide(code, id, decision.to, decidedBy, [event], reason);
    if (!decided) throw alreadyDecided();
    return decided;
  }

  private async require(code: string, id: string): Promise<ReportRow> {
    await this.activities.require(code);
    const row = await this.reports.find(code, id);
    if (!row) throw reportNotFound(code, id);
    return row;
  }
}

const reportNotFound = (code: string, id: string) =>
  new DomainError('PLAN.REPORT_NOT_FOUND', `Activity ${code} has no report ${id}.`);
const alreadyDecided = () =>
  new DomainError('PLAN.REPORT_NOT_PENDING', 'The report was decided by someone else meanwhile.');
