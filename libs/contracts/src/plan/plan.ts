import type { TrainingAudience } from '../training/training.events';

export const ACTIVITY_STATUSES = ['not_started', 'in_progress', 'completed', 'delayed', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Statuses after which an activity can no longer be late. */
export const CLOSED_ACTIVITY_STATUSES: readonly ActivityStatus[] = ['completed', 'cancelled'];

/** The largest axis number a filter accepts (codes allow up to three digits; the plan has five). */
export const MAX_AXIS = 99;

export const REPORT_STATUSES = ['pending', 'approved', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const EVIDENCE_KINDS = ['training', 'partnership', 'report', 'manual'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** An indicator's key: 1–50 lowercase letters, digits, - or _. */
export const INDICATOR_KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,49}$/;

/** Unit of indicators that count people trained: `training.completed` events move them. */
export const PEOPLE_TRAINED_UNIT = 'people_trained';

export interface IndicatorDefinition {
  /** Stable key within the activity, e.g. "professionals-trained". */
  key: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  /** True when completed trainings add their participants to it (only those of `audiences`, if given). */
  countsPeopleTrained: boolean;
  audiences?: TrainingAudience[];
}

/** How many evidence entries an activity carries itself; the rest are paged (`plan-tracking.evidence.list`). */
export const LATEST_EVIDENCE = 5;

export interface ListEvidenceQuery {
  code: string;
  limit: number;
  cursor?: string;
}

export interface ListActionsQuery {
  limit: number;
  cursor?: string;
  axis?: number;
}

export interface ListActivitiesQuery {
  limit: number;
  cursor?: string;
  axis?: number;
  action?: string;
  status?: ActivityStatus;
  /** Lead or partner institution id. */
  institution?: string;
  /** Case- and accent-insensitive search in the code and text. */
  q?: string;
}

export interface IndicatorInput {
  key: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  countsPeopleTrained?: boolean;
  audiences?: TrainingAudience[];
}

/** A coordinator's change; `null` clears the lead or a date. Indicator values are kept by key. */
export interface UpdateActivityInput {
  status?: ActivityStatus;
  leadInstitutionId?: string | null;
  partnerInstitutionIds?: string[];
  startDate?: string | null;
  dueDate?: string | null;
  indicators?: IndicatorInput[];
}
