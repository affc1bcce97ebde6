import type { ReportStatus } from './plan';

export interface ReportActor {
  clientId: string;
  institutionId: string;
}

export interface ReportIndicatorValue {
  indicatorKey: string;
  value: number;
}

export interface ReportEvidence {
  title: string;
  url?: string;
  description?: string;
}

export interface SubmitReportInput {
  /** "YYYY-Qn" within 2024-Q1 … 2028-Q4. */
  period: string;
  /** 0–100. */
  progress: number;
  narrative: string;
  indicatorValues?: ReportIndicatorValue[];
  evidence?: ReportEvidence[];
}

/** A progress report for one period; only an approved one moves the activity (DHIS2-style data approval). */
export interface ProgressReport {
  id: string;
  activityCode: string;
  period: string;
  progress: number;
  narrative: string;
  indicatorValues: ReportIndicatorValue[];
  evidence: ReportEvidence[];
  status: ReportStatus;
  submittedBy: ReportActor;
  submittedAt: string;
  decidedBy?: ReportActor;
  decidedAt?: string;
  /** Why it was returned. */
  reason?: string;
  version: number;
}

export interface ListReportsQuery {
  code: string;
  limit: number;
  cursor?: string;
  status?: ReportStatus;
}
