import type { ApiResponse } from '@elo/testing';
import {
  expectProblem,
  startPlanFixture,
  type Activity,
  type Page,
  type PlanFixture,
} from './support/plan-fixture';

describe('the plan through the gateway: reading, searching, changing', () => {
  let fx: PlanFixture;
  let coordinator: string;
  let mjsp: string;
  let mte: string;

  async function all<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const sep = path.includes('?') ? '&' : '?';
      const res: ApiResponse<Page<T>> = await fx.get<Page<T>>(
        `${path}${sep}limit=10${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.status).toBe(200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
      if (!cursor) return items;
    }
    throw new Error('too many pages');
  }

  beforeAll(async () => {
    fx = await startPlanFixture();
    ({ coordinator, mjsp, mte } = fx);
    await fx.patchOnceKnown('/v1/plan/activities/2.5.1', {
      status: 'in_progress',
      leadInstitutionId: mjsp,
      partnerInstitutionIds: [mte],
      startDate: '2025-01-01',
      dueDate: '2028-12-31', // the plan's last day: never overdue while the plan runs
    });
  }, 180_000);

  afterAll(async () => {
    await fx?.stop();
  });

  it('serves the seeded plan: 5 axes, 26 actions and 108 activities in code order', async () => {
    const axes = await fx.get<{ items: { number: number; title: string }[] }>('/v1/plan/axes');
    expect(axes.status).toBe(200);
    expect(axes.body.items.map((a) => a.number)).toEqual([1, 2, 3, 4, 5]);

    const actions = await all<{ code: string }>('/v1/plan/actions');
    expect(actions).toHaveLength(26);
    expect(actions.slice(0, 5).map((a) => a.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1']);
    expect((await all<{ axis: number }>('/v1/plan/actions?axis=2')).every((a) => a.axis === 2)).toBe(true);

    const activities = await all<{ code: string }>('/v1/plan/activities');
    expect(activities).toHaveLength(108);
    expect(new Set(activities.map((a) => a.code)).size).toBe(108);
    // Numeric order: 1.1.9 before 1.1.10.
    const codes = activities.map((a) => a.code);
    expect(codes.indexOf('1.1.9')).toBeLessThan(codes.indexOf('1.1.10'));
  });

  it('filters activities by action, institution and accent-insensitive text', async () => {
    const byAction = await all<{ code: string; action: string }>('/v1/plan/activities?action=2.5');
    expect(byAction.length).toBeGreaterThan(0);
    expect(byAction.every((a) => a.action === '2.5' && a.code.startsWith('2.5.'))).toBe(true);

    expect(
      (await all<{ code: string }>(`/v1/plan/activities?institution=${mte}`)).map((a) => a.code),
    ).toEqual(['2.5.1']);

    const accented = await all<{ code: string }>(
      `/v1/plan/activities?q=${encodeURIComponent('COMITÊ NACIONAL')}`,
    );
    const plain = await all<{ code: string }>('/v1/plan/activities?q=comite%20nacional');
    expect(accented.map((a) => a.code)).toContain('1.1.1');
    expect(plain).toEqual(accented);
    expect(await all('/v1/plan/activities?q=%2E%2A')).toEqual([]); // ".*" is text, not a pattern
  });

  it('answers an activity by code with its text, 404 for an unknown code and 400 for a malformed one', async () => {
    const res = await fx.get<Activity>('/v1/plan/activities/1.1.1');
    expect(res.status).toBe(200);
    expect(res.body.code).toBe('1.1.1');
    expect(res.body.text).toMatch(
      /^Fortalecer o Comitê Nacional de Enfrentamento ao Tráfico de Pessoas - CONATRAP/,
    );
    expectProblem(await fx.get('/v1/plan/activities/9.9.9'), 404, 'PLAN.ACTIVITY_NOT_FOUND');
    expectProblem(await fx.get('/v1/plan/activities/abc'), 400, 'COMMON.VALIDATION');
    expectProblem(await fx.get('/v1/plan/actions?cursor=bm9wZQ'), 400, 'COMMON.VALIDATION');
  });

  it('validates a coordinator’s change: institutions from the directory, dates within 2024–2028', async () => {
    const unknown = await fx.send('PATCH', '/v1/plan/activities/2.5.2', coordinator, {
      leadInstitutionId: '0123456789abcdef01234567',
    });
    expectProblem(unknown, 400, 'PLAN.UNKNOWN_INSTITUTION');
    const late = await fx.send('PATCH', '/v1/plan/activities/2.5.2', coordinator, { dueDate: '2029-01-01' });
    expect(expectProblem(late, 400, 'COMMON.VALIDATION').errors?.map((e) => e.field)).toEqual(['dueDate']);
    const reversed = await fx.send('PATCH', '/v1/plan/activities/2.5.2', coordinator, {
      startDate: '2026-01-01',
      dueDate: '2025-01-01',
    });
    expectProblem(reversed, 400, 'PLAN.INVALID_DATES');
    expectProblem(
      await fx.send('PATCH', '/v1/plan/activities/2.5.2', coordinator, { status: 'done' }),
      400,
      'COMMON.VALIDATION',
    );
    expect((await fx.get<Activity>('/v1/plan/activities/2.5.2')).body).toMatchObject({
      status: 'not_started',
    });
    expect((await fx.get<Activity>('/v1/plan/activities/2.5.2')).body.leadInstitutionId).toBeUndefined();
  });

  it('summarises the plan per axis and per institution', async () => {
    const res = await fx.get<{
      axes: { axis: number; activities: number; byStatus: Record<string, number> }[];
      overall: {
        activities: number;
        byStatus: Record<string, number>;
        meanProgress: number;
        overdue: number;
        reportsPending: number;
        institutions: { institutionId: string; acronym?: string; led: number; late: number }[];
      };
    }>('/v1/plan/dashboard');
    expect(res.status).toBe(200);
    expect(res.body.axes.map((a) => [a.axis, a.activities])).toEqual([
      [1, 22],
      [2, 31],
      [3, 20],
      [4, 23],
      [5, 12],
    ]);
    expect(res.body.axes.reduce((sum, a) => sum + a.activities, 0)).toBe(108);
    expect(res.body.axes[1]?.byStatus['in_progress']).toBe(1);
    expect(res.body.overall).toMatchObject({
      activities: 108,
      byStatus: { not_started: 107, in_progress: 1, completed: 0, delayed: 0, cancelled: 0 },
      meanProgress: 0,
      overdue: 0,
      reportsPending: 0,
    });
    expect(res.body.overall.institutions).toEqual([
      expect.objectContaining({ institutionId: mjsp, acronym: 'MJSP', led: 1, late: 0 }),
    ]);
  });

  it('changes an activity conditionally: ETag on reads and changes, 412 for a stale If-Match', async () => {
    const path = '/v1/plan/activities/2.5.3';
    const patch = (body: unknown, ifMatch?: string) =>
      fx.stack.api.request<Activity & { version: number }>('PATCH', path, {
        token: coordinator,
        body,
        headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
      });
    const read = await fx.get<Activity & { version: number }>(path);
    const version = read.body.version;
    expect(read.headers.get('etag')).toBe(`"${version}"`);

    const changed = await patch({ startDate: '2025-03-01' }, `"${version}"`);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).toBe(`"${version + 1}"`);

    expectProblem(
      await patch({ startDate: '2025-04-01' }, `"${version}"`),
      412,
      'COMMON.PRECONDITION_FAILED',
    );
    const weak = expectProblem(
      await patch({ startDate: '2025-04-01' }, `W/"${version + 1}"`),
      400,
      'COMMON.VALIDATION',
    );
    expect(weak.errors?.map((e) => e.field)).toEqual(['If-Match']);
    const after = await fx.get<Activity & { version: number; startDate?: string }>(path);
    expect(after.body).toMatchObject({ startDate: '2025-03-01', version: version + 1 });

    const unconditional = await patch({ startDate: '2025-05-01' });
    expect([unconditional.status, unconditional.headers.get('etag')]).toEqual([200, `"${version + 2}"`]);
  });
});
