import { Injectable } from '@nestjs/common';
import { DomainError, type EloCloudEvent, type ProgressReport } from '@elo/contracts';
import { Outbox } from '@elo/events';
import { toIndicator } from '../activities/activity.mapper';
import { ActivityRepository } from '../activities/activity.repository';
import { applyApprovedReport } from './report-rules';
import { ReportRepository } from './report.repository';

const MAX_ATTEMPTS = 5;

/**
 * Applies an approved report to its activity: the second of the approval's two writes. The activity
 * write is guarded by `appliedReportIds: { $ne: reportId }`, so running it again (an approve retry,
 * or ApprovalResumer after a crash) has no second effect. The report is then marked applied.
 */
@Injectable()
export class ApprovalApplier {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly reports: ReportRepository,
    private readonly outbox: Outbox,
  ) {}

  async apply(report: ProgressReport): Promise<void> {
    if (report.status !== 'approved')
      throw new Error(`Report ${report.id} is ${report.status}, not approved`);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const activity = await this.activities.findByCode(report.activityCode);
      if (!activity)
        throw new DomainError('PLAN.ACTIVITY_NOT_FOUND', `No activity with code ${report.activityCode}.`);
      if (!(activity.appliedReportIds ?? []).includes(report.id)) {
        const result = applyApprovedReport(
          {
            status: activity.status,
            progress: activity.progress,
            ...(activity.progressPeriod ? { progressPeriod: activity.progressPeriod } : {}),
            indicators: (activity.indicators ?? []).map(toIndicator),
          },
          report,
          report.decidedAt ? new Date(report.decidedAt) : new Date(),
        );
        const events: EloCloudEvent[] = result.statusChange
          ? [
              this.outbox.event('activity.status-changed', activity.code, {
                code: activity.code,
                ...result.statusChange,
                cause: 'report_approved',
                changedBy: report.decidedBy ?? report.submittedBy,
              }),
            ]
          : [];
        const updated = await this.activities.updateAtVersion(
          activity.code,
          activity.__v,
          {
            $set: {
              progress: result.progress,
              ...(result.progressPeriod ? { progressPeriod: result.progressPeriod } : {}),
              status: result.status,
              indicators: result.indicators,
            },
            $push: { appliedReportIds: report.id, evidence: { $each: result.evidence } },
          },
          events,
          { appliedReportIds: { $ne: report.id } },
        );
        // Null: the activity changed meanwhile (or the report got applied by someone else); look again.
        if (!updated) continue;
        if (events.length) this.outbox.written(this.activities.outboxDocument(updated));
      }
      await this.reports.markApplied(report.id);
      return;
    }
    throw new DomainError(
      'COMMON.CONCURRENT_MODIFICATION',
      `Activity ${report.activityCode} kept changing; the approval will be applied shortly.`,
    );
  }
}
