import { z } from 'zod';
import type { Page } from '../pagination';
import type { ReadinessReport } from '../rpc';
import { INSTITUTION_ID_PATTERN } from '../directory/institution';
import { TRAINING_AUDIENCES } from '../training/training.events';
import {
  ACTIVITY_STATUSES,
  INDICATOR_KEY_PATTERN,
  type Activity,
  type ActivitySummary,
  type IndicatorInput,
  type ListActionsQuery,
  type ListActivitiesQuery,
  type PlanAction,
  type PlanAxis,
  type UpdateActivityInput,
} from './plan';
import type { PlanDashboard } from './plan-dashboard';
import { REPORTING_PERIOD_PATTERN, planDateSchema } from './plan-period';
import type { ListReportsQuery, ProgressReport, SubmitReportInput } from './plan-report';

/** Request/reply patterns of the plan-tracking service. Writes read the caller from the request context. */
export interface PlanRpc {
  'plan-tracking.health.ready': { request: Record<string, never>; response: ReadinessReport };
  'plan-tracking.axis.list': { request: Record<string, never>; response: { items: PlanAxis[] } };
  'plan-tracking.action.list': { request: ListActionsQuery; response: Page<PlanAction> };
  'plan-tracking.activity.list': { request: ListActivitiesQuery; response: Page<ActivitySummary> };
  'plan-tracking.activity.get': { request: { code: string }; response: Activity };
  'plan-tracking.activity.update': {
    request: { code: string; changes: UpdateActivityInput; expectedVersion?: number };
    response: Activity;
  };
  'plan-tracking.report.submit': {
    request: { code: string; report: SubmitReportInput };
    response: ProgressReport;
  };
  'plan-tracking.report.list': { request: ListReportsQuery; response: Page<ProgressReport> };
  'plan-tracking.report.get': { request: { code: string; id: string }; response: ProgressReport };
  'plan-tracking.report.approve': { request: { code: string; id: string }; response: ProgressReport };
  'plan-tracking.report.return': {
    request: { code: string; id: string; reason: string };
    response: ProgressReport;
  };
  'plan-tracking.dashboard.get': { request: Record<string, never>; response: PlanDashboard };
}

// What plan-tracking checks of its write requests: the gateway's DTO rules again, since any NATS
// client can call the service. Unknown fields are refused, as the gateway refuses them.

export const MAX_PARTNER_INSTITUTIONS = 100;
export const MAX_INDICATORS = 20;
export const MAX_REPORT_ITEMS = 20;

const unique = (values: readonly unknown[]) => new Set(values).size === values.length;
const institutionId = z.string().regex(INSTITUTION_ID_PATTERN, 'must be a 24-character lowercase hex id');
const indicatorKey = z
  .string()
  .regex(INDICATOR_KEY_PATTERN, 'must be 1–50 lowercase letters, digits, - or _');
const text = (max: number) => z.string().min(1).max(max);

export const indicatorInputSchema: z.ZodType<IndicatorInput> = z.strictObject({
  key: indicatorKey,
  name: text(200),
  unit: text(50),
  baseline: z.number(),
  target: z.number(),
  countsPeopleTrained: z.boolean().optional(),
  audiences: z.array(z.enum(TRAINING_AUDIENCES)).refine(unique, 'must not repeat an audience').optional(),
});

export const updateActivityInputSchema: z.ZodType<UpdateActivityInput> = z.strictObject({
  status: z.enum(ACTIVITY_STATUSES).optional(),
  leadInstitutionId: institutionId.nullable().optional(),
  partnerInstitutionIds: z
    .array(institutionId)
    .max(MAX_PARTNER_INSTITUTIONS)
    .refine(unique, 'must not repeat an id')
    .optional(),
  startDate: planDateSchema.nullable().optional(),
  dueDate: planDateSchema.nullable().optional(),
  indicators: z.array(indicatorInputSchema).max(MAX_INDICATORS).optional(),
});

export const submitReportInputSchema: z.ZodType<SubmitReportInput> = z.strictObject({
  period: z
    .string()
    .regex(REPORTING_PERIOD_PATTERN, 'must be a quarter from 2024-Q1 to 2028-Q4, e.g. 2025-Q3'),
  progress: z.number().int().min(0).max(100),
  narrative: text(5000).regex(/\S/, 'must not be blank'),
  indicatorValues: z
    .array(z.strictObject({ indicatorKey, value: z.number() }))
    .max(MAX_REPORT_ITEMS)
    .optional(),
  evidence: z
    .array(
      z.strictObject({
        title: text(200),
        url: z.httpUrl('must be an http(s) URL').optional(),
        description: text(2000).optional(),
      }),
    )
    .max(MAX_REPORT_ITEMS)
    .optional(),
});

export const returnReportInputSchema = z.strictObject({
  reason: text(2000).regex(/\S/, 'must not be blank'),
});
