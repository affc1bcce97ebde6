import { randomUUID } from 'node:crypto';
import { getConnectionToken } from '@nestjs/mongoose';
import { Types, type Connection } from 'mongoose';
import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  EVENT_CATALOG,
  createCloudEvent,
  streamName,
  type Caller,
  type RpcPattern,
  type RpcRequest,
  type RpcResponse,
} from '@elo/contracts';
import { HEADER_MSG_ID, JETSTREAM_CONNECTION, encodeEvent, type JetStreamConnection } from '@elo/events';
import type { RunningService } from '@elo/runtime';
import { expectEventually } from '@elo/testing';
import { seedId } from './seed/demo-data';
import { SEED_ACRONYMS } from './seed/demo-events';
import { TrainingSeeder } from './seed/training.seeder';
import { startTrainingHarness, type TrainingHarness } from './test-fixtures/training-harness';

const COORDINATOR: Caller = {
  clientId: 'coord',
  institutionId: 'aaaaaaaaaaaaaaaaaaaaaaaa',
  roles: ['coordinator'],
};
const institutionId = (i: number) => `${'c'.repeat(22)}${String(i).padStart(2, '0')}`;

// One service on real NATS (JetStream) and the MongoDB wire protocol: module updates at a version,
// agreements learnt from partnership.signed, and the demo seed's announcement of its completed course.
describe('training: module versions, agreements from events, seeded completions', () => {
  let h: TrainingHarness;
  let service: RunningService;
  let nc: NatsConnection;

  beforeAll(async () => {
    h = await startTrainingHarness({
      name: 'training-links',
      institutions: SEED_ACRONYMS.map((acronym, i) => ({
        id: institutionId(i),
        name: acronym,
        acronym,
        kind: 'federal_body',
        networks: [],
        version: 0,
      })),
    });
    [service] = h.replicas;
    nc = await connect({ servers: h.nats.url });
  }, 90_000);

  afterAll(async () => {
    await nc?.close();
    await h?.stop();
  });

  const send = <P extends RpcPattern>(pattern: P, request: unknown): Promise<RpcResponse<P>> =>
    h.send(pattern, request, COORDINATOR);

  const course = (partnershipId: string) => ({
    title: 'Curso na tríplice fronteira',
    modality: 'online',
    timezone: 'America/Sao_Paulo',
    sessions: [{ start: '2026-03-10T14:00:00-03:00', end: '2026-03-10T18:00:00-03:00' }],
    capacity: 20,
    audiences: ['law_enforcement'],
    organiserInstitutionId: institutionId(0),
    partnershipId,
  });

  it('changes a module at the version read, refuses a stale one (412) and merges without one', async () => {
    const created = await send('training.module.create', {
      title: 'Conceitos',
      hours: 4,
      objectives: ['Reconhecer o art. 149-A'],
      audiences: ['health'],
      activityCodes: ['1.4.2'],
    });
    expect(created.version).toBe(0);
    const changed = await send('training.module.update', {
      id: created.id,
      changes: { hours: 6 },
      expectedVersion: 0,
    });
    expect(changed).toMatchObject({ hours: 6, title: 'Conceitos', version: 1 });
    await expect(
      send('training.module.update', { id: created.id, changes: { hours: 8 }, expectedVersion: 0 }),
    ).rejects.toMatchObject({ code: 'COMMON.PRECONDITION_FAILED' });
    expect(await send('training.module.get', { id: created.id })).toMatchObject({ hours: 6, version: 1 });
    expect(
      await send('training.module.update', { id: created.id, changes: { title: 'Conceitos e marco legal' } }),
    ).toMatchObject({ title: 'Conceitos e marco legal', hours: 6, version: 2 });
    await expect(
      send('training.module.update', { id: 'ffffffffffffffffffffffff', changes: { hours: 1 } }),
    ).rejects.toMatchObject({ code: 'TRAINING.MODULE_NOT_FOUND' });
    // Codes outside the plan would be dead-lettered by plan-tracking: refused here, nothing changed.
    await expect(
      send('training.module.update', { id: created.id, changes: { activityCodes: ['1.4.2', '9.9.9'] } }),
    ).rejects.toMatchObject({
      code: 'TRAINING.UNKNOWN_REFERENCE',
      errors: [{ field: 'activityCodes', message: '9.9.9 is not an activity of the plan' }],
    });
    expect(await send('training.module.get', { id: created.id })).toMatchObject({
      activityCodes: ['1.4.2'],
      version: 2,
    });
  });

  it('accepts a course’s partnership only once partnership.signed has announced it', async () => {
    const partnershipId = 'dddddddddddddddddddddd01';
    await expect(send('training.event.create', course(partnershipId))).rejects.toMatchObject({
      code: 'TRAINING.UNKNOWN_REFERENCE',
      errors: [expect.objectContaining({ field: 'partnershipId' })],
    });
    const signed = createCloudEvent(
      'partnership.signed',
      partnershipId,
      {
        partnershipId,
        title: '[DEMO] Projeto EUROFRONT',
        kind: 'international_project',
        partnerInstitutionIds: [institutionId(0)],
        activityCodes: ['2.6.1'],
        signedAt: '2026-01-15T03:00:00.000Z',
      },
      { producer: 'partnerships', correlationId: randomUUID() },
    );
    const { body, headers } = encodeEvent(signed);
    headers.set(HEADER_MSG_ID, signed.id);
    await jetstream(nc).publish(EVENT_CATALOG['partnership.signed'].subject, body, { headers });
    await expectEventually(async () =>
      expect(await send('training.event.create', course(partnershipId))).toMatchObject({ partnershipId }),
    );
  });

  it('changes a course at the version read: more seats promote the waiting list, never fewer than taken', async () => {
    const planned = await send('training.event.create', {
      ...course(''),
      partnershipId: undefined,
      capacity: 2,
    });
    const opened = await send('training.event.transition', { id: planned.id, to: 'open' });
    for (const i of [1, 2, 3]) {
      await send('training.enrolment.create', {
        eventId: planned.id,
        participant: { name: `Pessoa ${i}`, email: `p${i}@example.org`, audience: 'law_enforcement' },
      });
    }
    const update = (changes: object, expectedVersion?: number) =>
      send('training.event.update', { id: planned.id, changes, expectedVersion });
    await expect(update({ capacity: 1 })).rejects.toMatchObject({
      code: 'TRAINING.CAPACITY_BELOW_ENROLLED',
      errors: [expect.objectContaining({ field: 'capacity' })],
    });
    await expect(update({ partnershipId: 'dddddddddddddddddddddd99' })).rejects.toMatchObject({
      code: 'TRAINING.UNKNOWN_REFERENCE',
      errors: [expect.objectContaining({ field: 'partnershipId' })],
    });
    await expect(update({ activityCodes: ['0.0.1'] })).rejects.toMatchObject({
      code: 'TRAINING.UNKNOWN_REFERENCE',
      errors: [expect.objectContaining({ field: 'activityCodes' })],
    });
    const changed = await update({ capacity: 3, title: 'Curso ampliado', description: null }, opened.version);
    expect(changed).toMatchObject({ title: 'Curso ampliado', capacity: 3, enrolled: 3, waiting: 0 });
    expect(changed.version).toBe(opened.version + 1);
    expect(changed.description).toBeUndefined();
    await expect(update({ title: 'Outro' }, opened.version)).rejects.toMatchObject({
      code: 'COMMON.PRECONDITION_FAILED',
    });
    // Another agency reads every course (the public calendar), so a 403 tells it nothing a 404 would hide.
    const stranger: Caller = { clientId: 'x', institutionId: 'bbbbbbbbbbbbbbbbbbbbbbbb', roles: ['agency'] };
    const asStranger = <P extends RpcPattern>(pattern: P, request: RpcRequest<P>) =>
      h.send(pattern, request, stranger);
    expect(await asStranger('training.event.get', { id: planned.id })).toMatchObject({ id: planned.id });
    await expect(
      asStranger('training.event.update', { id: planned.id, changes: { title: 'Meu' } }),
    ).rejects.toMatchObject({ code: 'TRAINING.NOT_ORGANISER' });
    await send('training.event.transition', { id: planned.id, to: 'cancelled' });
    await expect(update({ title: 'Tarde demais' })).rejects.toMatchObject({ code: 'TRAINING.EVENT_CLOSED' });
    expect(await send('training.event.get', { id: planned.id })).toMatchObject({ title: 'Curso ampliado' });

    // The change that was written is announced once, with the course as changed; the refused ones are not.
    const { jsm } = service.app.get<JetStreamConnection>(JETSTREAM_CONNECTION);
    const subject = EVENT_CATALOG['training.updated'].subject;
    await expectEventually(async () => {
      const info = await jsm.streams.info(streamName('training'), { subjects_filter: subject });
      expect(info.state.subjects?.[subject]).toBe(1);
    });
    const message = await jsm.streams.getMessage(streamName('training'), { last_by_subj: subject });
    expect(JSON.parse(new TextDecoder().decode(message?.data))).toMatchObject({
      type: 'training.updated',
      subject: planned.id,
      data: {
        trainingId: planned.id,
        title: 'Curso ampliado',
        capacity: 3,
        organiserInstitutionId: institutionId(0),
        changedFields: ['title', 'description', 'capacity'],
        version: changed.version,
      },
    });
  });

  it('announces the seeded completed course once through the outbox, however often the seed runs', async () => {
    const seeder = service.app.get(TrainingSeeder);
    expect(await seeder.seed()).toBe(true);
    const { jsm } = service.app.get<JetStreamConnection>(JETSTREAM_CONNECTION);
    const subject = EVENT_CATALOG['training.completed'].subject;
    const published = async () =>
      (await jsm.streams.info(streamName('training'), { subjects_filter: subject })).state.subjects?.[
        subject
      ] ?? 0;
    await expectEventually(async () => expect(await published()).toBe(1));
    const message = await jsm.streams.getMessage(streamName('training'), { last_by_subj: subject });
    const event = JSON.parse(new TextDecoder().decode(message?.data)) as {
      data: {
        trainingId: string;
        activityCodes: string[];
        participants: { audience: string; count: number }[];
      };
    };
    expect(event.data).toMatchObject({
      trainingId: seedId('iom-south-american-case-law'),
      organiserInstitutionId: institutionId(0),
      activityCodes: ['4.1.1', '5.3.1'],
      participants: [{ audience: 'justice_system', count: expect.any(Number) }],
    });
    expect(event.data.participants[0].count).toBeGreaterThan(0);
    expect(JSON.stringify(event)).not.toContain('example.org');

    expect(await seeder.seed()).toBe(true);
    // Published events leave the outbox: a second announcement would be either still queued there
    // or already on the stream.
    const seeded = await service.app
      .get<Connection>(getConnectionToken())
      .collection('training_events')
      .findOne({ _id: new Types.ObjectId(seedId('iom-south-american-case-law')) });
    expect(seeded?.outbox).toEqual([]);
    expect(await published()).toBe(1);
  });
});
