import { randomUUID } from 'node:crypto';
import { Parser, type Diagnostic } from '@asyncapi/parser';

// @stoplight severities: 0 is an error (1 warning, 2 information, 3 hint).
const isError = (d: Diagnostic) => Number(d.severity) === 0;
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { MongoClient } from 'mongodb';
import { createCloudEvent, type DeadLetterPage } from '@elo/contracts';
import { adminToken, expectEventually, startTestStack, type TestStack } from '@elo/testing';

const randomHex = () => randomUUID().replace(/-/g, '').slice(0, 24);

describe('event backbone through the stack', () => {
  let stack: TestStack;
  let mongo: MongoClient;
  // Acting as the producers on the secured bus: each publishes only its own events.
  let asDirectory: NatsConnection;
  let asTraining: NatsConnection;
  let token: string;
  const prefix = `events-${randomUUID().slice(0, 8)}`;
  const planDb = () => mongo.db(`${prefix}-plan-tracking`);
  const copyOf = (id: string) =>
    planDb().collection<{ _id: string; version: number }>('institutions').findOne({ _id: id });
  const createInstitution = async (acronym: string) => {
    const res = await stack.api.request<{ id: string }>('POST', '/v1/institutions', {
      token,
      body: { name: `Instituição ${acronym}`, acronym, kind: 'federal_body' },
    });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const listDeadLetters = async (query = '?service=plan-tracking&limit=100') =>
    (await stack.api.request<DeadLetterPage>('GET', `/v1/admin/dead-letters${query}`, { token })).body.items;

  beforeAll(async () => {
    stack = await startTestStack({
      env: { ELO_DB_PREFIX: prefix, ELO_EVENTS_BACKOFF_MS: '200,400,800', ELO_EVENTS_MAX_DELIVER: '4' },
    });
    mongo = await MongoClient.connect(stack.mongo.url);
    asDirectory = await connect({ servers: stack.nats.url, ...stack.nats.as('directory') });
    asTraining = await connect({ servers: stack.nats.url, ...stack.nats.as('training') });
    token = await adminToken(stack);
  }, 180_000);

  afterAll(async () => {
    await asDirectory?.close();
    await asTraining?.close();
    await mongo?.close();
    await stack?.stop();
  });

  it('serves a valid AsyncAPI 3 document at /docs/asyncapi.json without a token', async () => {
    const res = await stack.api.request<{ asyncapi: string; channels: Record<string, { address: string }> }>(
      'GET',
      '/docs/asyncapi.json',
    );
    expect(res.status).toBe(200);
    expect(res.body.asyncapi).toBe('3.0.0');
    expect(Object.values(res.body.channels).map((c) => c.address)).toContain(
      'elo.directory.institution.created',
    );
    const diagnostics = await new Parser().validate(JSON.stringify(res.body));
    expect(diagnostics.filter((d) => isError(d))).toEqual([]);
  });

  it('delivers an institution created while plan-tracking is down, once it is back', async () => {
    await stack.stopService('plan-tracking');
    let id: string;
    try {
      id = await createInstitution('OFFLINE-EV');
    } finally {
      await stack.startService('plan-tracking');
    }
    await expectEventually(async () => expect(await copyOf(id)).toMatchObject({ version: 0 }), {
      timeoutMs: 20_000,
    });
  });

  it('dead-letters a poison event, goes on with later ones, and lets an admin list and delete it', async () => {
    const id = randomHex();
    const poison = createCloudEvent(
      'institution.created',
      id,
      { id, name: 'Sem sigla', acronym: 'X', kind: 'federal_body', networks: [], version: 0 },
      { producer: 'directory', correlationId: 'e2e-poison' },
    );
    const { acronym: _dropped, ...withoutAcronym } = poison.data;
    await jetstream(asDirectory).publish(
      'elo.directory.institution.created',
      JSON.stringify({ ...poison, data: withoutAcronym }),
    );
    const later = await createInstitution('AFTER-POISON');
    await expectEventually(async () => expect(await copyOf(later)).not.toBeNull(), { timeoutMs: 20_000 });

    const letter = await expectEventually(async () => {
      const found = (await listDeadLetters()).find((l) => l.eventId === poison.id);
      expect(found).toMatchObject({
        service: 'plan-tracking',
        handler: 'copy-institution-created',
        consumer: 'plan-tracking__copy-institution-created',
        reason: 'invalid_event',
        deliveryCount: 1,
      });
      return found!;
    });
    expect(letter.id).toMatch(/^plan-tracking\.[0-9a-f]{24}$/);
    // Without ?service, every consuming service is asked; those not deployed are named, not fatal.
    const across = await stack.api.request<DeadLetterPage & { unavailable: string[] }>(
      'GET',
      '/v1/admin/dead-letters?limit=100',
      {
        token,
      },
    );
    expect(across.status).toBe(200);
    expect(across.body.items.map((l) => l.id)).toContain(letter.id);
    expect(across.body.unavailable).not.toContain('plan-tracking');
    expect(await copyOf(id)).toBeNull();

    const replay = await stack.api.request('POST', `/v1/admin/dead-letters/${letter.id}/replay`, { token });
    expect(replay.status).toBe(409);
    expect(replay.body).toMatchObject({ code: 'MESSAGING.REPLAY_FAILED' });

    expect((await stack.api.request('DELETE', `/v1/admin/dead-letters/${letter.id}`, { token })).status).toBe(
      204,
    );
    expect((await listDeadLetters()).map((l) => l.id)).not.toContain(letter.id);
    const again = await stack.api.request('DELETE', `/v1/admin/dead-letters/${letter.id}`, { token });
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ code: 'MESSAGING.DEAD_LETTER_NOT_FOUND' });
  });

  it('dead-letters an event naming an unknown plan activity on its first delivery, logging ids and not data', async () => {
    const trainingId = randomHex();
    const event = createCloudEvent(
      'training.completed',
      trainingId,
      {
        trainingId,
        title: 'Capacitação Maria da Silva',
        activityCodes: ['9.9.9'],
        completedAt: '2025-06-01T12:00:00.000Z',
        participants: [{ audience: 'health', count: 3 }],
      },
      { producer: 'training', correlationId: 'e2e-permanent' },
    );
    await jetstream(asTraining).publish('elo.training.training.completed', JSON.stringify(event), {
      msgID: event.id,
    });

    const letter = await expectEventually(async () => {
      const found = (await listDeadLetters()).find((l) => l.eventId === event.id);
      expect(found).toMatchObject({
        handler: 'record-training-evidence',
        reason: 'permanent_error',
        deliveryCount: 1,
      });
      return found!;
    });
    expect(letter.error).toMatch(/UnknownActivityCodesError: .*9\.9\.9/);
    const line = await expectEventually(() => {
      const found = stack
        .output()
        .split('\n')
        .find((l) => l.includes('event dead-lettered') && l.includes(event.id));
      expect(found).toBeDefined();
      return JSON.parse(found!) as Record<string, unknown>;
    });
    expect(line).toMatchObject({ level: 50, service: 'plan-tracking' });
    const text = JSON.stringify(line);
    for (const field of [
      'training.completed',
      'record-training-evidence',
      'PLAN.ACTIVITY_NOT_FOUND',
      'deliveryCount',
    ])
      expect(text).toContain(field);
    expect(text).not.toContain('[object Object]');
    expect(text).not.toContain('Maria da Silva');
  });

  it('replays a dead letter through the same handler and removes it', async () => {
    // A valid event that plan-tracking gave up on earlier (say, its database was down for every delivery).
    const id = randomHex();
    const event = createCloudEvent(
      'institution.created',
      id,
      {
        id,
        name: 'Instituição adiada',
        acronym: 'ADIADA',
        kind: 'state_body',
        networks: ['NETP'],
        version: 0,
      },
      { producer: 'directory', correlationId: 'e2e-replay' },
    );
    const now = new Date();
    await planDb().collection('dead_letters').insertOne({
      handler: 'copy-institution-created',
      consumer: 'plan-tracking__copy-institution-created',
      reason: 'max_deliver',
      event,
      eventId: event.id,
      eventType: event.type,
      error: 'MongoServerSelectionError: connection refused',
      deliveryCount: 4,
      firstFailedAt: now,
      lastFailedAt: now,
    });
    const letter = (await listDeadLetters()).find((l) => l.eventId === event.id);
    expect(letter).toBeDefined();

    const res = await stack.api.request('POST', `/v1/admin/dead-letters/${letter!.id}/replay`, { token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: letter!.id, replayed: true });
    expect(await copyOf(id)).toMatchObject({ acronym: 'ADIADA', version: 0 });
    expect((await listDeadLetters()).map((l) => l.id)).not.toContain(letter!.id);
    expect(
      await planDb()
        .collection('processed_events')
        .countDocuments({ handler: 'copy-institution-created', eventId: event.id }),
    ).toBe(1);
  });

  it('guards the admin endpoints: token, role and id format', async () => {
    expect((await stack.api.request('GET', '/v1/admin/dead-letters')).status).toBe(401);
    const badId = await stack.api.request('POST', '/v1/admin/dead-letters/not-an-id/replay', { token });
    expect(badId.status).toBe(400);
    const unknown = await stack.api.request(
      'POST',
      `/v1/admin/dead-letters/plan-tracking.${randomHex()}/replay`,
      { token },
    );
    expect(unknown.status).toBe(404);
    const badService = await stack.api.request('GET', '/v1/admin/dead-letters?service=nope', { token });
    expect(badService.status).toBe(400);
  });
});
