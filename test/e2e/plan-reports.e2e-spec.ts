import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { EVENT_CATALOG, createCloudEvent } from '@elo/contracts';
import { HEADER_MSG_ID, encodeEvent } from '@elo/events';
import { createClient, expectEventually, institutionIdByAcronym } from '@elo/testing';
import {
  expectProblem,
  startPlanFixture,
  type Activity,
  type Page,
  type PlanFixture,
} from './support/plan-fixture';

interface Report {
  id: string;
  status: string;
  progress: number;
  reason?: string;
}

describe('progress reports and evidence through the gateway', () => {
  let fx: PlanFixture;
  let coordinator: string;
  let leadAgency: string;
  let outsiderAgency: string;
  let viewer: string;
  let mjsp: string;
  let mte: string;

  beforeAll(async () => {
    fx = await startPlanFixture();
    ({ coordinator, viewer, mjsp, mte } = fx);
    const abin = await institutionIdByAcronym(fx.stack, 'ABIN');
    leadAgency = await (await createClient(fx.stack, mjsp, ['agency'])).token();
    outsiderAgency = await (await createClient(fx.stack, abin, ['agency'])).token();
    await fx.patchOnceKnown('/v1/plan/activities/2.5.1', {
      leadInstitutionId: mjsp,
      partnerInstitutionIds: [mte],
      startDate: '2025-01-01',
      dueDate: '2028-12-31', // the plan's last day: never overdue while the plan runs
      indicators: [
        {
          key: 'professionals',
          name: 'Profissionais capacitados',
          unit: 'people_trained',
          baseline: 0,
          target: 600,
        },
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await fx?.stop();
  });

  it('moves progress and indicators only when a coordinator approves a report', async () => {
    const submitted = await fx.send<Report>('POST', '/v1/plan/activities/2.5.1/reports', leadAgency, {
      period: '2025-Q3',
      progress: 40,
      narrative: 'Capacitação de 120 profissionais da rede.',
      indicatorValues: [{ indicatorKey: 'professionals', value: 120 }],
      evidence: [{ title: 'Lista de presença', url: 'https://www.gov.br/mj/lista.pdf' }],
    });
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{24}$/),
      status: 'pending',
      progress: 40,
    });
    expect((await fx.get<Activity>('/v1/plan/activities/2.5.1')).body.progress).toBe(0);

    const approved = await fx.send<Report>(
      'POST',
      `/v1/plan/activities/2.5.1/reports/${submitted.body.id}/approve`,
      coordinator,
    );
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');

    const activity = (await fx.get<Activity>('/v1/plan/activities/2.5.1')).body;
    expect(activity).toMatchObject({ progress: 40, progressPeriod: '2025-Q3', status: 'in_progress' });
    expect(activity.indicators.find((i) => i.key === 'professionals')?.values).toEqual([
      { period: '2025-Q3', value: 120 },
    ]);
    expect(activity.evidence.filter((e) => e.sourceId === submitted.body.id)).toHaveLength(1);

    const again = await fx.send(
      'POST',
      `/v1/plan/activities/2.5.1/reports/${submitted.body.id}/approve`,
      coordinator,
    );
    expectProblem(again, 409, 'PLAN.REPORT_NOT_PENDING');
  });

  it('returns a report with a reason, leaving the activity as it was', async () => {
    const submitted = await fx.send<Report>('POST', '/v1/plan/activities/2.5.1/reports', coordinator, {
      period: '2025-Q4',
      progress: 90,
      narrative: 'Quase concluída.',
    });
    expect(submitted.status).toBe(201);
    const path = `/v1/plan/activities/2.5.1/reports/${submitted.body.id}`;
    expectProblem(
      await fx.send(`POST`, `${path}/return`, coordinator, { reason: '   ' }),
      400,
      'COMMON.VALIDATION',
    );

    const returned = await fx.send<Report>('POST', `${path}/return`, coordinator, {
      reason: 'Falta a lista de presença.',
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'returned', reason: 'Falta a lista de presença.' });
    expect((await fx.get<Report>(path)).body.status).toBe('returned');
    expect((await fx.get<Activity>('/v1/plan/activities/2.5.1')).body).toMatchObject({
      progress: 40,
      progressPeriod: '2025-Q3',
    });
    expectProblem(await fx.send('POST', `${path}/approve`, coordinator), 409, 'PLAN.REPORT_NOT_PENDING');
  });

  it('refuses invalid reports with problem+json naming the field, creating nothing', async () => {
    const before = (await fx.get<Page<Report>>('/v1/plan/activities/2.5.1/reports?limit=100')).body.items
      .length;
    const base = { period: '2025-Q3', progress: 10, narrative: 'x' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, period: '2029-Q1' }, 'period'],
      [{ ...base, period: '2023-Q4' }, 'period'],
      [{ ...base, progress: 101 }, 'progress'],
      [{ ...base, progress: -1 }, 'progress'],
      [{ ...base, isAdmin: true }, 'isAdmin'],
    ];
    for (const [body, field] of cases) {
      const problem = expectProblem(
        await fx.send('POST', '/v1/plan/activities/2.5.1/reports', leadAgency, body),
        400,
        'COMMON.VALIDATION',
      );
      expect(problem.errors?.map((e) => e.field)).toContain(field);
    }
    const unknownIndicator = await fx.send('POST', '/v1/plan/activities/2.5.1/reports', leadAgency, {
      ...base,
      indicatorValues: [{ indicatorKey: 'nope', value: 1 }],
    });
    expectProblem(unknownIndicator, 400, 'PLAN.UNKNOWN_INDICATOR');
    expectProblem(
      await fx.send('POST', '/v1/plan/activities/9.9.9/reports', leadAgency, base),
      404,
      'PLAN.ACTIVITY_NOT_FOUND',
    );
    expect(
      (await fx.get<Page<Report>>('/v1/plan/activities/2.5.1/reports?limit=100')).body.items,
    ).toHaveLength(before);
  });

  it('checks who may report, change and decide', async () => {
    const report = { period: '2025-Q3', progress: 10, narrative: 'x' };
    expectProblem(
      await fx.send('POST', '/v1/plan/activities/2.5.1/reports', outsiderAgency, report),
      403,
      'PLAN.NOT_A_PARTICIPANT',
    );
    expectProblem(
      await fx.send('POST', '/v1/plan/activities/2.5.1/reports', viewer, report),
      403,
      'AUTH.FORBIDDEN',
    );
    expectProblem(
      await fx.send('PATCH', '/v1/plan/activities/2.5.1', leadAgency, { status: 'delayed' }),
      403,
      'AUTH.FORBIDDEN',
    );
    expect((await fx.stack.api.request('GET', '/v1/plan/axes')).status).toBe(401);

    const pending = await fx.send<Report>('POST', '/v1/plan/activities/2.5.1/reports', leadAgency, report);
    expect(pending.status).toBe(201);
    const approve = `/v1/plan/activities/2.5.1/reports/${pending.body.id}/approve`;
    expectProblem(await fx.send('POST', approve, leadAgency), 403, 'AUTH.FORBIDDEN');
    // A report id under another activity's code is not found.
    expectProblem(
      await fx.send('POST', `/v1/plan/activities/2.5.2/reports/${pending.body.id}/approve`, coordinator),
      404,
      'PLAN.REPORT_NOT_FOUND',
    );
  });

  it('shows pending and returned reports only to their institution and to coordinators', async () => {
    const pending = await fx.send<Report>('POST', '/v1/plan/activities/2.5.1/reports', leadAgency, {
      period: '2025-Q4',
      progress: 45,
      narrative: 'Relatório ainda em análise.',
    });
    expect(pending.status).toBe(201);
    const list = '/v1/plan/activities/2.5.1/reports?limit=100';
    const one = `/v1/plan/activities/2.5.1/reports/${pending.body.id}`;
    const ids = async (token: string) =>
      (await fx.get<Page<Report>>(list, token)).body.items.map((r) => `${r.id}:${r.status}`);

    for (const token of [coordinator, leadAgency]) {
      expect(await ids(token)).toContain(`${pending.body.id}:pending`);
      expect((await fx.get<Report>(one, token)).status).toBe(200);
    }
    // Another institution's agency (ABIN) reads only approved reports: the plan's record.
    const outsider = await ids(outsiderAgency);
    expect(outsider.length).toBeGreaterThan(0); // the approved report of the first test
    expect(outsider.filter((entry) => !entry.endsWith(':approved'))).toEqual([]);
    expect((await fx.get<Page<Report>>(`${list}&status=pending`, outsiderAgency)).body.items).toEqual([]);
    // A viewer (CONATRAP) sees its own institution's returned report, not MJSP's pending one.
    const seenByViewer = await ids(viewer);
    expect(seenByViewer.some((entry) => entry.endsWith(':returned'))).toBe(true);
    expect(seenByViewer).not.toContain(`${pending.body.id}:pending`);
    for (const token of [outsiderAgency, viewer]) {
      expectProblem(await fx.get(one, token), 404, 'PLAN.REPORT_NOT_FOUND');
    }
  });

  it('records a training.completed event as evidence once, even when it is delivered twice', async () => {
    const training = createCloudEvent(
      'training.completed',
      'trn-e2e',
      {
        trainingId: 'trn-e2e',
        title: 'Capacitação de profissionais de saúde',
        activityCodes: ['2.5.1'],
        completedAt: '2025-08-15T12:00:00.000Z',
        participants: [{ audience: 'health', count: 35 }],
      },
      { producer: 'training', correlationId: 'e2e-training' },
    );
    // Same CloudEvents subject, so the plan handles it after the redelivery: once it shows, the redelivery was handled.
    const sentinel = createCloudEvent(
      'training.completed',
      'trn-e2e',
      { ...training.data, activityCodes: ['2.5.2'], participants: [] },
      { producer: 'training', correlationId: 'e2e-training' },
    );
    // As the training service: the secured bus lets only it publish training events.
    const nc: NatsConnection = await connect({ servers: fx.stack.nats.url, ...fx.stack.nats.as('training') });
    try {
      const js = jetstream(nc);
      const deliveries: [typeof training, string][] = [
        [training, training.id],
        [training, `${training.id}-redelivered`], // another message id, so JetStream does not drop it
        [sentinel, sentinel.id],
      ];
      for (const [event, msgId] of deliveries) {
        const { body, headers } = encodeEvent(event);
        headers.set(HEADER_MSG_ID, msgId);
        await js.publish(EVENT_CATALOG['training.completed'].subject, body, { headers });
      }
    } finally {
      await nc.close();
    }
    await expectEventually(
      async () => {
        const res = await fx.get<Activity>('/v1/plan/activities/2.5.2');
        expect(res.body.evidence.some((e) => e.sourceEventId === sentinel.id)).toBe(true);
      },
      { timeoutMs: 30_000 },
    );
    const activity = (await fx.get<Activity>('/v1/plan/activities/2.5.1')).body;
    expect(activity.evidence.filter((e) => e.sourceEventId === training.id)).toEqual([
      expect.objectContaining({
        kind: 'training',
        sourceId: 'trn-e2e',
        participants: [{ audience: 'health', count: 35 }],
      }),
    ]);
    // 120 from the approved 2025-Q3 report plus the 35 trained in August 2025 (same quarter).
    expect(activity.indicators.find((i) => i.key === 'professionals')?.values).toEqual([
      { period: '2025-Q3', value: 155 },
    ]);
  });

  it('pages all the evidence of an activity, and counts it on the activity', async () => {
    const activity = (await fx.get<Activity & { evidenceCount: number }>('/v1/plan/activities/2.5.1')).body;
    const seen: Activity['evidence'] = [];
    let path: string | null = '/v1/plan/activities/2.5.1/evidence?limit=1';
    while (path) {
      const page: { status: number; body: Page<Activity['evidence'][number]> } = await fx.get(path);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(1);
      seen.push(...page.body.items);
      path = page.body.nextCursor
        ? `/v1/plan/activities/2.5.1/evidence?limit=1&cursor=${page.body.nextCursor}`
        : null;
    }
    expect(seen).toHaveLength(activity.evidenceCount);
    expect(seen.map((e) => e.kind)).toEqual(['report', 'training']);
    expect(seen).toEqual(activity.evidence);
    expectProblem(await fx.get('/v1/plan/activities/9.9.9/evidence'), 404, 'PLAN.ACTIVITY_NOT_FOUND');
    expectProblem(await fx.get('/v1/plan/activities/2.5.1/evidence?limit=1000'), 400, 'COMMON.VALIDATION');
  });
});
