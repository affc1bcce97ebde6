import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { MongoClient, type Db } from 'mongodb';
import {
  EVENT_CATALOG,
  streamName,
  type Caller,
  type EloCloudEvent,
  type EventType,
  type RpcPattern,
  type RpcRequest,
  type RpcResponse,
} from '@elo/contracts';
import { JETSTREAM_CONNECTION, type JetStreamConnection } from '@elo/events';
import { InstitutionCopyRepository } from '@elo/institution-copy';
import { RpcClient, RpcClientModule } from '@elo/messaging';
import { runWithContext } from '@elo/observability';
import type { RunningService } from '@elo/runtime';
import { startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { startReferrals } from '../bootstrap';
import { referralsConfigSchema } from '../config';
import { CREAS, NGO, OTHER, PF, TestClock } from '../testing/fixtures';

/**
 * One referrals service on its own NATS and MongoDB (the embedded engine unless MONGO_URL is set),
 * called the way the gateway calls it: signed requests over the bus, parsed by the catalog's schemas.
 */
export interface Harness {
  clock: TestClock;
  service: RunningService;
  /** The service's database, read raw. */
  db(): Db;
  call<P extends RpcPattern>(pattern: P, request: RpcRequest<P>, caller: Caller): Promise<RpcResponse<P>>;
  /** The last event of this type the service published on JetStream, as stored there (or null). */
  lastEvent<T extends EventType>(type: T): Promise<EloCloudEvent<T> | null>;
  /** Stops the service and starts a new one on the same database and bus (a process restarted). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const INSTITUTIONS = [
  { id: CREAS, acronym: 'CREAS', name: 'CREAS DF', kind: 'municipal_body' },
  { id: NGO, acronym: 'ONG', name: 'Abrigo', kind: 'civil_society' },
  { id: PF, acronym: 'PF', name: 'Polícia Federal', kind: 'federal_body' },
  { id: OTHER, acronym: 'OUT', name: 'Outra', kind: 'civil_society' },
] as const;

export async function startHarness(name: string): Promise<Harness> {
  const nats: TestNats = await startNats({ requireOwned: true });
  const mongo: TestMongo = await startMongo();
  const clock = new TestClock(new Date('2026-12-03T10:00:00Z'));
  const config = referralsConfigSchema.parse({
    NODE_ENV: 'test',
    NATS_URL: nats.url,
    MONGO_URL: mongo.url,
    ELO_DB_PREFIX: mongo.dbName(name),
    REFERRALS_HTTP_PORT: '0',
    ELO_DATA_DIR: mkdtempSync(join(tmpdir(), `elo-${name}-`)),
    REFERRALS_OVERDUE_CHECK_MS: String(3_600_000),
    REFERRALS_SHARING_REVIEW_MS: String(3_600_000),
    REFERRALS_AUDIT_RELAY_MS: String(3_600_000),
    REFERRALS_RETENTION_CHECK_MS: String(3_600_000),
    LOG_LEVEL: 'warn',
  });
  let service = await startReferrals(config, clock);
  const client: INestApplicationContext = await NestFactory.createApplicationContext(
    RpcClientModule.forRoot({ servers: [nats.url], name: 'test', timeoutMs: 10_000 }),
    { logger: false },
  );
  const mongoClient = await MongoClient.connect(mongo.url);
  const copy = service.app.get(InstitutionCopyRepository);
  for (const i of INSTITUTIONS) await copy.apply({ ...i, networks: [], version: 1 });
  const rpc = client.get(RpcClient);
  return {
    clock,
    get service() {
      return service;
    },
    db: () => mongoClient.db(`${config.ELO_DB_PREFIX}-referrals`),
    call: (pattern, request, caller) =>
      runWithContext({ correlationId: `${name}-${pattern}`, caller }, () => rpc.send(pattern, request)),
    lastEvent: async (type) => {
      const { jsm } = service.app.get<JetStreamConnection>(JETSTREAM_CONNECTION);
      const message = await jsm.streams
        .getMessage(streamName('referrals'), { last_by_subj: EVENT_CATALOG[type].subject })
        .catch(() => null);
      return message
        ? (JSON.parse(new TextDecoder().decode(message.data)) as EloCloudEvent<typeof type>)
        : null;
    },
    restart: async () => {
      await service.close();
      service = await startReferrals(config, clock);
    },
    stop: async () => {
      await client.close();
      await mongoClient.close();
      await service.close();
      await mongo.stop();
      await nats.stop();
    },
  };
}
