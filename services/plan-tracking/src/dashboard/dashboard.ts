import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  type AxisDashboard,
  type DashboardFigures,
  type InstitutionPlanView,
  type PlanAxis,
  type PlanDashboard,
} from '@elo/contracts';
import { isOverdue } from '../activities/activity.mapper';

export interface DashboardActivity {
  code: string;
  axis: number;
  status: ActivityStatus;
  progress: number;
  dueDate?: string;
  leadInstitutionId?: string;
}

export interface PendingReport {
  activityCode: string;
  submittedBy: { institutionId: string };
}

export interface InstitutionLabel {
  acronym: string;
  name: string;
}

/** Late = overdue (due date passed, not completed or cancelled) or explicitly `delayed`. */
export function isLate(activity: DashboardActivity, today: string): boolean {
  return activity.status === 'delayed' || isOverdue(activity, today);
}

function figures(
  activities: readonly DashboardActivity[],
  pending: readonly PendingReport[],
  labels: ReadonlyMap<string, InstitutionLabel>,
  today: string,
): DashboardFigures {
  const byStatus = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  for (const a of activities) byStatus[a.status]++;
  const counted = activities.filter((a) => a.status !== 'cancelled');
  const mean = counted.length ? counted.reduce((sum, a) => sum + a.progress, 0) / counted.length : 0;

  const views = new Map<string, InstitutionPlanView>();
  const view = (id: string): InstitutionPlanView => {
    let v = views.get(id);
    if (!v) {
      const label = labels.get(id);
      v = {
        institutionId: id,
        ...(label ? { acronym: label.acronym, name: label.name } : {}),
        led: 0,
        late: 0,
        reportsPending: 0,
      };
      views.set(id, v);
    }
    return v;
  };
  for (const a of activities) {
    if (!a.leadInstitutionId) continue;
    const v = view(a.leadInstitutionId);
    v.led++;
    if (isLate(a, today)) v.late++;
  }
  for (const r of pending) view(r.submittedBy.institutionId).reportsPending++;

  return {
    activities: activities.length,
    byStatus,
    meanProgress: Math.round(mean * 10) / 10,
    overdue: activities.filter((a) => isOverdue(a, today)).length,
    late: activities.filter((a) => isLate(a, today)).length,
    reportsPending: pending.length,
    institutions: [...views.values()].sort(
      (x, y) =>
        (x.acronym ?? x.institutionId).localeCompare(y.acronym ?? y.institutionId) ||
        x.institutionId.localeCompare(y.institutionId),
    ),
  };
}

/**
 * Per axis and overall: activities by status, mean progress (cancelled activities left out),
 * overdue and late counts, pending reports, and per institution the activities it leads, how many
 * of those are late, and the reports its people submitted that await a decision.
 */
export function computeDashboard(
  axes: readonly PlanAxis[],
  activities: readonly DashboardActivity[],
  pending: readonly PendingReport[],
  labels: ReadonlyMap<string, InstitutionLabel>,
  today: string,
): PlanDashboard {
  const axisOfCode = new Map(activities.map((a) => [a.code, a.axis]));
  const perAxis: AxisDashboard[] = axes.map((axis) => ({
    axis: axis.number,
    title: axis.title,
    ...figures(
      activities.filter((a) => a.axis === axis.number),
      pending.filter((r) => axisOfCode.get(r.activityCode) === axis.number),
      labels,
      today,
    ),
  }));
  return { asOf: today, axes: perAxis, overall: figures(activities, pending, labels, today) };
}
