import type { ActivityStatus } from './plan';

/**
 * Per institution: activities it leads, how many of those are late, and the progress reports its
 * people submitted that still await a decision. "Late" = overdue (due date passed, not completed or
 * cancelled) or status `delayed`.
 */
export interface InstitutionPlanView {
  institutionId: string;
  acronym?: string;
  name?: string;
  led: number;
  late: number;
  reportsPending: number;
}

export interface DashboardFigures {
  activities: number;
  byStatus: Record<ActivityStatus, number>;
  /** Mean progress of the activities that are not cancelled (0 when there are none), one decimal. */
  meanProgress: number;
  overdue: number;
  late: number;
  reportsPending: number;
  institutions: InstitutionPlanView[];
}

export interface AxisDashboard extends DashboardFigures {
  axis: number;
  title: string;
}

export interface PlanDashboard {
  /** The UTC day overdue was computed for. */
  asOf: string;
  axes: AxisDashboard[];
  overall: DashboardFigures;
}
