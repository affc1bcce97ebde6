import type { PartnershipStatus } from '@elo/contracts';

// draft → negotiation → signed → in_force → expired | terminated, with suspended ⇄ in_force.
// People move agreements along these edges; the calendar (the system) also moves signed → in_force
// on the first day in force and → expired after the last, which people cannot.

const BY_PEOPLE: Readonly<Record<PartnershipStatus, readonly PartnershipStatus[]>> = {
  draft: ['negotiation'],
  negotiation: ['draft', 'signed', 'terminated'],
  signed: ['in_force', 'terminated'],
  in_force: ['suspended', 'terminated'],
  suspended: ['in_force', 'terminated'],
  expired: [],
  terminated: [],
};

const BY_CALENDAR: Readonly<Record<PartnershipStatus, readonly PartnershipStatus[]>> = {
  draft: [],
  negotiation: [],
  signed: ['in_force', 'expired'],
  in_force: ['expired'],
  suspended: ['expired'],
  expired: [],
  terminated: [],
};

export function canTransition(
  from: PartnershipStatus,
  to: PartnershipStatus,
  by: 'person' | 'calendar',
): boolean {
  return (by === 'person' ? BY_PEOPLE : BY_CALENDAR)[from].includes(to);
}

export function allowedTransitions(from: PartnershipStatus): readonly PartnershipStatus[] {
  return BY_PEOPLE[from];
}

/** Statuses after signature and before the end: the agreement binds its parties. */
export const LIVE_STATUSES: readonly PartnershipStatus[] = ['signed', 'in_force', 'suspended'];

/** Statuses whose dates change only by amendment. */
export function datesLocked(status: PartnershipStatus): boolean {
  return status !== 'draft' && status !== 'negotiation';
}
