import { z } from 'zod';
import type { Page } from '../pagination';
import {
  INSTITUTION_ID_PATTERN,
  directoryIdSchema,
  directoryPageQuerySchema,
} from '../directory/institution';
import { ALL_ROLES, defineRpc } from '../rpc/define-rpc';
import { emptyRequestSchema, healthRpc } from '../rpc/health.rpc';
import { TRAINING_AUDIENCES } from '../training/training.events';
import {
  ACTIVITY_STATUSES,
  INDICATOR_KEY_PATTERN,
  MAX_AXIS,
  REPORT_STATUSES,
  type Activity,
  type ActivitySummary,
  type IndicatorInput,
  type ListActionsQuery,
  type ListActivitiesQuery,
  type ListEvidenceQuery,
  type Evidence,
  type PlanAction,
  type PlanAxis,
  type UpdateActivityInput,
} from './plan';
import type { PlanDashboard } from './plan-dashboard';
import {
  ACTION_CODE_PATTERN,
  REPORTING_PERIOD_PATTERN,
  planActivityCodeSchema,
  planDateSchema,
} from './plan-period';
import type { ListReportsQuery, ProgressReport, SubmitReportInput } from './plan-report';

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

// Request schemas of the plan-tracking patterns that read.

const axisFilter = z.number().int().min(1).max(MAX_AXIS);

export const listActionsQuerySchema = directoryPageQuerySchema.extend({
  axis: axisFilter.optional(),
}) satisfies z.ZodType<ListActionsQuery>;

export const listActivitiesQuerySchema = directoryPageQuerySchema.extend({
  axis: axisFilter.optional(),
  action: z.string().regex(ACTION_CODE_PATTERN, 'must be an action code like 2.5').optional(),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  institution: directoryIdSchema.optional(),
  q: text(200).optional(),
}) satisfies z.ZodType<ListActivitiesQuery>;

export const activityRefSchema = z.strictObject({ code: planActivityCodeSchema });

export const updateActivityRequestSchema = z.strictObject({
  code: planActivityCodeSchema,
  changes: updateActivityInputSchema,
  expectedVersion: z.number().int().nonnegative().optional(),
});

export const submitReportRequestSchema = z.strictObject({
  code: planActivityCodeSchema,
  report: submitReportInputSchema,
});

export const listReportsQuerySchema = directoryPageQuerySchema.extend({
  code: planActivityCodeSchema,
  status: z.enum(REPORT_STATUSES).optional(),
}) satisfies z.ZodType<ListReportsQuery>;

export const listEvidenceQuerySchema = directoryPageQuerySchema.extend({
  code: planActivityCodeSchema,
}) satisfies z.ZodType<ListEvidenceQuery>;

export const reportRefSchema = z.strictObject({ code: planActivityCodeSchema, id: directoryIdSchema });

export const returnReportRequestSchema = reportRefSchema.extend(returnReportInputSchema.shape);

const EDITORS = ['coordinator'] as const;

/** The plan-tracking service's request/reply patterns. */
export const planRpc = {
  ...healthRpc('plan-tracking'),
  'plan-tracking.axis.list': defineRpc<{ items: PlanAxis[] }>()({
    request: emptyRequestSchema,
    access: { roles: ALL_ROLES },
    description: 'The five axes of the IV Plano.',
  }),
  'plan-tracking.action.list': defineRpc<Page<PlanAction>>()({
    request: listActionsQuerySchema,
    access: { roles: ALL_ROLES },
    description: 'Priority actions, optionally of one axis, in code order.',
  }),
  'plan-tracking.activity.list': defineRpc<Page<ActivitySummary>>()({
    request: listActivitiesQuerySchema,
    access: { roles: ALL_ROLES },
    description: 'Activities by axis, action, status, institution and text, in code order.',
  }),
  'plan-tracking.activity.get': defineRpc<Activity>()({
    request: activityRefSchema,
    access: { roles: ALL_ROLES },
    description: 'One activity; PLAN.ACTIVITY_NOT_FOUND when unknown.',
  }),
  'plan-tracking.activity.update': defineRpc<Activity>()({
    request: updateActivityRequestSchema,
    access: { roles: EDITORS },
    description: 'Changes an activity’s status, institutions, dates or indicators (coordinators).',
  }),
  'plan-tracking.evidence.list': defineRpc<Page<Evidence>>()({
    request: listEvidenceQuerySchema,
    access: { roles: ALL_ROLES },
    description: 'All the evidence of an activity, in the order it was recorded (paged).',
  }),
  'plan-tracking.report.submit': defineRpc<ProgressReport>()({
    request: submitReportRequestSchema,
    access: { roles: ['coordinator', 'agency'] },
    description: 'A progress report for a quarter, by the lead institution or a coordinator.',
  }),
  'plan-tracking.report.list': defineRpc<Page<ProgressReport>>()({
    request: listReportsQuerySchema,
    access: { roles: ALL_ROLES },
    description: 'An activity’s progress reports, newest first.',
  }),
  'plan-tracking.report.get': defineRpc<ProgressReport>()({
    request: reportRefSchema,
    access: { roles: ALL_ROLES },
    description: 'One progress report of an activity.',
  }),
  'plan-tracking.report.approve': defineRpc<ProgressReport>()({
    request: reportRefSchema,
    access: { roles: EDITORS },
    description: 'Approves a pending report and applies its values to the activity.',
  }),
  'plan-tracking.report.return': defineRpc<ProgressReport>()({
    request: returnReportRequestSchema,
    access: { roles: EDITORS },
    description: 'Returns a pending report to its submitter with a reason.',
  }),
  'plan-tracking.dashboard.get': defineRpc<PlanDashboard>()({
    request: emptyRequestSchema,
    access: { roles: ALL_ROLES },
    description: 'Counts per axis and status, overdue activities and people trained.',
  }),
} as const;
