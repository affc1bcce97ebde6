import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MongoClient, type Db } from 'mongodb';
import { EVENT_CATALOG, createCloudEvent, streamName, type EloCloudEvent } from '@elo/contracts';
import { PinoNestLogger, createLogger } from '@elo/observability';
import { JetStreamConnection } from '../connection';
import { encodeEvent } from '../event-codec';
import { ensureStream, streamConfig } from '../streams';
import { STREAM_MAX_AGE_MS, DUPLICATE_WINDOW_MS, type BackboneTuning } from '../tuning';
import { EventsFixtureModule, type FixtureOptions } from './fixture.module';

/**
 * Fast retries for tests: 3 backoff steps, dead-lettered on the 4th delivery. The ack wait and the handler
 * timeout stay generous: no test depends on them expiring by itself, and a loaded machine must not make them.
 */
export const TEST_TUNING: BackboneTuning = {
  maxDeliver: 4,
  backoffMs: [200, 400, 800],
  ackWaitMs: 5_000,
  handlerTimeoutMs: 20_000,
  concurrency: 16,
  processedTtlMs: 2 * STREAM_MAX_AGE_MS,
  relayPollMs: 200,
  streamMaxAgeMs: STREAM_MAX_AGE_MS,
  duplicateWindowMs: DUPLICATE_WINDOW_MS,
  streamReplicas: 1,
};

export function startFixture(
  options: Omit<FixtureOptions, 'tuning'>,
  tuning: Partial<BackboneTuning> = {},
  logger: LoggerService | false = false,
): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(
    EventsFixtureModule.forRoot({ ...options, tuning: { ...TEST_TUNING, ...tuning } }),
    { logger },
  );
}

export function institutionCreated(acronym: string, id = randomHex()): EloCloudEvent<'institution.created'> {
  return createCloudEvent(
    'institution.created',
    id,
    { id, name: `Institution ${acronym}`, acronym, kind: 'federal_body', networks: [], version: 0 },
    { producer: 'directory', correlationId: `test-${randomUUID()}` },
  );
}

export function randomHex(): string {
  return randomUUID().replace(/-/g, '').slice(0, 24);
}

/** A test's own JetStream client: publishes as the directory would, and inspects streams. */
export async function testJetStream(natsUrl: string) {
  const connection = await JetStreamConnection.open([natsUrl], 'test');
  await ensureStream(connection.jsm, streamConfig('directory', TEST_TUNING));
  return {
    connection,
    publish: (event: EloCloudEvent) => {
      const { body, headers } = encodeEvent(event);
      return connection.js.publish(EVENT_CATALOG[event.type].subject, body, { headers });
    },
    publishRaw: (body: string, msgId = randomUUID()) =>
      connection.js.publish(EVENT_CATALOG['institution.created'].subject, new TextEncoder().encode(body), {
        msgID: msgId,
      }),
    /** The stream sequences at which each event id is stored (more than one means a visible duplicate). */
    async sequencesOf(eventIds: string[]): Promise<Map<string, number[]>> {
      const seqs = new Map<string, number[]>(eventIds.map((id) => [id, []]));
      const info = await connection.jsm.streams.info(streamName('directory'));
      for (let seq = info.state.first_seq; info.state.messages > 0 && seq <= info.state.last_seq; seq++) {
        const stored = await connection.jsm.streams
          .getMessage(streamName('directory'), { seq })
          .catch(() => null);
        const id = stored
          ? (JSON.parse(new TextDecoder().decode(stored.data)) as { id?: string }).id
          : undefined;
        if (id) seqs.get(id)?.push(seq);
      }
      return seqs;
    },
    async countInStream(eventIds: string[]): Promise<Map<string, number>> {
      const seqs = await this.sequencesOf(eventIds);
      return new Map([...seqs].map(([id, list]) => [id, list.length]));
    },
    close: () => connection.close(),
  };
}

export async function openDb(url: string, dbName: string): Promise<{ db: Db; close: () => Promise<void> }> {
  const client = await MongoClient.connect(url);
  return { db: client.db(dbName), close: () => client.close() };
}

/** A Nest logger writing pino JSON lines into memory, the way services log (PinoNestLogger). */
export function captureLogs(service: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: new PinoNestLogger(createLogger(service, 'info', stream)) };
}
