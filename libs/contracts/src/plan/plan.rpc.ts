import { z } from 'zod';
import { idSchema, pageQuerySchema, type Page } from '../pagination';
import { visibleText } from '../text';
import { ALL_ROLES, defineRpc } from '../rpc/define-rpc';
import { emptyRequestSchema, healthRpc } from '../rpc/health.rpc';
import { TRAINING_AUDIENCES } from '../training/training.events';
import {
  ACTIVITY_STATUSES,
  INDICATOR_KEY_PATTERN,
  MAX_AXIS,
  REPORT_STATUSES,
  type IndicatorInput,
  type ListActionsQuery,
  type ListActivitiesQuery,
  type ListEvidenceQuery,
  type UpdateActivityInput,
} from './plan';
import type { PlanDashboard } from './plan-dashboard';
import type { Activity, ActivitySummary, Evidence, PlanAction, PlanAxis } from './plan-views';
import {
  ACTION_CODE_PATTERN,
  REPORTING_PERIOD_PATTERN,
  planActivityCodeSchema,
  planDateSchema,
} from './plan-period';
import type { ListReportsQuery, ProgressReport, SubmitReportInput } from './plan-report';

// What plan-tracking accepts, over NATS and (through the gateway) over HTTP: one source for both.
// Unknown fields are refused.

export const MAX_PARTNER_INSTITUTIONS = 100;
export const MAX_INDICATORS = 20;
export const MAX_REPORT_ITEMS = 20;

const unique = (values: readonly unknown[]) => new Set(values).size === values.length;
const institutionId = idSchema.meta({ description: 'Institution (directory id)' });
const indicatorKey = z
  .string()
  .regex(INDICATOR_KEY_PATTERN, 'must be 1–50 lowercase letters, digits, - or _')
  .meta({
    description: 'Stable key within the activity (a-z, 0-9, - or _)',
    example: 'professionals-trained',
  });
// Free text: trimmed, and refused when nothing visible is left.
const text = (max: number) => visibleText(1, max);
const audience = z.enum(TRAINING_AUDIENCES).meta({ description: 'Professional field of participants' });

export const indicatorInputSchema = z.strictObject({
  key: indicatorKey,
  name: text(200).meta({ description: 'What it measures', example: 'Profissionais capacitados' }),
  unit: text(50).meta({
    description: 'Unit; "people_trained" makes completed trainings count towards it',
    example: 'people_trained',
  }),
  baseline: z.number().meta({ description: 'Value at the start of the plan', example: 0 }),
  target: z.number().meta({ description: 'Value to reach by the due date', example: 600 }),
  countsPeopleTrained: z
    .boolean()
    .meta({
      description: 'Whether completed trainings add their participants (default: unit is people_trained)',
    })
    .optional(),
  audiences: z
    .array(audience)
    .refine(unique, 'must not repeat an audience')
    .meta({ description: 'Count only participants of these audiences' })
    .optional(),
}) satisfies z.ZodType<IndicatorInput>;

export const updateActivityInputSchema = z.strictObject({
  status: z.enum(ACTIVITY_STATUSES).meta({ description: 'New status' }).optional(),
  leadInstitutionId: institutionId
    .nullable()
    .meta({ description: 'Lead institution (directory id); null removes it' })
    .optional(),
  partnerInstitutionIds: z
    .array(institutionId)
    .max(MAX_PARTNER_INSTITUTIONS)
    .refine(unique, 'must not repeat an id')
    .meta({ description: 'Partner institutions (directory ids), replacing the current list' })
    .optional(),
  startDate: planDateSchema
    .nullable()
    .meta({ description: 'Start date (YYYY-MM-DD, 2024–2028); null removes it', example: '2025-01-01' })
    .optional(),
  dueDate: planDateSchema
    .nullable()
    .meta({
      description: 'Due date (YYYY-MM-DD, 2024–2028, not before the start); null removes it',
      example: '2026-12-31',
    })
    .optional(),
  indicators: z
    .array(indicatorInputSchema)
    .max(MAX_INDICATORS)
    .meta({
      description:
        'Indicator definitions, replacing the current ones; values already recorded are kept by key',
    })
    .optional(),
}) satisfies z.ZodType<UpdateActivityInput>;

export const reportIndicatorValueSchema = z.strictObject({
  indicatorKey: indicatorKey.meta({ description: 'Key of one of the activity’s indicators' }),
  value: z.number().meta({ description: 'Value for the report’s period', example: 120 }),
});

export const reportEvidenceSchema = z.strictObject({
  title: text(200).meta({ description: 'What it is', example: 'Ata da reunião do CONATRAP' }),
  url: z
    .httpUrl('must be an http(s) URL')
    .meta({ description: 'Link to the document (http or https)', example: 'https://www.gov.br/mj/ata.pdf' })
    .optional(),
  description: text(2000).meta({ description: 'Details' }).optional(),
});

export const submitReportInputSchema = z.strictObject({
  period: z
    .string()
    .regex(REPORTING_PERIOD_PATTERN, 'must be a quarter from 2024-Q1 to 2028-Q4, e.g. 2025-Q3')
    .meta({ description: 'Reporting period: a quarter from 2024-Q1 to 2028-Q4', example: '2025-Q3' }),
  progress: z
    .number()
    .int()
    .min(0)
    .max(100)
    .meta({ description: 'Progress of the activity at the end of the period, 0–100', example: 40 }),
  narrative: text(5000).meta({ description: 'What was done in the period' }),
  indicatorValues: z
    .array(reportIndicatorValueSchema)
    .max(MAX_REPORT_ITEMS)
    .meta({ description: 'Indicator values for the period' })
    .optional(),
  evidence: z
    .array(reportEvidenceSchema)
    .max(MAX_REPORT_ITEMS)
    .meta({ description: 'Evidence of the work' })
    .optional(),
}) satisfies z.ZodType<SubmitReportInput>;

export const returnReportInputSchema = z.strictObject({
  reason: text(2000).meta({ description: 'Why the report goes back to its submitter' }),
});

// Request schemas of the plan-tracking patterns that read.

const axisFilter = z.number().int().min(1).max(MAX_AXIS).meta({ description: 'Only this axis (1–5)' });

export const listActionsQuerySchema = pageQuerySchema.extend({
  axis: axisFilter.optional(),
}) satisfies z.ZodType<ListActionsQuery>;

export const listActivitiesQuerySchema = pageQuerySchema.extend({
  axis: axisFilter.optional(),
  action: z
    .string()
    .regex(ACTION_CODE_PATTERN, 'must be an action code like 2.5')
    .meta({ description: 'Only this priority action', example: '2.5' })
    .optional(),
  status: z.enum(ACTIVITY_STATUSES).meta({ description: 'Only activities with this status' }).optional(),
  institution: idSchema
    .meta({ description: 'Only activities this institution leads or is a partner of (directory id)' })
    .optional(),
  q: text(200)
    .meta({ description: 'Text to find in the code or text, ignoring case and accents' })
    .optional(),
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

export const listReportsQuerySchema = pageQuerySchema.extend({
  code: planActivityCodeSchema,
  status: z.enum(REPORT_STATUSES).meta({ description: 'Only reports with this status' }).optional(),
}) satisfies z.ZodType<ListReportsQuery>;

export const listEvidenceQuerySchema = pageQuerySchema.extend({
  code: planActivityCodeSchema,
}) satisfies z.ZodType<ListEvidenceQuery>;

export const reportRefSchema = z.strictObject({
  code: planActivityCodeSchema,
  id: idSchema.meta({ description: 'Report id' }),
});

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
