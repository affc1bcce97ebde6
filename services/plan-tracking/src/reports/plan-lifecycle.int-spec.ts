import type { INestApplication } from '@nestjs/common';
import { DomainError, EVENT_CATALOG, streamName, type Caller, type EventType } from '@elo/contracts';
import { JETSTREAM_CONNECTION, type JetStreamConnection } from '@elo/events';
import { runWithContext } from '@elo/observability';
import type { RunningService } from '@elo/runtime';
import { expectEventually, startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { ActivityRepository } from '../activities/activity.repository';
import { ActivityService } from '../activities/activity.service';
import { startPlanTracking } from '../bootstrap';
import { planConfigSchema, type PlanConfig } from '../config';
import { OverdueChecker } from '../overdue/overdue.checker';
import { ApprovalResumer } from './approval-resumer';
import { ReportRepository } from './report.repository';
import { ReportService } from './report.service';

const COORDINATOR: Caller = {
  clientId: 'coord',
  institutionId: '0123456789abcdef01234567',
  roles: ['coordinator'],
};
const DECIDER = { clientId: COORDINATOR.clientId, institutionId: COORDINATOR.institutionId };
const asCoordinator = <T>(fn: () => Promise<T>) =>
  runWithContext({ correlationId: 'test', caller: COORDINATOR }, fn);

describe('plan-tracking: overdue announcements and resumable approvals', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let config: PlanConfig;
  let service: RunningService;
  let app: INestApplication;

  const start = async () => {
    service = await startPlanTracking(config);
    app = service.app;
  };

  beforeAll(async () => {
    nats = await startNats({ requireOwned: true });
    mongo = await startMongo();
    config = planConfigSchema.parse({
      NATS_URL: nats.url,
      MONGO_URL: mongo.url,
      ELO_DB_PREFIX: mongo.dbName('plan-life'),
      PLAN_SEED: 'true',
      PLAN_HTTP_PORT: '0',
      // Only the test resumes approvals (besides the run at boot).
      PLAN_APPROVAL_RESUME_MS: String(86_400_000),
      LOG_LEVEL: 'warn',
    });
    await start();
  }, 60_000);

  afterAll(async () => {
    await service?.close();
    await mongo?.stop();
    await nats?.stop();
  });

  /** How many events of a type reached this service's stream (the outbox relay published them). */
  async function published(type: EventType): Promise<number> {
    const jsm = app.get<JetStreamConnection>(JETSTREAM_CONNECTION).jsm;
    const subject = EVENT_CATALOG[type].subject;
    const info = await jsm.streams.info(streamName('plan-tracking'), { subjects_filter: subject });
    return info.state.subjects?.[subject] ?? 0;
  }

  it('announces an activity overdue once, across runs and restarts', async () => {
    const activities = app.get(ActivityService);
    await asCoordinator(async () => {
      await activities.update(
        '1.2.1',
        {
          status: 'in_progress',
          startDate: '2024-01-15',
          dueDate: '2024-06-30',
        },
        COORDINATOR,
      );
      await activities.update('1.2.2', { status: 'completed', dueDate: '2024-06-30' }, COORDINATOR);
      await activities.update('1.2.3', { dueDate: '2028-12-31' }, COORDINATOR);
    });

    expect(await app.get(OverdueChecker).check()).toEqual(['1.2.1']);
    expect(await app.get(OverdueChecker).check()).toEqual([]);
    await expectEventually(async () => expect(await published('activity.overdue')).toBe(1));
    const notifiedAt = (await app.get(ActivityRepository).findByCode('1.2.1'))?.overdueNotifiedAt;
    expect(notifiedAt).toBeInstanceOf(Date);
    expect((await activities.get('1.2.1')).overdue).toBe(true);

    await service.close();
    await start();
    expect(await app.get(OverdueChecker).check()).toEqual([]);
    expect((await app.get(ActivityRepository).findByCode('1.2.1'))?.overdueNotifiedAt).toEqual(notifiedAt);
    expect(await published('activity.overdue')).toBe(1);
  });

  it('announces again when the due date moves, not when the same one is sent again', async () => {
    const activities = app.get(ActivityService);
    const checker = app.get(OverdueChecker);
    await asCoordinator(() => activities.update('1.2.1', { dueDate: '2024-06-30' }, COORDINATOR));
    expect(await checker.check()).toEqual([]);
    await asCoordinator(() => activities.update('1.2.1', { dueDate: '2024-09-30' }, COORDINATOR));
    expect(await checker.check()).toEqual(['1.2.1']);
    await asCoordinator(() => activities.update('1.2.1', { dueDate: null }, COORDINATOR));
    expect((await app.get(ActivityRepository).findByCode('1.2.1'))?.overdueNotifiedAt).toBeNull();
    expect(await checker.check()).toEqual([]);
    await expectEventually(async () => expect(await published('activity.overdue')).toBe(2));
  });

  it('finishes an approval that stopped between the report write and the activity write', async () => {
    const reports = app.get(ReportService);
    const submitted = await asCoordinator(() =>
      reports.submit(
        '1.3.1',
        {
          period: '2025-Q1',
          progress: 40,
          narrative: 'Reuniões ordinárias do CONATRAP realizadas.',
          evidence: [{ title: 'Ata da 1ª reunião', url: 'https://www.gov.br/ata-1.pdf' }],
        },
        COORDINATOR,
      ),
    );
    // The crash: the report is approved, the activity never heard of it.
    await app.get(ReportRepository).decide('1.3.1', submitted.id, 'approved', DECIDER, []);
    expect((await app.get(ActivityService).get('1.3.1')).progress).toBe(0);

    expect(await app.get(ApprovalResumer).resume()).toBe(1);
    expect(await app.get(ApprovalResumer).resume()).toBe(0);
    const activity = await app.get(ActivityService).get('1.3.1');
    expect(activity).toMatchObject({ progress: 40, progressPeriod: '2025-Q1', status: 'in_progress' });
    expect(activity.evidence.filter((e) => e.sourceId === submitted.id)).toHaveLength(1);
  });

  it('passes over an approval it cannot apply and resumes the ones after it', async () => {
    const repository = app.get(ReportRepository);
    const approved = async (code: string, progress: number) => {
      const id = repository.newId();
      await repository.create(id, code, { period: '2025-Q1', progress, narrative: 'Feito.' }, DECIDER, []);
      await repository.decide(code, id.toHexString(), 'approved', DECIDER, []);
    };
    // No such activity: this approval can never be applied, and it comes first in id order.
    await approved('9.9.9', 10);
    await approved('1.4.3', 30);

    expect(await app.get(ApprovalResumer).resume()).toBe(1);
    expect((await app.get(ActivityService).get('1.4.3')).progress).toBe(30);
    expect(await app.get(ApprovalResumer).resume()).toBe(0);
  });

  it('lets an approve retry finish a half-done approval, then says it was decided', async () => {
    const reports = app.get(ReportService);
    const submitted = await asCoordinator(() =>
      reports.submit(
        '1.4.1',
        { period: '2025-Q2', progress: 70, narrative: 'Minuta concluída.' },
        COORDINATOR,
      ),
    );
    await app.get(ReportRepository).decide('1.4.1', submitted.id, 'approved', DECIDER, []);
    await expect(
      asCoordinator(() => reports.approve('1.4.1', submitted.id, COORDINATOR)),
    ).rejects.toMatchObject({
      code: 'PLAN.REPORT_NOT_PENDING',
    });
    expect((await app.get(ActivityService).get('1.4.1')).progress).toBe(70);
  });

  it('lets exactly one of two simultaneous approvals win, and applies the report once', async () => {
    const reports = app.get(ReportService);
    // Stream counts so far: earlier tests publish too.
    const submittedBefore = await published('activity.report-submitted');
    const approvedBefore = await published('activity.report-approved');
    const submitted = await asCoordinator(() =>
      reports.submit(
        '1.4.2',
        {
          period: '2025-Q3',
          progress: 100,
          narrative: 'Concluída.',
          evidence: [{ title: 'Relatório final' }],
        },
        COORDINATOR,
      ),
    );
    const results = await Promise.allSettled([
      asCoordinator(() => reports.approve('1.4.2', submitted.id, COORDINATOR)),
      asCoordinator(() => reports.approve('1.4.2', submitted.id, COORDINATOR)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(DomainError);
    expect((rejected?.reason as DomainError).code).toBe('PLAN.REPORT_NOT_PENDING');
    const activity = await app.get(ActivityService).get('1.4.2');
    expect(activity).toMatchObject({ progress: 100, status: 'completed' });
    expect(activity.evidence.filter((e) => e.sourceId === submitted.id)).toHaveLength(1);
    // One submission and one approval, however many approvals were attempted.
    await expectEventually(async () => {
      expect(await published('activity.report-submitted')).toBe(submittedBefore + 1);
      expect(await published('activity.report-approved')).toBe(approvedBefore + 1);
    });
  });
});
