import {
  DomainError,
  comparePeriods,
  isReportingPeriod,
  validationError,
  type ActivityStatus,
  type Caller,
  type Evidence,
  type Indicator,
  type ProgressReport,
  type ReportStatus,
  type SubmitReportInput,
} from '@elo/contracts';
import { callerHasRole } from '@elo/messaging';
import { withPeriodValue } from '../common/period-values';

export type ReportDecision = 'approve' | 'return';

/** pending → approved | returned; a decided report is final (a returned one is resubmitted as a new report). */
export function nextReportStatus(current: ReportStatus, decision: ReportDecision): ReportStatus {
  if (current !== 'pending') {
    throw new DomainError(
      'PLAN.REPORT_NOT_PENDING',
      `The report was already ${current}; only a pending report can be decided.`,
    );
  }
  return decision === 'approve' ? 'approved' : 'returned';
}

/** A coordinator, or an agency of the lead or a partner institution. */
export function assertMaySubmit(
  caller: Caller,
  activity: { leadInstitutionId?: string; partnerInstitutionIds: string[] },
): void {
  if (callerHasRole(caller, 'coordinator')) return;
  if (!callerHasRole(caller, 'agency')) {
    throw new DomainError(
      'AUTH.FORBIDDEN',
      'Only a coordinator or an agency of the lead or a partner institution may report.',
    );
  }
  const participants = [activity.leadInstitutionId, ...activity.partnerInstitutionIds];
  if (!participants.includes(caller.institutionId)) {
    throw new DomainError(
      'PLAN.NOT_A_PARTICIPANT',
      'Your institution is neither the lead nor a partner of this activity.',
    );
  }
}

/** Re-checks what the gateway validates, plus what only the activity knows: its indicator keys. */
export function assertValidReport(
  input: SubmitReportInput,
  indicators: readonly Pick<Indicator, 'key'>[],
): void {
  if (!isReportingPeriod(input.period))
    throw validationError('period', 'must be a quarter from 2024-Q1 to 2028-Q4, e.g. 2025-Q3');
  if (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100) {
    throw validationError('progress', 'must be an integer from 0 to 100');
  }
  if (!input.narrative?.trim()) throw validationError('narrative', 'must not be empty');
  const values = input.indicatorValues ?? [];
  const keys = values.map((v) => v.indicatorKey);
  const repeated = keys.find((k, i) => keys.indexOf(k) !== i);
  if (repeated) throw validationError('indicatorValues', `indicator '${repeated}' appears twice`);
  if (values.some((v) => !Number.isFinite(v.value)))
    throw validationError('indicatorValues', 'values must be numbers');
  const known = new Set(indicators.map((i) => i.key));
  const unknown = keys.filter((k) => !known.has(k));
  if (unknown.length) {
    throw new DomainError(
      'PLAN.UNKNOWN_INDICATOR',
      `The activity has no indicator ${unknown.join(', ')}.`,
      unknown.map((k) => ({ field: 'indicatorValues', message: `unknown indicator '${k}'` })),
    );
  }
}

export interface ApplicableActivity {
  status: ActivityStatus;
  progress: number;
  progressPeriod?: string;
  indicators: Indicator[];
}

export interface ReportApplication {
  progress: number;
  progressPeriod?: string;
  status: ActivityStatus;
  indicators: Indicator[];
  evidence: Evidence[];
  statusChange?: { from: ActivityStatus; to: ActivityStatus };
}

/**
 * What an approved report does to its activity. Progress follows the latest period approved (an
 * older period's report approved later does not move it back); indicator values are set for the
 * report's period; reported evidence is appended. A report that moves progress above 0 starts a
 * not-started activity, one at 100 completes it; a cancelled activity keeps its status.
 */
export function applyApprovedReport(
  activity: ApplicableActivity,
  report: ProgressReport,
  decidedAt: Date,
): ReportApplication {
  const movesProgress =
    !activity.progressPeriod || comparePeriods(report.period, activity.progressPeriod) >= 0;
  const progress = movesProgress ? report.progress : activity.progress;
  const progressPeriod = movesProgress ? report.period : activity.progressPeriod;
  let status = activity.status;
  if (movesProgress && status !== 'cancelled') {
    if (progress === 100) status = 'completed';
    else if (status === 'not_started' && progress > 0) status = 'in_progress';
  }
  const valueOf = new Map(report.indicatorValues.map((v) => [v.indicatorKey, v.value]));
  const indicators = activity.indicators.map((indicator) => {
    const value = valueOf.get(indicator.key);
    if (value === undefined) return indicator;
    return { ...indicator, values: withPeriodValue(indicator.values, report.period, value) };
  });
  const evidence = reportEvidence(report, decidedAt);
  return {
    progress,
    ...(progressPeriod ? { progressPeriod } : {}),
    status,
    indicators,
    evidence,
    ...(status !== activity.status ? { statusChange: { from: activity.status, to: status } } : {}),
  };
}

/** A report's evidence items as the activity's evidence entries, keyed by the report. */
export function reportEvidence(report: ProgressReport, decidedAt: Date): Evidence[] {
  return report.evidence.map((item, i) => ({
    id: `report-${report.id}-${i + 1}`,
    kind: 'report',
    title: item.title,
    date: decidedAt.toISOString(),
    ...(item.description ? { description: item.description } : {}),
    ...(item.url ? { url: item.url } : {}),
    sourceId: report.id,
  }));
}
