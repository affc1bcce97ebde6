import type { EventPayload, EventType } from '@elo/contracts';

/** What a webhook says about an event: ids, a status and API paths; never names, people or case details. */
export interface ThinData {
  ids: Record<string, string>;
  status?: string;
  /** API paths (the delivery prefixes the public base URL). */
  links: Record<string, string>;
}

export interface Route<D> {
  /** The institutions the event concerns: only their endpoints receive it. */
  involved(data: D): readonly (string | undefined)[];
  /**
   * True when the event is about a person (a referred victim, a participant): coordinators'
   * endpoints never receive it unless their own institution is involved.
   */
  personalData: boolean;
  thin(data: D, subject: string): ThinData;
}

export type RoutingTable = { readonly [T in EventType]: Route<EventPayload<T>> };

const partnership = (id: string) => ({ partnership: `/v1/partnerships/${id}` });
const activity = (code: string) => ({ activity: `/v1/plan/activities/${code}` });
const training = (id: string) => ({ training: `/v1/training/events/${id}` });
const report = (code: string, id: string) => ({
  ...activity(code),
  report: `/v1/plan/activities/${code}/reports/${id}`,
});

/**
 * A referral moves a person's case between institutions: only its sender and receiver hear of it.
 * The payload names the referral alone (not the pseudonymous case id), its status and urgency.
 */
const referralRoute: Route<EventPayload<'referral.sent'>> = {
  involved: (d) => [d.senderInstitutionId, d.receiverInstitutionId],
  personalData: true,
  thin: (d) => ({
    ids: { referralId: d.referralId },
    status: d.status,
    links: { referral: `/v1/referrals/${d.referralId}` },
  }),
};

const agreementStatus: Route<EventPayload<'partnership.in-force'>> = {
  involved: (d) => d.institutionIds,
  personalData: false,
  thin: (d) => ({
    ids: { partnershipId: d.partnershipId },
    status: d.to,
    links: partnership(d.partnershipId),
  }),
};

const trainingSummary: Route<EventPayload<'training.scheduled'>> = {
  involved: (d) => [d.organiserInstitutionId],
  personalData: false,
  thin: (d) => ({ ids: { trainingId: d.trainingId }, links: training(d.trainingId) }),
};

const activityParties = (d: { leadInstitutionId?: string; partnerInstitutionIds?: string[] }) => [
  d.leadInstitutionId,
  ...(d.partnerInstitutionIds ?? []),
];

const reportRoute = (status: string): Route<EventPayload<'activity.report-submitted'>> => ({
  // The submitter's institution, and the activity's lead and partners.
  involved: (d) => [d.submittedBy.institutionId, ...activityParties(d)],
  personalData: false,
  thin: (d) => ({
    ids: { reportId: d.reportId, activityCode: d.activityCode },
    status,
    links: report(d.activityCode, d.reportId),
  }),
});

/**
 * The one routing table: for every event type in the catalog, whom it concerns and what its webhook
 * says. A new event type does not compile until it has a row here. Staff actors (`by`, `changedBy`,
 * `submittedBy`) are not personal data of the kind this flag means, and never reach a payload anyway.
 */
export const ROUTING_TABLE: RoutingTable = {
  'institution.created': {
    involved: (d) => [d.id],
    personalData: false,
    thin: (d) => ({ ids: { institutionId: d.id }, links: { institution: `/v1/institutions/${d.id}` } }),
  },
  'institution.updated': {
    involved: (d) => [d.id],
    personalData: false,
    thin: (d) => ({ ids: { institutionId: d.id }, links: { institution: `/v1/institutions/${d.id}` } }),
  },
  'training.scheduled': trainingSummary,
  'training.enrollment-opened': trainingSummary,
  'training.updated': trainingSummary,
  'training.cancelled': {
    ...trainingSummary,
    thin: (d) => ({ ids: { trainingId: d.trainingId }, status: 'cancelled', links: training(d.trainingId) }),
  },
  'training.completed': {
    involved: (d) => [d.organiserInstitutionId],
    // Counts per audience only: no participant is named.
    personalData: false,
    thin: (d) => ({ ids: { trainingId: d.trainingId }, status: 'completed', links: training(d.trainingId) }),
  },
  'partnership.signed': {
    involved: (d) => d.partnerInstitutionIds,
    personalData: false,
    thin: (d) => ({
      ids: { partnershipId: d.partnershipId },
      status: 'signed',
      links: partnership(d.partnershipId),
    }),
  },
  'partnership.in-force': agreementStatus,
  'partnership.suspended': agreementStatus,
  'partnership.expired': agreementStatus,
  'partnership.terminated': agreementStatus,
  'partnership.expiring': {
    involved: (d) => d.institutionIds,
    personalData: false,
    thin: (d) => ({
      ids: { partnershipId: d.partnershipId },
      status: `expiring-in-${d.thresholdDays}-days`,
      links: partnership(d.partnershipId),
    }),
  },
  'partnership.commitment-overdue': {
    involved: (d) => [...d.institutionIds, d.responsibleInstitutionId],
    personalData: false,
    thin: (d) => ({
      ids: { partnershipId: d.partnershipId, commitmentId: d.commitmentId },
      status: 'overdue',
      links: partnership(d.partnershipId),
    }),
  },
  'partnership.data-sharing-changed': {
    involved: (d) => d.institutionIds,
    personalData: false,
    thin: (d) => ({
      ids: { partnershipId: d.partnershipId },
      status: d.status,
      links: partnership(d.partnershipId),
    }),
  },
  'activity.status-changed': {
    involved: activityParties,
    personalData: false,
    thin: (d) => ({ ids: { activityCode: d.code }, status: d.to, links: activity(d.code) }),
  },
  'activity.report-submitted': reportRoute('submitted'),
  'activity.report-approved': reportRoute('approved'),
  'activity.report-returned': reportRoute('returned'),
  'activity.overdue': {
    involved: activityParties,
    personalData: false,
    thin: (d) => ({ ids: { activityCode: d.code }, status: 'overdue', links: activity(d.code) }),
  },
  'referral.sent': referralRoute,
  'referral.accepted': referralRoute,
  'referral.rejected': referralRoute,
  'referral.completed': referralRoute,
  'referral.revoked': referralRoute,
  'referral.sharing-changed': referralRoute,
  // Coordinators follow unanswered referrals (the producer says so); the event names no person.
  'referral.overdue': { ...referralRoute, personalData: false },
  'notification.endpoint-disabled': {
    involved: (d) => [d.institutionId],
    personalData: false,
    thin: (d) => ({
      ids: { endpointId: d.endpointId },
      status: `disabled-${d.reason}`,
      links: { endpoint: `/v1/notifications/endpoints/${d.endpointId}` },
    }),
  },
};
