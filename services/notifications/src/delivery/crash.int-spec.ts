import { mkdtempSync, rmSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MongoClient } from 'mongodb';
import {
  EVENT_CATALOG,
  createCloudEvent,
  type Caller,
  type EloCloudEvent,
  type RpcPattern,
  type RpcRequest,
  type RpcResponse,
} from '@elo/contracts';
import { JetStreamConnection, encodeEvent } from '@elo/events';
import { RpcClient, RpcClientModule } from '@elo/messaging';
import { runWithContext } from '@elo/observability';
import { expectEventually, startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { Receiver } from '../test-fixtures/receiver';
import { spawnNotifications, type ServiceProcess } from '../test-fixtures/service-process';

const A = '665f1c2e9b1e8a00000000aa';
const agencyA: Caller = { clientId: 'a', institutionId: A, roles: ['agency'] };
const BEFORE_KILL = 30;
const WHILE_DOWN = 10;

function signed(n: number): EloCloudEvent<'partnership.signed'> {
  return createCloudEvent(
    'partnership.signed',
    `P${n}`,
    {
      partnershipId: `P${n}`,
      title: `Acordo ${n}`,
      kind: 'bilateral',
      partnerInstitutionIds: [A],
      activityCodes: [],
      signedAt: '2026-01-01T00:00:00.000Z',
    },
    { producer: 'partnerships', correlationId: `kill-${n}` },
  );
}

describe('the notifications process killed with SIGKILL during deliveries', () => {
  let nats: TestNats;
  let mongo: TestMongo;
  let dbName: string;
  let dataDir: string;
  let receiver: Receiver;
  let bus: JetStreamConnection;
  let client: INestApplicationContext;
  let service: ServiceProcess | undefined;

  const start = () =>
    spawnNotifications({
      NODE_ENV: 'test',
      NATS_URL: nats.url,
      MONGO_URL: mongo.url,
      ELO_DB_PREFIX: dbName,
      NOTIFICATIONS_HTTP_PORT: '0',
      // The same data directory across restarts: the generated key opens the secrets it sealed.
      ELO_DATA_DIR: dataDir,
      NOTIFICATIONS_RETRY_SCHEDULE_MS: '0,200,200,200,200,200,200,200',
      NOTIFICATIONS_RETRY_JITTER: '0',
      NOTIFICATIONS_POLL_MS: '50',
      NOTIFICATIONS_ENDPOINT_CONCURRENCY: '4',
      // A dead process's claims expire after the lease; its un-acked events come back after the ack wait.
      // The timeout is far above a local answer even on a loaded machine: a 2xx read too late would
      // count as a failure, be sent again and look like a resent success.
      NOTIFICATIONS_TIMEOUT_MS: '10000',
      NOTIFICATIONS_LEASE_MS: '12000',
      ELO_EVENTS_ACK_WAIT_MS: '2000',
    });
  const call = <P extends RpcPattern>(pattern: P, input: RpcRequest<P>): Promise<RpcResponse<P>> =>
    runWithContext({ correlationId: 'kill', caller: agencyA }, () =>
      client.get(RpcClient).send(pattern, input as never),
    );
  const publish = async (event: EloCloudEvent) => {
    const { body, headers } = encodeEvent(event);
    await bus.js.publish(EVENT_CATALOG[event.type].subject, body, { headers });
  };

  beforeAll(async () => {
    nats = await startNats({ requireOwned: true });
    mongo = await startMongo();
    dbName = mongo.dbName('notif-kill');
    dataDir = mkdtempSync(join(tmpdir(), 'notif-kill-'));
    receiver = await new Receiver().start();
    bus = await JetStreamConnection.open([nats.url], 'kill-test');
    client = await NestFactory.createApplicationContext(
      RpcClientModule.forRoot({ servers: [nats.url], name: 'kill-test', timeoutMs: 20_000 }),
      { logger: false },
    );
  }, 60_000);

  afterAll(async () => {
    await service?.stop();
    await client?.close();
    await bus?.close();
    await receiver?.stop();
    await mongo?.stop();
    await nats?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers every accepted event after a restart, with its webhook-id, and never resends a settled success', async () => {
    service = await start();
    const endpoint = await call('notifications.endpoint.create', { url: `${receiver.url}/kill` } as never);
    receiver.secrets.push(endpoint.secret);

    // Before the kill: every fifth message fails once, ten succeed, then every request is held open,
    // so the kill lands with attempts in flight and retries pending.
    let phase: 'before' | 'after' = 'before';
    const answered2xx = new Map<string, number>();
    const afterKill = new Map<string, number>();
    const held: ServerResponse[] = [];
    const failedOnce = new Set<string>();
    let n = 0;
    const ok = (id: string, res: ServerResponse) => {
      answered2xx.set(id, (answered2xx.get(id) ?? 0) + 1);
      res.writeHead(204).end();
    };
    receiver.answer('/kill', ({ webhookId }, res) => {
      if (phase === 'after') {
        afterKill.set(webhookId, (afterKill.get(webhookId) ?? 0) + 1);
        return ok(webhookId, res);
      }
      if (n++ % 5 === 0 && !failedOnce.has(webhookId)) {
        failedOnce.add(webhookId);
        return void res.writeHead(500).end();
      }
      if (answered2xx.size < 10) return ok(webhookId, res);
      held.push(res);
    });

    const events = Array.from({ length: BEFORE_KILL + WHILE_DOWN }, (_, i) => signed(i));
    for (const event of events.slice(0, BEFORE_KILL)) await publish(event);
    await expectEventually(() => expect(held.length).toBeGreaterThanOrEqual(4), { timeoutMs: 30_000 });
    await service.stop('SIGKILL');

    const mongoClient = await MongoClient.connect(mongo.url);
    try {
      const rows = mongoClient
        .db(`${dbName}-notifications`)
        .collection<{ webhookId: string; status: string }>('messages');
      const settledAtKill = new Set(
        (await rows.find({ status: 'succeeded' }).toArray()).map((row) => row.webhookId),
      );
      // The kill landed in the middle: some messages had succeeded, others were held or pending.
      expect(settledAtKill.size).toBeGreaterThan(0);
      expect(settledAtKill.size).toBeLessThan(BEFORE_KILL);
      held.splice(0).forEach((res) => res.destroy());
      phase = 'after';

      // Accepted by JetStream while the service is down: delivered after the restart.
      for (const event of events.slice(BEFORE_KILL)) await publish(event);
      service = await start();

      const expected = events.map((event) => `msg_${event.id}`);
      await expectEventually(() => expect(expected.filter((id) => !answered2xx.has(id))).toEqual([]), {
        timeoutMs: 60_000,
      });
      await expectEventually(async () => {
        const page = await call('notifications.message.list', { id: endpoint.id, limit: 100 });
        expect(page.items.map((m) => m.status)).toEqual(Array(events.length).fill('succeeded'));
      });
      expect(receiver.unverified).toEqual([]);
      // Only these webhook-ids, each message keeping its own across attempts and the restart.
      expect(new Set(receiver.on('/kill').map((r) => r.webhookId))).toEqual(new Set(expected));
      // A success recorded before the kill is never sent again; a second 2xx can only be for an
      // attempt the dead process had in flight (answered, but not yet recorded).
      expect([...settledAtKill].filter((id) => afterKill.has(id))).toEqual([]);
      const twice = [...answered2xx].filter(([, count]) => count > 1).map(([id]) => id);
      expect(twice.filter((id) => settledAtKill.has(id))).toEqual([]);
      expect(twice.length).toBeLessThanOrEqual(4);
    } finally {
      await mongoClient.close();
    }
  }, 180_000);
});
