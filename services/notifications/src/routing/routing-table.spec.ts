import {
  EVENT_CATALOG,
  EVENT_TYPES,
  type EloCloudEvent,
  type EventPayload,
  type EventType,
} from '@elo/contracts';
import { endpointReceives, routeEvent } from './route-event';

const A = '665f1c2e9b1e8a00000000aa';
const B = '665f1c2e9b1e8a00000000bb';
const C = '665f1c2e9b1e8a00000000cc';
const actor = (institutionId: string) => ({ clientId: 'client-1', institutionId });
const institution = { id: A, name: 'Agência', acronym: 'AG', kind: 'federal_body', networks: [], version: 1 };
const course = {
  trainingId: 'T1',
  title: 'Curso',
  modality: 'online',
  organiserInstitutionId: A,
  firstSessionStart: '2026-03-01T12:00:00.000Z',
  capacity: 30,
  audiences: ['health'],
  activityCodes: ['2.5.1'],
};
const agreement = {
  partnershipId: 'P1',
  title: 'Acordo',
  kind: 'bilateral',
  institutionIds: [A, B],
  activityCodes: [],
};
const status = { ...agreement, from: 'signed', to: 'in_force', on: '2026-01-02', reason: 'r', by: actor(A) };
const reportData = {
  reportId: 'R1',
  activityCode: '2.5.1',
  period: '2026-Q1',
  progress: 10,
  submittedBy: actor(A),
  leadInstitutionId: B,
  partnerInstitutionIds: [C],
};

const referral = {
  referralId: 'F1',
  caseId: 'case-1',
  senderInstitutionId: A,
  receiverInstitutionId: B,
  urgency: 'high',
  deadline: '2026-01-02T00:00:00.000Z',
  status: 'sent',
  at: '2026-01-01T00:00:00.000Z',
};
const referralCase = { data: referral as never, institutions: [A, B], ids: { referralId: 'F1' } };

interface Case<T extends EventType> {
  data: EventPayload<T>;
  institutions: string[];
  ids: Record<string, string>;
}
// One case per event type: a new type fails to compile here until it has its test.
const CASES: { [T in EventType]: Case<T> } = {
  'institution.created': { data: institution as never, institutions: [A], ids: { institutionId: A } },
  'institution.updated': { data: institution as never, institutions: [A], ids: { institutionId: A } },
  'training.scheduled': { data: course as never, institutions: [A], ids: { trainingId: 'T1' } },
  'training.enrollment-opened': { data: course as never, institutions: [A], ids: { trainingId: 'T1' } },
  'training.updated': {
    data: {
      ...course,
      changedFields: ['title', 'capacity'],
      version: 2,
      updatedAt: '2026-02-01T00:00:00.000Z',
    } as never,
    institutions: [A],
    ids: { trainingId: 'T1' },
  },
  'training.cancelled': {
    data: { ...course, cancelledAt: '2026-02-01T00:00:00.000Z' } as never,
    institutions: [A],
    ids: { trainingId: 'T1' },
  },
  'training.completed': {
    data: {
      trainingId: 'T1',
      title: 'Curso',
      organiserInstitutionId: A,
      activityCodes: [],
      completedAt: '2026-03-02T00:00:00.000Z',
      participants: [{ audience: 'health', count: 3 }],
    },
    institutions: [A],
    ids: { trainingId: 'T1' },
  },
  'partnership.signed': {
    data: { ...agreement, partnerInstitutionIds: [A, B], signedAt: '2026-01-01T00:00:00.000Z' } as never,
    institutions: [A, B],
    ids: { partnershipId: 'P1' },
  },
  'partnership.in-force': { data: status as never, institutions: [A, B], ids: { partnershipId: 'P1' } },
  'partnership.suspended': { data: status as never, institutions: [A, B], ids: { partnershipId: 'P1' } },
  'partnership.expired': { data: status as never, institutions: [A, B], ids: { partnershipId: 'P1' } },
  'partnership.terminated': { data: status as never, institutions: [A, B], ids: { partnershipId: 'P1' } },
  'partnership.expiring': {
    data: { ...agreement, thresholdDays: 30, daysLeft: 30, effectiveUntil: '2026-12-31' } as never,
    institutions: [A, B],
    ids: { partnershipId: 'P1' },
  },
  'partnership.commitment-overdue': {
    data: {
      ...agreement,
      commitmentId: 'K1',
      description: 'd',
      responsibleInstitutionId: C,
      dueDate: '2026-01-01',
    } as never,
    institutions: [A, B, C],
    ids: { partnershipId: 'P1', commitmentId: 'K1' },
  },
  'partnership.data-sharing-changed': {
    data: {
      partnershipId: 'P1',
      kind: 'bilateral',
      status: 'in_force',
      inForce: true,
      version: 3,
      institutionIds: [A, B],
      terms: null,
    } as never,
    institutions: [A, B],
    ids: { partnershipId: 'P1' },
  },
  'activity.status-changed': {
    data: {
      code: '2.5.1',
      from: 'not_started',
      to: 'in_progress',
      cause: 'update',
      changedBy: actor(C),
      leadInstitutionId: A,
      partnerInstitutionIds: [B],
    } as never,
    institutions: [A, B],
    ids: { activityCode: '2.5.1' },
  },
  'activity.report-submitted': {
    data: reportData,
    institutions: [A, B, C],
    ids: { reportId: 'R1', activityCode: '2.5.1' },
  },
  'activity.report-approved': {
    data: { ...reportData, decidedBy: actor(C) },
    institutions: [A, B, C],
    ids: { reportId: 'R1', activityCode: '2.5.1' },
  },
  'activity.report-returned': {
    data: { ...reportData, decidedBy: actor(C), reason: 'fix' },
    institutions: [A, B, C],
    ids: { reportId: 'R1', activityCode: '2.5.1' },
  },
  'activity.overdue': {
    data: {
      code: '2.5.1',
      dueDate: '2026-01-01',
      status: 'in_progress',
      progress: 5,
      leadInstitutionId: A,
      partnerInstitutionIds: [B, A],
    } as never,
    institutions: [A, B],
    ids: { activityCode: '2.5.1' },
  },
  'referral.sent': referralCase,
  'referral.accepted': referralCase,
  'referral.rejected': referralCase,
  'referral.completed': referralCase,
  'referral.revoked': referralCase,
  'referral.sharing-changed': referralCase,
  'referral.overdue': referralCase,
  'notification.endpoint-disabled': {
    data: { endpointId: 'E1', institutionId: A, reason: 'gone', disabledAt: '2026-01-01T00:00:00.000Z' },
    institutions: [A],
    ids: { endpointId: 'E1' },
  },
};

