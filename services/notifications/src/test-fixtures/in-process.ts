import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { Caller, RpcPattern, RpcRequest, RpcResponse } from '@elo/contracts';
import { RpcClient, RpcClientModule } from '@elo/messaging';
import { runWithContext } from '@elo/observability';
import type { RunningService } from '@elo/runtime';
import { startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { startNotifications } from '../bootstrap';
import { notificationsConfigSchema } from '../config';
import { Receiver } from './receiver';

export interface NotificationsHarness {
  service: RunningService;
  receiver: Receiver;
  call<P extends RpcPattern>(caller: Caller, pattern: P, input: RpcRequest<P>): Promise<RpcResponse<P>>;
  /** An endpoint of the caller's institution at `path` on the receiver, which learns its secret. */
  endpoint(caller: Caller, path: string): Promise<RpcResponse<'notifications.endpoint.create'>>;
  /** Another replica of the service on the same bus and database. */
  replica(): Promise<RunningService>;
  stop(): Promise<void>;
}

/**
 * The service in this process on a private NATS and MongoDB, an RPC client acting as any caller, and
 * a verifying receiver. `env` tunes the service (the retry schedule's time base is configuration).
 */
export async function startHarness(env: Record<string, string>): Promise<NotificationsHarness> {
  const nats: TestNats = await startNats({ requireOwned: true });
  const mongo: TestMongo = await startMongo();
  const receiver = await new Receiver().start();
  const dataDir = mkdtempSync(join(tmpdir(), 'notif-'));
  const config = notificationsConfigSchema.parse({
    NODE_ENV: 'test',
    NATS_URL: nats.url,
    MONGO_URL: mongo.url,
    ELO_DB_PREFIX: mongo.dbName('notifications'),
    NOTIFICATIONS_HTTP_PORT: '0',
    LOG_LEVEL: 'warn',
    ELO_DATA_DIR: dataDir,
    ...env,
  });
  const service = await startNotifications(config);
  const replicas: RunningService[] = [];
  const client: INestApplicationContext = await NestFactory.createApplicationContext(
    RpcClientModule.forRoot({ servers: [nats.url], name: 'test', timeoutMs: 20_000 }),
    { logger: false },
  );
  const call: NotificationsHarness['call'] = (caller, pattern, input) =>
    runWithContext({ correlationId: 'test', caller }, () =>
      client.get(RpcClient).send(pattern, input as never),
    );
  return {
    service,
    receiver,
    call,
    async endpoint(caller, path) {
      const created = await call(caller, 'notifications.endpoint.create', {
        url: `${receiver.url}${path}`,
      } as never);
      receiver.secrets.push(created.secret);
      return created;
    },
    async replica() {
      const another = await startNotifications(config);
      replicas.push(another);
      return another;
    },
    async stop() {
      await client.close();
      for (const another of replicas) await another.close();
      await service.close();
      await receiver.stop();
      await mongo.stop();
      await nats.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
