import { z } from 'zod';
import { d } from '../view-meta';
import { ACTIVITY_STATUSES } from './plan';

const count = (description: string) => z.number().int().meta(d(description));

/**
 * Per institution: activities it leads, how many of those are late, and the progress reports its
 * people submitted that still await a decision. "Late" = overdue (due date passed, not completed or
 * cancelled) or status `delayed`.
 */
export const institutionPlanViewSchema = z.object({
  institutionId: z.string().meta(d('Institution (directory id)')),
  acronym: z.string().optional().meta(d('Acronym, when known')),
  name: z.string().optional().meta(d('Name, when known')),
  led: count('Activities it leads'),
  late: count('Of those, how many are late (overdue or delayed)'),
  reportsPending: count('Reports its people submitted that await a decision'),
});
export type InstitutionPlanView = z.infer<typeof institutionPlanViewSchema>;

export const dashboardFiguresSchema = z.object({
  activities: count('Number of activities'),
  byStatus: z.record(z.enum(ACTIVITY_STATUSES), z.number().int()).meta(d('Activities per status')),
  meanProgress: z
    .number()
    .meta(d('Mean progress of the activities not cancelled (0 when there are none), one decimal')),
  overdue: count('Due date passed, not completed or cancelled'),
  late: count('Overdue or with status delayed'),
  reportsPending: count('Reports awaiting a decision'),
  institutions: z.array(institutionPlanViewSchema).meta(d('Per institution')),
});
export type DashboardFigures = z.infer<typeof dashboardFiguresSchema>;

export const axisDashboardSchema = dashboardFiguresSchema.extend({
  axis: count('Axis number'),
  title: z.string().meta(d('Axis title')),
});
export type AxisDashboard = z.infer<typeof axisDashboardSchema>;

export const planDashboardSchema = z
  .object({
    asOf: z.string().meta(d('The UTC day "overdue" refers to (YYYY-MM-DD)')),
    axes: z.array(axisDashboardSchema).meta(d('Figures per axis')),
    overall: dashboardFiguresSchema.meta(d('Figures for the whole plan')),
  })
  .meta(d('The plan’s dashboard'));
export type PlanDashboard = z.infer<typeof planDashboardSchema>;
