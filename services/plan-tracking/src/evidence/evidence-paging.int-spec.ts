import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import {
  HEADER_CALLER_ASSERTION,
  LATEST_EVIDENCE,
  createCloudEvent,
  type Caller,
  type EloCloudEvent,
  type ErrorPayload,
  type Evidence,
  type Page,
} from '@elo/contracts';
import { EventPublisher } from '@elo/events';
import { runWithContext } from '@elo/observability';
import { expectEventually, testAssertion } from '@elo/testing';
import { ActivityRepository } from '../activities/activity.repository';
import { ActivityService } from '../activities/activity.service';
import { startPlanHarness, type PlanHarness } from '../test-fixtures/plan-harness';
import { trainingEvidence } from './event-evidence';
import { EvidenceRecorder } from './evidence.recorder';
import { EvidenceRepository } from './evidence.repository';

const CODE = '3.2.1';
const TRAININGS = 23;
const VIEWER: Caller = { clientId: 'viewer', institutionId: '0123456789abcdef01234567', roles: ['viewer'] };
const COORDINATOR: Caller = { ...VIEWER, clientId: 'coord', roles: ['coordinator'] };

const training = (n: number, code = CODE) =>
  createCloudEvent(
    'training.completed',
    'trn-many', // one CloudEvents subject: the plan handles them in publication order
    {
      trainingId: `trn-${n}`,
      title: `Capacitação ${n}`,
      activityCodes: [code],
      completedAt: '2025-04-10T12:00:00.000Z',
      participants: [{ audience: 'health', count: 2 }],
    },
    { producer: 'training', correlationId: `many-${n}` },
  );

describe('evidence in its own collection, paged (real NATS, real MongoDB wire protocol)', () => {
  let h: PlanHarness;
  let app: INestApplication;
  let nc: NatsConnection;

  beforeAll(async () => {
    h = await startPlanHarness('plan-evidence');
    ({ app } = h);
    nc = await connect({ servers: h.natsUrl });
  }, 60_000);

  afterAll(async () => {
    await nc?.close();
    await h?.stop();
  });

  /** A request as any process on the bus sends it: the pattern's catalog schema parses it. */
  async function rpc<T>(pattern: string, data: unknown): Promise<{ err?: ErrorPayload; response?: T }> {
    const hdrs = natsHeaders();
    hdrs.set(HEADER_CALLER_ASSERTION, await testAssertion(pattern, VIEWER));
    const body = JSON.stringify({ pattern, id: randomUUID(), data });
    const reply = await nc.request(pattern, body, { timeout: 5_000, headers: hdrs });
    return reply.json<{ err?: ErrorPayload; response?: T }>();
  }

  const consumed = (outcome: string) => h.consumed('record-training-evidence', outcome);
  const publishAgain = (e: EloCloudEvent) => h.publishAgain(e);

  it('keeps every entry once, serves them in pages, and leaves the activity only counts and the latest few', async () => {
    await runWithContext({ correlationId: 'setup', caller: COORDINATOR }, () =>
      app.get(ActivityService).update(
        CODE,
        {
          indicators: [{ key: 'people', name: 'Pessoas', unit: 'people_trained', baseline: 0, target: 1000 }],
        },
        COORDINATOR,
      ),
    );
    const events = Array.from({ length: TRAININGS }, (_, i) => training(i + 1));
    const publisher = app.get(EventPublisher);
    for (const [i, e] of events.entries()) {
      await publisher.publish(e);
      if (i % 5 === 0) await publishAgain(e); // redelivered under another message id
    }
    await expectEventually(async () => expect(await consumed('handled')).toBe(TRAININGS), {
      timeoutMs: 30_000,
    });
    await expectEventually(async () => expect(await consumed('duplicate')).toBe(5));

    const activity = await app.get(ActivityService).get(CODE);
    expect(activity.evidenceCount).toBe(TRAININGS);
    expect(activity.evidence.map((e) => e.sourceEventId)).toEqual(
      events.slice(-LATEST_EVIDENCE).map((e) => e.id),
    );
    expect(activity.indicators[0]?.values).toEqual([{ period: '2025-Q2', value: 2 * TRAININGS }]);

    const seen: Evidence[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const { err, response } = await rpc<Page<Evidence>>('plan-tracking.evidence.list', {
        code: CODE,
        limit: 10,
        ...(cursor ? { cursor } : {}),
      });
      expect(err).toBeUndefined();
      seen.push(...(response?.items ?? []));
      sizes.push(response?.items.length ?? 0);
      cursor = response?.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([10, 10, 3]);
    expect(seen.map((e) => e.sourceEventId)).toEqual(events.map((e) => e.id));
    expect(seen[0]).toEqual(trainingEvidence(events[0]));
  });

  it('finishes a recording a crash interrupted, counting it once', async () => {
    const event = training(100, '3.2.2');
    const evidence = trainingEvidence(event);
    const activities = app.get(ActivityRepository);
    // A crash after the activity counted the entry, before the entry was marked applied.
    await app.get(EvidenceRepository).stage('3.2.2', [evidence]);
    const before = await activities.findByCode('3.2.2');
    await activities.changeAtVersion('3.2.2', before?.__v ?? 0, {
      $inc: { evidenceCount: 1 },
      $push: { evidence: evidence, evidenceInFlight: evidence.id },
    });
    const listed = () => rpc<Page<Evidence>>('plan-tracking.evidence.list', { code: '3.2.2', limit: 10 });
    expect((await listed()).response?.items).toEqual([]);

    // The redelivery.
    await app.get(EvidenceRecorder).record(event, ['3.2.2'], evidence);
    const after = await activities.findByCode('3.2.2');
    expect(after).toMatchObject({ evidenceCount: 1, evidenceInFlight: [] });
    expect((await listed()).response?.items.map((e) => e.id)).toEqual([evidence.id]);
    await app.get(EvidenceRecorder).record(event, ['3.2.2'], evidence);
    expect((await activities.findByCode('3.2.2'))?.evidenceCount).toBe(1);
  });

  it('answers an unknown activity, unknown keys and operator values with coded errors', async () => {
    expect((await rpc('plan-tracking.evidence.list', { code: '9.9.9', limit: 10 })).err?.code).toBe(
      'PLAN.ACTIVITY_NOT_FOUND',
    );
    for (const data of [
      { code: CODE, limit: 10, activityCode: CODE },
      { code: { $gt: '' }, limit: 10 },
      { code: CODE, limit: 1000 },
      { code: CODE, limit: 10, cursor: { $ne: null } },
    ]) {
      expect((await rpc('plan-tracking.evidence.list', data)).err?.code).toBe('COMMON.VALIDATION');
    }
  });
});
