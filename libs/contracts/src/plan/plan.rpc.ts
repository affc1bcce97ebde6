import type { Page } from '../pagination';
import type { ReadinessReport } from '../rpc';
import type {
  Activity,
  ActivitySummary,
  ListActionsQuery,
  ListActivitiesQuery,
  PlanAction,
  PlanAxis,
  UpdateActivityInput,
} from './plan';
import type { PlanDashboard } from './plan-dashboard';
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
