// One side of the benchmarked pipeline in its own process, as deployed: `producer` (a service writing
// aggregates with their events through the outbox, and its relay) or `consumer` (a service with an
// `@OnEvent` handler writing its effect); each also runs its half of the floor (see below). Driven by test/bench/events-pipeline.ts over the IPC channel;
// env NATS_URL, MONGO_URL, BENCH_DB. Not a benchmark itself.
import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectConnection, MongooseModule, getConnectionToken } from '@nestjs/mongoose';
import type { Connection, mongo } from 'mongoose';
import type { EloCloudEvent } from '@elo/contracts';
import { AckPolicy } from '@nats-io/jetstream';
import {
  JETSTREAM_CONNECTION,
  type JetStreamConnection,
  JetStreamModule,
  OUTBOX_FIELD,
  OnEvent,
  Outbox,
  encodeEvent,
  withOutbox,
} from '@elo/events';
import { IN_FLIGHT, pool, snapshot, type ToWorker, type FromWorker } from './events-pipeline';

// Diagnostics (BENCH_COUNT_COMMANDS=1): database commands this process sent, printed at exit.
const COUNT_COMMANDS = process.env['BENCH_COUNT_COMMANDS'] === '1';
const commands = new Map<string, number>();

type Db = mongo.Db;

/** What the consumer has handled since the orchestrator last asked for `expect`. */
const handled = { latencies: [] as number[], expected: Infinity };

function send(message: FromWorker): void {
  process.send?.(message);
}

/** The consumer's effect: one single-document write per event. */
async function applyEffect(db: Db, collection: string, event: EloCloudEvent): Promise<void> {
  await db
    .collection<{ _id: string }>(collection)
    .updateOne(
      { _id: event.subject, applied: { $ne: event.id } },
      { $inc: { count: 1 }, $push: { applied: event.id } },
      { upsert: true },
    );
  // event.time was stamped by the producer process before its write; same machine clock.
  handled.latencies.push(Date.now() - Date.parse(event.time));
  if (handled.latencies.length === handled.expected) {
    send({ kind: 'handled', latencies: handled.latencies });
  }
}

@Injectable()
class BenchHandler {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  @OnEvent('institution.created', { name: 'bench-apply' })
  apply(event: EloCloudEvent<'institution.created'>): Promise<void> {
    return applyEffect(this.connection.db!, 'bench_effects', event);
  }
}

/**
 * The floor: what any design must at least do per event here. The producer writes its aggregate and
 * then publishes; the consumer writes its effect and acks. No outbox, no idempotency, no validation.
 */
const FLOOR_STREAM = 'BENCH_FLOOR';
const FLOOR_SUBJECT = 'bench.floor';

async function startFloorConsumer(connection: JetStreamConnection, db: Db): Promise<() => Promise<void>> {
  await connection.jsm.consumers.add(FLOOR_STREAM, { durable_name: 'floor', ack_policy: AckPolicy.Explicit });
  const consumer = await connection.js.consumers.get(FLOOR_STREAM, 'floor');
  const messages = await consumer.consume({ max_messages: IN_FLIGHT });
  const loop = (async () => {
    for await (const msg of messages) {
      const event = msg.json<EloCloudEvent>();
      void applyEffect(db, 'bench_floor_effects', event).then(
        () => msg.ack(),
        () => msg.nak(),
      );
    }
  })();
  return async () => {
    messages.stop();
    await loop;
  };
}

function benchModule(role: 'producer' | 'consumer', env: (name: string) => string) {
  @Module({
    imports: [
      MongooseModule.forRoot(env('MONGO_URL'), {
        dbName: env('BENCH_DB'),
        bufferCommands: false,
        monitorCommands: COUNT_COMMANDS,
      }),
      JetStreamModule.forRoot({
        service: role === 'producer' ? 'directory' : 'plan-tracking',
        servers: [env('NATS_URL')],
        outboxCollections: role === 'producer' ? ['bench_aggregates'] : [],
      }),
    ],
    providers: role === 'consumer' ? [BenchHandler] : [],
  })
  class BenchModule {}
  return BenchModule;
}

async function main(): Promise<void> {
  const role = process.argv[2];
  if (role !== 'producer' && role !== 'consumer')
    throw new Error('usage: events-worker.ts producer|consumer');
  const env = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  const app = await NestFactory.createApplicationContext(benchModule(role, env), { logger: ['error'] });
  const outbox = app.get(Outbox);
  const connection = app.get<Connection>(getConnectionToken());
  const db = connection.db!;
  const nats = app.get<JetStreamConnection>(JETSTREAM_CONNECTION);
  await nats.jsm.streams.add({ name: FLOOR_STREAM, subjects: [FLOOR_SUBJECT] });
  const stopFloor = role === 'consumer' ? await startFloorConsumer(nats, db) : undefined;
  // The relay's poll looks for pending events through this index, as with `indexOutbox` in a service.
  if (role === 'producer') {
    await db
      .collection('bench_aggregates')
      .createIndex({ [`${OUTBOX_FIELD}.id`]: 1 }, { sparse: true, name: 'outbox_pending' });
  }
  if (COUNT_COMMANDS) {
    connection
      .getClient()
      .on('commandStarted', (e: { commandName: string; command: Record<string, unknown> }) => {
        const target = e.command[e.commandName];
        const key = typeof target === 'string' ? `${e.commandName} ${target}` : e.commandName;
        commands.set(key, (commands.get(key) ?? 0) + 1);
      });
  }

  process.on('message', (message: ToWorker) => {
    const run = async (): Promise<void> => {
      switch (message.cmd) {
        case 'expect':
          handled.latencies = [];
          handled.expected = message.count;
          send({ kind: 'expecting' });
          return;
        case 'write':
          await pool(message.from, message.count, IN_FLIGHT, async (i) => {
            const data = snapshot(i);
            const event = outbox.event('institution.created', data.id, data);
            const { insertedId } = await db
              .collection('bench_aggregates')
              .insertOne(withOutbox({ name: data.name }, [event]));
            outbox.written({ collection: 'bench_aggregates', id: insertedId });
          });
          send({ kind: 'written' });
          return;
        case 'floor-write':
          await pool(message.from, message.count, IN_FLIGHT, async (i) => {
            const data = snapshot(i);
            const event = outbox.event('institution.created', data.id, data);
            await db.collection('bench_floor_aggregates').insertOne({ name: data.name });
            const { body, headers } = encodeEvent(event);
            await nats.js.publish(FLOOR_SUBJECT, body, { headers });
          });
          send({ kind: 'floor-written' });
          return;
        case 'close':
          await stopFloor?.();
          await app.close();
          if (COUNT_COMMANDS)
            process.stderr.write(`${role} database commands: ${JSON.stringify([...commands])}\n`);
          // A normal exit, so that --cpu-prof writes its profile.
          process.exit(0);
      }
    };
    run().catch((error: unknown) => {
      process.stderr.write(`bench ${role} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
  });
  send({ kind: 'ready' });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
