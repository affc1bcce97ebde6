import { Injectable } from '@nestjs/common';
import { trusted } from 'mongoose';
import { DomainError, LATEST_EVIDENCE, type EloCloudEvent, type ProgressReport } from '@elo/contracts';
import { Outbox } from '@elo/events';
import { writeAtVersion } from '@elo/persistence';
import { toIndicator } from '../activities/activity.mapper';
import { ActivityRepository } from '../activities/activity.repository';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { involvedIn } from '../common/caller-rules';
import { applyApprovedReport } from './report-rules';
import { ReportRepository } from './report.repository';

const MAX_ATTEMPTS = 5;

/**
 * Applies an approved report to its activity: the second of the approval's writes. The report's
 * evidence entries are staged first (unapplied, keyed by the report); the activity write is guarded by
 * `appliedReportIds: { $ne: reportId }`, so running it again (an approve retry, or ApprovalResumer after
 * a crash) has no second effect. Then the entries and the report are marked applied.
 */
@Injectable()
export class ApprovalApplier {
  constructor(
    private readonly activities: ActivityRepository,
    private readonly evidence: EvidenceRepository,
    private readonly reports: ReportRepository,
    private readonly outbox: Outbox,
  ) {}

  async apply(report: ProgressReport): Promise<void> {
    if (report.status !== 'approved')
      throw new Error(`Report ${report.id} is ${report.status}, not approved`);
    const code = report.activityCode;
    const decidedAt = report.decidedAt ? new Date(report.decidedAt) : new Date();
    await writeAtVersion({
      what: `Activity ${code}`,
      attempts: MAX_ATTEMPTS,
      conflictHint: 'the approval will be applied shortly',
      read: async () => {
        const activity = await this.activities.findByCode(code);
        if (!activity) throw new DomainError('PLAN.ACTIVITY_NOT_FOUND', `No activity with code ${code}.`);
        return activity;
      },
      version: (activity) => activity.__v,
      write: async (activity) => {
        if ((activity.appliedReportIds ?? []).includes(report.id)) return 'applied before';
        const result = applyApprovedReport(
          {
            status: activity.status,
            progress: activity.progress,
            ...(activity.progressPeriod ? { progressPeriod: activity.progressPeriod } : {}),
            indicators: (activity.indicators ?? []).map(toIndicator),
          },
          report,
          decidedAt,
        );
        await this.evidence.stage(code, result.evidence);
        const events: EloCloudEvent[] = result.statusChange
          ? [
              this.outbox.event('activity.status-changed', code, {
                code,
                ...result.statusChange,
                cause: 'report_approved',
                changedBy: report.decidedBy ?? report.submittedBy,
                ...involvedIn(activity),
              }),
            ]
          : [];
        const updated = await this.activities.changeAtVersion(
          code,
          activity.__v,
          {
            $set: {
              progress: result.progress,
              ...(result.progressPeriod ? { progressPeriod: result.progressPeriod } : {}),
              status: result.status,
              indicators: result.indicators,
            },
            $inc: { evidenceCount: result.evidence.length },
            $push: {
              appliedReportIds: report.id,
              evidence: { $each: result.evidence, $slice: -LATEST_EVIDENCE },
            },
          },
          events,
          { appliedReportIds: trusted({ $ne: report.id }) },
        );
        // Null: the activity changed meanwhile (or the report got applied by someone else); look again.
        return updated && 'applied';
      },
    });
    await this.evidence.markReportApplied(code, report.id);
    await this.reports.markApplied(report.id);
  }
}
