// One side of the benchmarked pipeline in its own process, as deployed: `producer` (a service writing
// aggregates with their events through the outbox, and its relay) or `consumer` (a service with an
// `@OnEvent` handler writing its effect). Driven by test/bench/events-pipeline.ts over the IPC channel;
// env NATS_URL, MONGO_URL, BENCH_DB. Not a benchmark itself.
import 'reflect-metadata';
import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectConnection, MongooseModule, getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { EloCloudEvent } from '@elo/contracts';
import { JetStreamModule, OnEvent, Outbox, withOutbox } from '@elo/messaging';
import { IN_FLIGHT, pool, snapshot, type ToWorker, type FromWorker } from './events-pipeline';

// Diagnostics (BENCH_COUNT_COMMANDS=1): database commands this process sent, printed at exit.
const COUNT_COMMANDS = process.env['BENCH_COUNT_COMMANDS'] === '1';
const commands = new Map<string, number>();

/** What the consumer has handled since the orchestrator last asked for `expect`. */
const handled = { latencies: [] as number[], expected: Infinity };

function send(message: FromWorker): void {
  process.send?.(message);
}

/** The consumer's effect: one idempotent single-document write per event. */
@Injectable()
class BenchHandler {
  constructor(@InjectConnection() private readonly connection: Connection) {}

  @OnEvent('institution.created', { name: 'bench-apply' })
  async apply(event: EloCloudEvent<'institution.created'>): Promise<void> {
    await this.connection
      .db!.collection<{ _id: string }>('bench_effects')
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
        case 'probe': {
          const started = Date.now();
          await pool(message.from, message.count, IN_FLIGHT, (i) =>
            db.collection('bench_probe').insertOne({ i, name: `probe ${i}` }),
          );
          send({ kind: 'probed', perSec: message.count / ((Date.now() - started) / 1000) });
          return;
        }
        case 'close':
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
