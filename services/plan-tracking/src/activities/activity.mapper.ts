import type { Types } from 'mongoose';
import {
  CLOSED_ACTIVITY_STATUSES,
  type Activity,
  type ActivityStatus,
  type ActivitySummary,
  type Evidence,
  type Indicator,
} from '@elo/contracts';
import type { ActivityRecord, EvidenceRecord, IndicatorRecord } from './activity.schema';

export type ActivityRow = ActivityRecord & { _id: Types.ObjectId; __v: number };

/** Due date passed (before today, UTC) and the activity is neither completed nor cancelled. */
export function isOverdue(
  activity: { dueDate?: string | null; status: ActivityStatus },
  today: string,
): boolean {
  return (
    !!activity.dueDate && activity.dueDate < today && !CLOSED_ACTIVITY_STATUSES.includes(activity.status)
  );
}

export function toSummary(row: ActivityRow, today: string): ActivitySummary {
  return {
    code: row.code,
    axis: row.axis,
    action: row.action,
    text: row.text,
    status: row.status,
    progress: row.progress,
    ...(row.progressPeriod ? { progressPeriod: row.progressPeriod } : {}),
    ...(row.leadInstitutionId ? { leadInstitutionId: row.leadInstitutionId } : {}),
    partnerInstitutionIds: row.partnerInstitutionIds ?? [],
    ...(row.startDate ? { startDate: row.startDate } : {}),
    ...(row.dueDate ? { dueDate: row.dueDate } : {}),
    overdue: isOverdue(row, today),
    version: row.__v,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toIndicator(row: IndicatorRecord): Indicator {
  return {
    key: row.key,
    name: row.name,
    unit: row.unit,
    baseline: row.baseline,
    target: row.target,
    countsPeopleTrained: row.countsPeopleTrained,
    ...(row.audiences?.length ? { audiences: [...row.audiences] } : {}),
    values: (row.values ?? []).map((v) => ({ period: v.period, value: v.value })),
  };
}

export function toEvidence(row: EvidenceRecord): Evidence {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    date: row.date.toISOString(),
    ...(row.description ? { description: row.description } : {}),
    ...(row.url ? { url: row.url } : {}),
    ...(row.sourceId ? { sourceId: row.sourceId } : {}),
    ...(row.sourceEventId ? { sourceEventId: row.sourceEventId } : {}),
    ...(row.participants?.length
      ? { participants: row.participants.map((p) => ({ audience: p.audience, count: p.count })) }
      : {}),
    ...(row.institutionIds?.length ? { institutionIds: [...row.institutionIds] } : {}),
  };
}

export function toActivity(row: ActivityRow, today: string): Activity {
  return {
    ...toSummary(row, today),
    indicators: (row.indicators ?? []).map(toIndicator),
    evidence: (row.evidence ?? []).map(toEvidence),
    evidenceCount: row.evidenceCount ?? 0,
    createdAt: row.createdAt.toISOString(),
  };
}
