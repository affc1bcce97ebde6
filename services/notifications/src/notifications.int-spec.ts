import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { RpcClient, RpcClientModule } from '@elo/messaging';
import type { RunningService } from '@elo/runtime';
import { startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { startNotifications } from './bootstrap';
import { notificationsConfigSchema } from './config';

describe('notifications service', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let service: RunningService;
  let client: INestApplicationContext;

  beforeAll(async () => {
    nats = await startNats({ requireOwned: true });
    mongo = await startMongo();
    service = await startNotifications(
      notificationsConfigSchema.parse({
        NODE_ENV: 'test',
        NATS_URL: nats.url,
        MONGO_URL: mongo.url,
        ELO_DB_PREFIX: mongo.dbName('notifications'),
        NOTIFICATIONS_HTTP_PORT: '0',
        LOG_LEVEL: 'warn',
      }),
    );
    client = await NestFactory.createApplicationContext(
      RpcClientModule.forRoot({ servers: [nats.url], name: 'test', timeoutMs: 20_000 }),
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
    const report = await client.get(RpcClient).send('notifications.health.ready', {});
    expect(report).toEqual({ service: 'notifications', ready: true, checks: expect.any(Object) });
    expect(Object.values(report.checks)).not.toContain('down');
  });
});
