import type { SecurityFixture } from './security-fixture';

// The one exception to "another institution's resource is not found". Some resources the contract
// makes readable by every role of the whole network: hiding them with a 404 on a change would pretend
// B cannot see what B has just read. A change to another institution's one is refused with 403 and
// the resource's own code instead. Each entry names its operations one by one, so an operation added
// under the resource later (participants, say) still has to answer 404.

export interface NetworkReadable {
  /** The collection the resource is created in (the create operation's path). */
  collection: string;
  /** Why the whole network reads it, and where the contract says so. */
  reason: string;
  /** B's read of A's resource: it must succeed, or the 403 below would tell B something new. */
  read: string;
  /** B's changes to A's resource, each refused with 403 and `code`. */
  refused: readonly string[];
  code: string;
  /** A request body that A's institution-bound client may create the resource with. */
  body(fx: SecurityFixture): unknown;
}

export const NETWORK_READABLE: readonly NetworkReadable[] = [
  {
    collection: '/v1/training/events',
    reason:
      'Training courses are a public calendar: every role lists and reads every course ' +
      '(GET /v1/training/events[/{id}]), so services/training refuses a change by another ' +
      'institution with TRAINING.NOT_ORGANISER (TrainingEventService.requireManaged). The ' +
      "course's participants are personal data and stay 404: their operations are not listed here.",
    read: 'GET /v1/training/events/{id}',
    refused: [
      'PATCH /v1/training/events/{id}',
      'POST /v1/training/events/{id}/transitions',
      'POST /v1/training/events/{id}/completion',
    ],
    code: 'TRAINING.NOT_ORGANISER',
    // The generated example names a random organiser (refused: an agency plans only its own courses)
    // and is in person without a place: A's agency plans an online course of its own institution.
    body: (fx) => ({
      title: 'Curso do teste de segurança',
      modality: 'online',
      timezone: 'America/Sao_Paulo',
      sessions: [{ start: '2027-03-10T14:00:00-03:00', end: '2027-03-10T18:00:00-03:00' }],
      capacity: 40,
      audiences: ['justice_system'],
      organiserInstitutionId: fx.institutions.a,
    }),
  },
];

export const networkReadable = (collection: string) =>
  NETWORK_READABLE.find((r) => r.collection === collection);
