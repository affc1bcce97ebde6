import { z } from 'zod';
import { d, isoTimeSchema as isoTime } from '../view-meta';
import { pageSchema } from '../pagination';
import { REPORT_STATUSES, type ReportStatus } from './plan';

export const reportActorSchema = z
  .object({
    clientId: z.string().meta(d('API client id')),
    institutionId: z.string().meta(d('Institution the client acts for')),
  })
  .meta(d('Who acted'));
export type ReportActor = z.infer<typeof reportActorSchema>;

export const reportIndicatorValueViewSchema = z.object({
  indicatorKey: z
    .string()
    .meta({ description: 'Key of one of the activity’s indicators', example: 'professionals-trained' }),
  value: z.number().meta({ description: 'Value for the report’s period', example: 120 }),
});
export type ReportIndicatorValue = z.infer<typeof reportIndicatorValueViewSchema>;

export const reportEvidenceViewSchema = z.object({
  title: z.string().meta({ description: 'What it is', example: 'Ata da reunião do CONATRAP' }),
  url: z.string().optional().meta(d('Link to the document (http or https)')),
  description: z.string().optional().meta(d('Details')),
});
export type ReportEvidence = z.infer<typeof reportEvidenceViewSchema>;

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
export const progressReportSchema = z
  .object({
    id: z.string().meta(d('Report id')),
    activityCode: z.string().meta(d('Activity code')),
    period: z.string().meta({ description: 'Reporting period', example: '2025-Q3' }),
    progress: z.number().meta(d('Progress reported, 0–100')),
    narrative: z.string().meta(d('What was done')),
    indicatorValues: z.array(reportIndicatorValueViewSchema).meta(d('Indicator values reported')),
    evidence: z.array(reportEvidenceViewSchema).meta(d('Evidence reported')),
    status: z.enum(REPORT_STATUSES).meta(d('pending until a coordinator approves or returns it')),
    submittedBy: reportActorSchema.meta(d('Who submitted it')),
    submittedAt: isoTime('Submission time'),
    decidedBy: reportActorSchema.optional().meta(d('Who decided it')),
    decidedAt: isoTime('Decision time').optional(),
    reason: z.string().optional().meta(d('Why it was returned')),
    version: z.number().int().meta(d('Version, incremented on every change')),
  })
  .meta(d('A progress report of an activity'));
export type ProgressReport = z.infer<typeof progressReportSchema>;

export const progressReportPageSchema = pageSchema(
  progressReportSchema,
  'This page of reports, oldest first',
);

export interface ListReportsQuery {
  code: string;
  limit: number;
  cursor?: string;
  status?: ReportStatus;
}
