import { z } from 'zod';
import { defineEvent, eventSubject } from '../events/define-event';
import { ACTIVITY_STATUSES } from './plan';
import { REPORTING_PERIOD_PATTERN, calendarDateSchema, planActivityCodeSchema } from './plan-period';

// Every plan event's CloudEvents subject is the activity code, so one activity's events stay in order.

const activityCode = planActivityCodeSchema;
const period = z.string().regex(REPORTING_PERIOD_PATTERN);
const actor = z.object({ clientId: z.string().min(1), institutionId: z.string().min(1) });
const status = z.enum(ACTIVITY_STATUSES);

/**
 * The activity's lead and partners when the event was written, so notifications reach them; optional
 * because events written before these fields existed lack them.
 */
const involved = {
  leadInstitutionId: z.string().min(1).optional(),
  partnerInstitutionIds: z.array(z.string().min(1)).optional(),
};

export const activityStatusChangedSchema = z.object({
  code: activityCode,
  from: status,
  to: status,
  /** A coordinator's edit, or an approved report that started or completed the activity. */
  cause: z.enum(['update', 'report_approved']),
  changedBy: actor,
  ...involved,
});

export const activityReportSubmittedSchema = z.object({
  reportId: z.string().min(1),
  activityCode,
  period,
  progress: z.number().int().min(0).max(100),
  submittedBy: actor,
  ...involved,
});

export const activityReportApprovedSchema = activityReportSubmittedSchema.extend({ decidedBy: actor });

export const activityReportReturnedSchema = activityReportSubmittedSchema.extend({
  decidedBy: actor,
  reason: z.string().min(1),
});

export const activityOverdueSchema = z.object({
  code: activityCode,
  dueDate: calendarDateSchema,
  status,
  progress: z.number().int().min(0).max(100),
  leadInstitutionId: z.string().min(1).optional(),
  partnerInstitutionIds: z.array(z.string().min(1)),
});

const plan = (type: string) => eventSubject('plan-tracking', type);

export const planEvents = {
  'activity.status-changed': defineEvent({
    subject: plan('activity.status-changed'),
    producer: 'plan-tracking',
    consumers: ['notifications'],
    description: "A plan activity's status changed.",
    schema: activityStatusChangedSchema,
  }),
  'activity.report-submitted': defineEvent({
    subject: plan('activity.report-submitted'),
    producer: 'plan-tracking',
    consumers: ['notifications'],
    description: 'A progress report awaits a coordinator’s decision.',
    schema: activityReportSubmittedSchema,
  }),
  'activity.report-approved': defineEvent({
    subject: plan('activity.report-approved'),
    producer: 'plan-tracking',
    consumers: ['notifications'],
    description: 'A coordinator approved a progress report; the activity’s progress and indicators moved.',
    schema: activityReportApprovedSchema,
  }),
  'activity.report-returned': defineEvent({
    subject: plan('activity.report-returned'),
    producer: 'plan-tracking',
    consumers: ['notifications'],
    description: 'A coordinator returned a progress report to its submitter, with a reason.',
    schema: activityReportReturnedSchema,
  }),
  'activity.overdue': defineEvent({
    subject: plan('activity.overdue'),
    producer: 'plan-tracking',
    consumers: ['notifications'],
    description: 'An activity’s due date passed without completion (sent once per due date).',
    schema: activityOverdueSchema,
  }),
} as const;