function eventOf<T extends EventType>(type: T, data: EventPayload<T>): EloCloudEvent<T> {
  return {
    specversion: '1.0',
    id: 'ev-1',
    source: '/elo/test',
    type,
    subject: 'subject-1',
    time: '2026-01-01T00:00:00.000Z',
    datacontenttype: 'application/json',
    correlationid: 'c',
    causationid: 'c',
    data,
  };
}

describe('routing table', () => {
  it.each(EVENT_TYPES)('%s goes to the institutions it involves, with ids and links only', (type) => {
    const sample = CASES[type];
    // The sample is a valid payload of the catalog: the route reads fields the contract really has.
    const data = EVENT_CATALOG[type].schema.parse(sample.data) as never;
    const routed = routeEvent(eventOf(type, data));
    expect(routed.institutions.sort()).toEqual([...sample.institutions].sort());
    expect(routed.data.ids).toEqual(sample.ids);
    for (const link of Object.values(routed.data.links)) expect(link).toMatch(/^\/v1\/[\w./-]+$/);
    // Thin: no free text of the event (titles, reasons, descriptions) reaches the payload.
    const body = JSON.stringify(routed.data);
    for (const text of ['Curso', 'Acordo', 'Agência', 'client-1', '"fix"', 'case-1']) {
      expect(body).not.toContain(text);
    }
  });

  it('keeps referrals (a person’s case) from coordinators, except the overdue alert', () => {
    const sent = EVENT_CATALOG['referral.sent'].schema.parse(referral);
    expect(routeEvent(eventOf('referral.sent', sent)).personalData).toBe(true);
    expect(routeEvent(eventOf('referral.overdue', { ...sent, status: 'sent' })).personalData).toBe(false);
  });

  it('gives an endpoint only what involves its institution, coordinators what carries no personal data', () => {
    const own = { institutionId: A, coordination: false, eventTypes: [] };
    const other = { institutionId: C, coordination: false, eventTypes: [] };
    const coordination = { institutionId: C, coordination: true, eventTypes: [] };
    const routed = { institutions: [A, B], personalData: false };
    expect(endpointReceives(own, 'partnership.signed', routed)).toBe(true);
    expect(endpointReceives(other, 'partnership.signed', routed)).toBe(false);
    expect(endpointReceives(coordination, 'partnership.signed', routed)).toBe(true);
    expect(endpointReceives(coordination, 'referral.sent', { ...routed, personalData: true })).toBe(false);
    expect(endpointReceives({ ...own, eventTypes: ['activity.overdue'] }, 'partnership.signed', routed)).toBe(
      false,
    );
  });
});
