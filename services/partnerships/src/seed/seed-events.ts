import type { EloCloudEvent, PartnershipStatus } from '@elo/contracts';
import type { Outbox } from '@elo/events';
import { dataSharingEvent, statusEvents, type Agreement } from '../partnerships/partnership-events';

/**
 * The steps from draft that a seeded status stands for. A demo agreement loaded "in force" announces
 * what people would have announced getting it there (signed, then in force), so consumers such as
 * plan-tracking and referrals see seeded agreements exactly as they see real ones.
 */
const PATH: Record<PartnershipStatus, readonly PartnershipStatus[]> = {
  draft: [],
  negotiation: ['negotiation'],
  signed: ['signed'],
  in_force: ['signed', 'in_force'],
  suspended: ['signed', 'in_force', 'suspended'],
  expired: ['signed', 'in_force', 'expired'],
  terminated: ['signed', 'terminated'],
};

type Seeded = Omit<Agreement, 'status'>;

export interface SeedStep {
  from: PartnershipStatus;
  to: PartnershipStatus;
  on: string;
}

export function seedSteps(a: Seeded, status: PartnershipStatus, today: string): SeedStep[] {
  const path = PATH[status];
  return path.map((to, i) => ({
    from: i === 0 ? 'draft' : path[i - 1],
    to,
    // The day the step happened, as far as the record says.
    on: (to === 'signed' ? a.signedAt : to === 'in_force' ? a.effectiveFrom : undefined) ?? today,
  }));
}

/** The events of every step (the data-sharing terms once, as they stand at the end), version 0. */
export function seedEvents(
  outbox: Outbox,
  id: string,
  a: Seeded,
  steps: readonly SeedStep[],
  by: { clientId: string; institutionId: string },
): EloCloudEvent[] {
  const events = steps.flatMap((step) =>
    statusEvents(
      outbox,
      id,
      { ...a, dataSharing: undefined, status: step.to },
      { ...step, reason: 'demo seed', by },
      0,
    ),
  );
  const status = steps.at(-1)?.to ?? 'draft';
  if (a.dataSharing) events.push(dataSharingEvent(outbox, id, { ...a, status }, 0));
  return events;
}
