import {
  isReportingPeriod,
  periodOf,
  type EloCloudEvent,
  type Evidence,
  type Indicator,
  type ParticipantCount,
} from '@elo/contracts';
import { withPeriodValue } from '../common/period-values';

// What other services' events add to an activity. Evidence ids derive from the event id, so each
// event leaves at most one entry per activity.

export function trainingEvidence(event: EloCloudEvent<'training.completed'>): Evidence {
  const { data } = event;
  return {
    id: `event-${event.id}`,
    kind: 'training',
    title: data.title,
    date: data.completedAt,
    sourceId: data.trainingId,
    sourceEventId: event.id,
    participants: mergeParticipants(data.participants),
  };
}

export function partnershipEvidence(event: EloCloudEvent<'partnership.signed'>): Evidence {
  const { data } = event;
  return {
    id: `event-${event.id}`,
    kind: 'partnership',
    title: data.title,
    date: data.signedAt,
    sourceId: data.partnershipId,
    sourceEventId: event.id,
    institutionIds: [...new Set(data.partnerInstitutionIds)],
  };
}

/** One count per audience, in the order audiences first appear. */
export function mergeParticipants(participants: readonly ParticipantCount[]): ParticipantCount[] {
  const totals = new Map<ParticipantCount['audience'], number>();
  for (const p of participants) totals.set(p.audience, (totals.get(p.audience) ?? 0) + p.count);
  return [...totals].map(([audience, count]) => ({ audience, count }));
}

/**
 * Adds the people trained to every indicator that counts them (only its audiences, when it names
 * some), in the quarter the training ended. A training outside the plan's years moves nothing.
 */
export function addPeopleTrained(
  indicators: readonly Indicator[],
  participants: readonly ParticipantCount[],
  completedAt: string,
): Indicator[] {
  const period = periodOf(new Date(completedAt));
  return indicators.map((indicator) => {
    if (!indicator.countsPeopleTrained || !isReportingPeriod(period)) return indicator;
    const audiences = indicator.audiences?.length ? new Set(indicator.audiences) : undefined;
    const trained = participants
      .filter((p) => !audiences || audiences.has(p.audience))
      .reduce((sum, p) => sum + p.count, 0);
    if (!trained) return indicator;
    const current = indicator.values.find((v) => v.period === period)?.value ?? 0;
    return { ...indicator, values: withPeriodValue(indicator.values, period, current + trained) };
  });
}
