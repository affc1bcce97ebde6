import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { Caller, RpcPattern, RpcRequest, RpcResponse, SubmitReportInput } from '@elo/contracts';
import { RpcClient, RpcClientModule } from '@elo/messaging';
import { runWithContext } from '@elo/observability';
import type { RunningService } from '@elo/runtime';
import { startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { startPlanTracking } from './bootstrap';
import { planConfigSchema } from './config';

const COORDINATOR: Caller = {
  clientId: 'coord',
  institutionId: '0123456789abcdef01234567',
  roles: ['coordinator'],
};
const REPORT: SubmitReportInput = { period: '2025-Q1', progress: 20, narrative: 'Oficinas realizadas.' };

// The gateway validates too, but any NATS client can call plan-tracking.
describe('plan-tracking: malformed writes over NATS are COMMON.VALIDATION and change nothing', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let service: RunningService;
  let client: INestApplicationContext;
  let rpc: RpcClient;

  beforeAll(async () => {
    nats = await startNats({ requireOwned: true });
    mongo = await startMongo();
    service = await startPlanTracking(
      planConfigSchema.parse({
        NATS_URL: nats.url,
        MONGO_URL: mongo.url,
        ELO_DB_PREFIX: mongo.dbName('plan-input'),
        PLAN_SEED: 'true',
        PLAN_HTTP_PORT: '0',
        LOG_LEVEL: 'warn',
      }),
    );
    client = await NestFactory.createApplicationContext(
      RpcClientModule.forRoot({ servers: [nats.url], name: 'test', timeoutMs: 20_000 }),
      { logger: false },
    );
    rpc = client.get(RpcClient);
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await service?.close();
    await mongo?.stop();
    await nats?.stop();
  });

  /** Sends as a coordinator; `request` is loosely typed so tests can send what the types forbid. */
  const send = <P extends RpcPattern>(pattern: P, request: unknown): Promise<RpcResponse<P>> =>
    runWithContext({ correlationId: 'c', caller: COORDINATOR }, () =>
      rpc.send(pattern, request as RpcRequest<P>),
    );

  it('refuses a malformed activity change', async () => {
    const before = await send('plan-tracking.activity.get', { code: '2.1.1' });
    const indicator = { key: 'people', name: 'Pessoas', unit: 'count', baseline: 0, target: 10 };
    const bad: [unknown, string][] = [
      [{ status: 'finished' }, 'status'],
      [{ leadInstitutionId: 'not-an-id' }, 'leadInstitutionId'],
      [{ partnerInstitutionIds: 'abc' }, 'partnerInstitutionIds'],
      [{ startDate: '2025-02-30' }, 'startDate'],
      [{ dueDate: 20251231 }, 'dueDate'],
      [{ indicators: [{ ...indicator, key: 'Bad Key' }] }, 'indicators.0.key'],
      [{ indicators: [{ ...indicator, target: '10' }] }, 'indicators.0.target'],
      [{ progress: 100 }, 'progress'],
    ];
    for (const [changes, field] of bad) {
      await expect(send('plan-tracking.activity.update', { code: '2.1.1', changes })).rejects.toMatchObject({
        code: 'COMMON.VALIDATION',
        errors: [expect.objectContaining({ field: `changes.${field}` })],
      });
    }
    expect(await send('plan-tracking.activity.get', { code: '2.1.1' })).toEqual(before);
  });

  it('refuses a malformed report or reason, stores none, and accepts a good one', async () => {
    const bad: unknown[] = [
      { ...REPORT, narrative: 'x'.repeat(5_001) },
      { ...REPORT, narrative: '   ' },
      { ...REPORT, evidence: [{ title: 'x'.repeat(201) }] },
      { ...REPORT, evidence: [{ title: 'Ata', url: 'javascript:alert(1)' }] },
      { ...REPORT, evidence: Array.from({ length: 21 }, () => ({ title: 'Ata' })) },
      { ...REPORT, indicatorValues: [{ indicatorKey: 'people', value: '3' }] },
    ];
    for (const report of bad) {
      await expect(send('plan-tracking.report.submit', { code: '2.1.2', report })).rejects.toMatchObject({
        code: 'COMMON.VALIDATION',
      });
    }
    expect(await send('plan-tracking.report.list', { code: '2.1.2', limit: 10 })).toMatchObject({
      items: [],
    });

    const report = await send('plan-tracking.report.submit', { code: '2.1.2', report: REPORT });
    await expect(
      send('plan-tracking.report.return', { code: '2.1.2', id: report.id, reason: 42 }),
    ).rejects.toMatchObject({ code: 'COMMON.VALIDATION', errors: [{ field: 'reason' }] });
    expect(await send('plan-tracking.report.get', { code: '2.1.2', id: report.id })).toMatchObject({
      status: 'pending',
    });
  });
});
