import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { RpcClient, RpcClientModule } from '@elo/messaging';
import type { RunningService } from '@elo/runtime';
import { startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { startReferrals } from './bootstrap';
import { referralsConfigSchema } from './config';

describe('referrals service', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let service: RunningService;
  let client: INestApplicationContext;

  beforeAll(async () => {
    nats = await startNats({ requireOwned: true });
    mongo = await startMongo();
    service = await startReferrals(
      referralsConfigSchema.parse({
        NATS_URL: nats.url,
        MONGO_URL: mongo.url,
        ELO_DB_PREFIX: mongo.dbName('referrals'),
        REFERRALS_HTTP_PORT: '0',
        LOG_LEVEL: 'warn',
      }),
    );
    client = await NestFactory.createApplicationContext(
      RpcClientModule.forRoot({ servers: [nats.url], name: 'test', timeoutMs: 5_000 }),
      { logger: false },
    );
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await service?.close();
    await mongo?.stop();
    await nats?.stop();
  });

  it('answers readiness over NATS once its database and the bus are up', async () => {
    const report = await client.get(RpcClient).send('referrals.health.ready', {});
    expect(report).toEqual({ service: 'referrals', ready: true, checks: expect.any(Object) });
    expect(Object.values(report.checks)).not.toContain('down');
  });
});
