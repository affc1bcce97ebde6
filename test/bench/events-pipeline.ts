// The pipeline side of test/bench/events.bench.ts (not a benchmark itself): a producer and a consumer
// service around the backbone, in this process, and the helpers both sides of the benchmark share.
import { Inject, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { InjectConnection, MongooseModule, getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import type { EloCloudEvent } from '@elo/contracts';
import { JetStreamModule, OnEvent, Outbox, withOutbox } from '@elo/messaging';

export const EVENTS = 2_000;
export const IN_FLIGHT = 64; // concurrent writers (pipeline) and concurrent un-acked publishes (baseline)
export const PHASE_TIMEOUT_MS = 60_000;

export interface Sample {
  eventsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  completed: number;
}

/** Where the consumer's handler reports each event's end-to-end latency; reset each round. */
class LatencyLog {
  latencies: number[] = [];
  private done?: () => void;
  record(ms: number): void {
    this.latencies.push(ms);
    if (this.latencies.length >= EVENTS) this.done?.();
  }
  /** A new round: resolves once EVENTS more events have been handled. */
  round(): Promise<void> {
    this.latencies = [];
    return new Promise<void>((resolve) => (this.done = resolve));
  }
}
const LATENCY_LOG = Symbol('LATENCY_LOG');

/** The consumer's effect: one idempotent single-document write per event, as the README asks. */
@Injectable()
class BenchHandler {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    @Inject(LATENCY_LOG) private readonly log: LatencyLog,
  ) {}

  @OnEvent('institution.created', { name: 'bench-apply' })
  async apply(event: EloCloudEvent<'institution.created'>): Promise<void> {
    await this.connection
      .db!.collection<{ _id: string }>('bench_effects')
      .updateOne(
        { _id: event.subject, applied: { $ne: event.id } },
        { $inc: { count: 1 }, $push: { applied: event.id } },
        { upsert: true },
      );
    this.log.record(Date.now() - Date.parse(event.time));
  }
}

function benchModule(
  natsUrl: string,
  mongoUrl: string,
  dbName: string,
  role: 'producer' | 'consumer',
  log: LatencyLog,
) {
  @Module({
    imports: [
      MongooseModule.forRoot(mongoUrl, { dbName, bufferCommands: false }),
      JetStreamModule.forRoot({
        service: role === 'producer' ? 'directory' : 'plan-tracking',
        servers: [natsUrl],
        outboxCollections: role === 'producer' ? ['bench_aggregates'] : [],
      }),
    ],
    providers: [{ provide: LATENCY_LOG, useValue: log }, ...(role === 'consumer' ? [BenchHandler] : [])],
  })
  class BenchModule {}
  return BenchModule;
}

export function snapshot(i: number) {
  const id = `${i}`.padStart(24, '0');
  return {
    id,
    name: `Instituição ${i}`,
    acronym: `B${i}`,
    kind: 'federal_body' as const,
    networks: [],
    version: 0,
  };
}

/** Runs `task(i)` for i in [from, from + count) with at most `limit` at once. */
export async function pool(
  from: number,
  count: number,
  limit: number,
  task: (i: number) => Promise<unknown>,
): Promise<void> {
  let next = from;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < from + count) await task(next++);
    }),
  );
}

export function withTimeout(promise: Promise<void>, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out`)), PHASE_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function summarize(latencies: number[], elapsedMs: number): Sample {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    eventsPerSec: latencies.length / (elapsedMs / 1000),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    completed: latencies.length,
  };
}

export function best(samples: Sample[]): Sample {
  return samples.reduce((a, b) => (b.eventsPerSec > a.eventsPerSec ? b : a));
}

/** The full pipeline: IN_FLIGHT writers insert aggregates with their event in the outbox; the relay and a consumer run. */
export async function openPipeline(natsUrl: string, mongoUrl: string, dbName: string) {
  const log = new LatencyLog();
  const open = (role: 'producer' | 'consumer') =>
    NestFactory.createApplicationContext(benchModule(natsUrl, mongoUrl, dbName, role, log), {
      logger: ['error'],
    });
  const producer = await open('producer');
  const consumer = await open('consumer');
  const outbox = producer.get(Outbox);
  const db = producer.get<Connection>(getConnectionToken()).db!;
  return {
    async round(from: number): Promise<Sample> {
      const finished = log.round();
      const started = Date.now();
      await pool(from, EVENTS, IN_FLIGHT, async (i) => {
        const data = snapshot(i);
        const event = outbox.event('institution.created', data.id, data);
        const { insertedId } = await db
          .collection('bench_aggregates')
          .insertOne(withOutbox({ name: data.name }, [event]));
        outbox.written({ collection: 'bench_aggregates', id: insertedId });
      });
      await withTimeout(finished, 'pipeline');
      return summarize(log.latencies, Date.now() - started);
    },
    /** Reference only: how many single-document inserts per second the database takes at the same concurrency. */
    async databaseWrites(from: number): Promise<number> {
      const started = Date.now();
      await pool(from, EVENTS, IN_FLIGHT, (i) =>
        db.collection('bench_probe').insertOne({ i, name: `probe ${i}` }),
      );
      return EVENTS / ((Date.now() - started) / 1000);
    },
    async close() {
      await consumer.close();
      await producer.close();
    },
  };
}
