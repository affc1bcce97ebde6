import {
  EVENT_CATALOG,
  streamName,
  type Caller,
  type Enrolment,
  type RpcPattern,
  type RpcResponse,
} from '@elo/contracts';
import { JETSTREAM_CONNECTION, type JetStreamConnection } from '@elo/events';
import { expectEventually } from '@elo/testing';
import { startTrainingHarness, type TrainingHarness } from '../test-fixtures/training-harness';

const ORGANISER = '0123456789abcdef01234567';
const COORDINATOR: Caller = {
  clientId: 'coord',
  institutionId: 'aaaaaaaaaaaaaaaaaaaaaaaa',
  roles: ['coordinator'],
};
const OTHER_AGENCY: Caller = {
  clientId: 'other',
  institutionId: 'bbbbbbbbbbbbbbbbbbbbbbbb',
  roles: ['agency'],
};

const person = (i: number) => ({
  name: `Pessoa Teste ${i}`,
  email: `pessoa.${i}@example.org`,
  audience: 'justice_system' as const,
});

// Two replicas of the service on one NATS and one MongoDB (the embedded engine over the wire
// protocol): requests spread over both, so only the database's conditional writes can keep order.
describe('training: enrolment without overbooking, across replicas', () => {
  let h: TrainingHarness;

  beforeAll(async () => {
    h = await startTrainingHarness({
      name: 'training-race',
      replicas: 2,
      env: { TRAINING_CERTIFICATE_LOOKUPS_PER_MINUTE: '5' },
      institutions: [
        {
          id: ORGANISER,
          name: 'Organização Internacional para as Migrações',
          acronym: 'OIM',
          kind: 'international_organization',
          networks: [],
          version: 0,
        },
      ],
    });
  }, 90_000);

  afterAll(async () => {
    await h?.stop();
  });

  const send = <P extends RpcPattern>(
    pattern: P,
    request: unknown,
    caller: Caller | null = COORDINATOR,
  ): Promise<RpcResponse<P>> => h.send(pattern, request, caller ?? undefined);

  async function openCourse(capacity: number): Promise<string> {
    const event = await send('training.event.create', {
      title: 'Curso de teste',
      modality: 'online',
      timezone: 'America/Sao_Paulo',
      sessions: [{ start: '2025-03-10T14:00:00-03:00', end: '2025-03-10T18:00:00-03:00' }],
      capacity,
      audiences: ['justice_system'],
      organiserInstitutionId: ORGANISER,
    });
    await send('training.event.transition', { id: event.id, to: 'open' });
    return event.id;
  }

  const listAll = async (eventId: string): Promise<Enrolment[]> =>
    (await send('training.enrolment.list', { eventId, limit: 100 })).items;

  it('gives 50 simultaneous enrolments for 10 seats exactly 10 seats and 40 places in line, in arrival order', async () => {
    const eventId = await openCourse(10);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        send('training.enrolment.create', { eventId, participant: person(i) }),
      ),
    );
    expect(answers.filter((a) => a.status === 'enrolled')).toHaveLength(10);
    const waiting = answers.filter((a) => a.status === 'waiting');
    expect(waiting.map((a) => a.waitingPosition).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );

    const listed = await listAll(eventId);
    expect(listed.map((e) => e.status)).toEqual([
      ...Array(10).fill('enrolled'),
      ...Array(40).fill('waiting'),
    ]);
    expect(listed.slice(10).map((e) => e.waitingPosition)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    // Each answer agrees with the list: nobody was told "enrolled" and then found waiting.
    const byId = new Map(listed.map((e) => [e.id, e]));
    for (const answer of answers) expect(byId.get(answer.id)).toMatchObject({ status: answer.status });
    expect(await send('training.event.get', { id: eventId })).toMatchObject({ enrolled: 10, waiting: 40 });

    const firstInLine = listed[10];
    const cancelled = await send('training.enrolment.cancel', { eventId, enrolmentId: listed[3].id });
    expect(cancelled.status).toBe('cancelled');
    const after = await listAll(eventId);
    expect(after.find((e) => e.id === firstInLine.id)).toMatchObject({ status: 'enrolled' });
    expect(after.filter((e) => e.status === 'enrolled')).toHaveLength(10);
    expect(after.filter((e) => e.status === 'waiting')[0]).toMatchObject({ waitingPosition: 1 });
    expect(await send('training.event.get', { id: eventId })).toMatchObject({ enrolled: 10, waiting: 39 });
  });

  it('refuses the same email twice in one course, also in another case', async () => {
    const eventId = await openCourse(5);
    await send('training.enrolment.create', { eventId, participant: person(1) });
    await expect(
      send('training.enrolment.create', {
        eventId,
        participant: { ...person(1), email: 'PESSOA.1@example.org' },
      }),
    ).rejects.toMatchObject({ code: 'TRAINING.ALREADY_ENROLLED' });
    expect(await listAll(eventId)).toHaveLength(1);
  });

  it('turns simultaneous identical enrolments into one per person: one success, the rest ALREADY_ENROLLED', async () => {
    const eventId = await openCourse(2);
    // Ten copies of each of three people's enrolment, sent at once (some upper-cased) over both replicas.
    const requests = [1, 2, 3].flatMap((p) =>
      Array.from({ length: 10 }, (_, copy) => ({
        ...person(p),
        email: copy % 2 ? person(p).email.toUpperCase() : person(p).email,
      })),
    );
    const answers = await Promise.allSettled(
      requests.map((participant) => send('training.enrolment.create', { eventId, participant })),
    );
    const succeeded = answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
    const refused = answers.flatMap((a) => (a.status === 'rejected' ? [a.reason as { code?: string }] : []));
    expect(succeeded.map((e) => e.email).sort()).toEqual([1, 2, 3].map((p) => person(p).email));
    expect(refused).toHaveLength(27);
    for (const reason of refused) expect(reason).toMatchObject({ code: 'TRAINING.ALREADY_ENROLLED' });

    const listed = await listAll(eventId);
    expect(listed.map((e) => e.status)).toEqual(['enrolled', 'enrolled', 'waiting']);
    expect(new Set(listed.map((e) => e.id))).toEqual(new Set(succeeded.map((e) => e.id)));
    expect(await send('training.event.get', { id: eventId })).toMatchObject({ enrolled: 2, waiting: 1 });
  });

  it('shows participants to nobody but the organiser and coordinators (404)', async () => {
    const eventId = await openCourse(5);
    await expect(send('training.enrolment.list', { eventId, limit: 10 }, OTHER_AGENCY)).rejects.toMatchObject(
      {
        code: 'TRAINING.ENROLMENT_NOT_FOUND',
      },
    );
    const viewer: Caller = { ...OTHER_AGENCY, roles: ['viewer'] };
    await expect(send('training.enrolment.list', { eventId, limit: 10 }, viewer)).rejects.toMatchObject({
      code: 'TRAINING.ENROLMENT_NOT_FOUND',
    });
    const organiser: Caller = { clientId: 'oim', institutionId: ORGANISER, roles: ['agency'] };
    await expect(send('training.enrolment.list', { eventId, limit: 10 }, organiser)).resolves.toMatchObject({
      items: [],
    });
  });

  it('imports about 600 rows at once, all or nothing, and changes nothing when the same file comes again', async () => {
    const eventId = await openCourse(600);
    const header = '\uFEFFnome;email;cpf;público;uf';
    const rows = Array.from(
      { length: 600 },
      (_, i) => `"Pessoa; ${i}";pessoa.${i}@example.org;;justice_system;SP`,
    );
    const bad = [...rows.slice(0, 300), 'Sem Email;;;justice_system;SP', ...rows.slice(300)];
    await expect(
      send('training.enrolment.import', { eventId, csv: [header, ...bad].join('\r\n') }),
    ).rejects.toMatchObject({
      code: 'TRAINING.IMPORT_INVALID',
      errors: [expect.objectContaining({ line: 302, column: 'email' })],
    });
    expect(await send('training.event.get', { id: eventId })).toMatchObject({ enrolled: 0, waiting: 0 });

    const csv = [header, ...rows].join('\r\n');
    expect(await send('training.enrolment.import', { eventId, csv })).toEqual({
      created: 600,
      unchanged: 0,
      enrolled: 600,
      waiting: 0,
    });
    expect(await send('training.enrolment.import', { eventId, csv })).toEqual({
      created: 0,
      unchanged: 600,
      enrolled: 0,
      waiting: 0,
    });
    expect(await send('training.event.get', { id: eventId })).toMatchObject({ enrolled: 600, waiting: 0 });
    const first = await send('training.enrolment.list', { eventId, limit: 2 });
    expect(first.items.map((e) => e.name)).toEqual(['Pessoa; 0', 'Pessoa; 1']);
  });

  it('refuses an invalid transition with 409 TRAINING.INVALID_TRANSITION', async () => {
    const eventId = await openCourse(5);
    await expect(send('training.event.complete', { id: eventId })).rejects.toMatchObject({
      code: 'TRAINING.INVALID_TRANSITION',
    });
    await expect(send('training.event.transition', { id: eventId, to: 'open' })).rejects.toMatchObject({
      code: 'TRAINING.INVALID_TRANSITION',
    });
  });

  it('limits public certificate lookups per address across replicas (COMMON.RATE_LIMITED), not other addresses', async () => {
    const lookup = (clientIp: string) =>
      send('training.certificate.verify', { code: 'AAAAAAAAAAAAAAAAAAAAAAAA', clientIp }, null);
    for (let i = 0; i < 5; i++) {
      await expect(lookup('203.0.113.7')).rejects.toMatchObject({ code: 'TRAINING.CERTIFICATE_NOT_FOUND' });
    }
    await expect(lookup('203.0.113.7')).rejects.toMatchObject({ code: 'COMMON.RATE_LIMITED' });
    await expect(lookup('203.0.113.8')).rejects.toMatchObject({ code: 'TRAINING.CERTIFICATE_NOT_FOUND' });
  });

  it('announces planned, opened and cancelled courses on JetStream, without participants', async () => {
    const eventId = await openCourse(5);
    await send('training.enrolment.create', { eventId, participant: person(7) });
    await send('training.event.transition', { id: eventId, to: 'cancelled' });
    const { jsm } = h.replicas[0].app.get<JetStreamConnection>(JETSTREAM_CONNECTION);
    for (const type of ['training.scheduled', 'training.enrollment-opened', 'training.cancelled'] as const) {
      await expectEventually(async () => {
        const message = await jsm.streams.getMessage(streamName('training'), {
          last_by_subj: EVENT_CATALOG[type].subject,
        });
        const text = new TextDecoder().decode(message?.data);
        expect(JSON.parse(text)).toMatchObject({ type, data: { trainingId: eventId } });
        expect(text).not.toContain('example.org');
      });
    }
  });
});
