import type { EloCloudEvent, PartnershipStatus } from '@elo/contracts';
import type { Outbox } from '@elo/events';
import { startOfSaoPauloDay } from '../common/clock';
import type { PartnershipRow } from './partnership.mapper';

// The events a change of an agreement queues, built from the agreement as it will be after the write.

export interface StatusChange {
  from: PartnershipStatus;
  to: PartnershipStatus;
  on: string;
  reason: string;
  by: { clientId: string; institutionId: string };
}

export type Agreement = Pick<
  PartnershipRow,
  | 'title'
  | 'kind'
  | 'parties'
  | 'activityCodes'
  | 'signedAt'
  | 'effectiveFrom'
  | 'effectiveUntil'
  | 'dataSharing'
  | 'status'
>;

export function ref(id: string, a: Agreement) {
  return {
    partnershipId: id,
    title: a.title,
    kind: a.kind,
    institutionIds: a.parties.map((p) => p.institutionId),
    activityCodes: [...a.activityCodes],
  };
}

export function statusEvents(
  outbox: Outbox,
  id: string,
  a: Agreement,
  change: StatusChange,
  version: number,
): EloCloudEvent[] {
  const data = {
    ...ref(id, a),
    from: change.from,
    to: change.to,
    on: change.on,
    reason: change.reason,
    by: change.by,
    ...(a.effectiveUntil ? { effectiveUntil: a.effectiveUntil } : {}),
  };
  const events: EloCloudEvent[] = [];
  switch (change.to) {
    case 'signed': {
      const signatories = a.parties.filter((p) => p.role === 'signatory').map((p) => p.institutionId);
      events.push(
        outbox.event('partnership.signed', id, {
          partnershipId: id,
          title: a.title,
          kind: a.kind,
          partnerInstitutionIds: signatories,
          activityCodes: [...a.activityCodes],
          signedAt: startOfSaoPauloDay(a.signedAt ?? change.on),
        }),
      );
      break;
    }
    case 'in_force':
      events.push(outbox.event('partnership.in-force', id, data));
      break;
    case 'suspended':
      events.push(outbox.event('partnership.suspended', id, data));
      break;
    case 'expired':
      events.push(outbox.event('partnership.expired', id, data));
      break;
    case 'terminated':
      events.push(outbox.event('partnership.terminated', id, data));
      break;
    case 'draft':
    case 'negotiation':
      break;
  }
  if (a.dataSharing) events.push(dataSharingEvent(outbox, id, a, version));
  return events;
}

/** The full current terms; `version` is the agreement's version after the write that queues it. */
export function dataSharingEvent(outbox: Outbox, id: string, a: Agreement, version: number): EloCloudEvent {
  return outbox.event('partnership.data-sharing-changed', id, {
    partnershipId: id,
    kind: a.kind,
    status: a.status,
    inForce: a.status === 'in_force',
    version,
    institutionIds: a.parties.map((p) => p.institutionId),
    ...(a.effectiveFrom ? { effectiveFrom: a.effectiveFrom } : {}),
    ...(a.effectiveUntil ? { effectiveUntil: a.effectiveUntil } : {}),
    terms: a.dataSharing ?? null,
  });
}
