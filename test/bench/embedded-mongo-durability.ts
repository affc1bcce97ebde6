// The journal's half of the embedded-mongo benchmark (run from embedded-mongo.bench.ts): write
// throughput with the journal against the same engine without it, the disk's fdatasync latency,
// recovery time, snapshot cost and memory, all measured in the same run.
import { cp, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MongoClient } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '@elo/embedded-mongo';

const ROUNDS = 5;
const ROUND_MS = 800;
const UPDATE_DOCS = 1_000;

export interface Throughput {
  operation: string;
  writers: number;
  journalOpsPerSec: number;
  plainOpsPerSec: number;
  journalCpuUsPerOp: number;
  plainCpuUsPerOp: number;
}

/** Wall-clock and CPU (this process) milliseconds. */
export interface Timing {
  ms: number;
  cpuMs: number;
}

async function timed(run: () => Promise<unknown>): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

export interface DurabilityFigures {
  fsyncMicros: { median: number; p99: number };
  throughput: Throughput[];
  recovery: { docs: number; fromJournal: Timing; fromSnapshot: Timing };
  snapshots: Array<Timing & { docs: number; bytes: number }>;
  memory: { docs: number; heapBytes: number; dataBytes: number };
}

/** fdatasync samples (µs) of 256-byte appends, in the same directory as the journals. */
async function fsyncSamples(dir: string, count: number): Promise<number[]> {
  const file = await open(join(dir, 'fsync-probe'), 'a');
  const samples: number[] = [];
  const record = Buffer.alloc(256, 1);
  try {
    for (let i = 0; i < count; i++) {
      const start = process.hrtime.bigint();
      await file.write(record);
      await file.datasync();
      samples.push(Number(process.hrtime.bigint() - start) / 1000);
    }
  } finally {
    await file.close();
  }
  return samples;
}

function percentiles(samples: number[]): { median: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p99: sorted[Math.floor(sorted.length * 0.99)] };
}

interface Target {
  server: EmbeddedMongo;
  client: MongoClient;
}

async function target(dataDir: string, journal: boolean): Promise<Target> {
  const server = await startEmbeddedMongo({ dataDir, journal });
  const client = await MongoClient.connect(server.uri, { maxPoolSize: 32 });
  const docs = Array.from({ length: UPDATE_DOCS }, (_, i) => ({ _id: i, n: 0 }));
  await client.db('bench').collection<{ _id: number; n: number }>('counters').insertMany(docs);
  return { server, client };
}

/** Ops per second and CPU µs per op of `writers` concurrent loops for ROUND_MS. */
async function round(
  op: (i: number) => Promise<unknown>,
  writers: number,
): Promise<{ rate: number; cpu: number }> {
  let count = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const end = start + ROUND_MS;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (performance.now() < end) await op(count++);
    }),
  );
  const cpu = process.cpuUsage(cpuStart);
  return { rate: count / ((performance.now() - start) / 1000), cpu: (cpu.user + cpu.system) / count };
}

function operations(client: MongoClient): Record<string, (i: number) => Promise<unknown>> {
  const db = client.db('bench');
  const pad = 'p'.repeat(100);
  return {
    insertOne: (i) => db.collection('inserts').insertOne({ i, pad, at: new Date() }),
    'updateOne $inc': (i) =>
      db
        .collection<{ _id: number; n: number }>('counters')
        .updateOne({ _id: (i * 7919) % UPDATE_DOCS }, { $inc: { n: 1 } }),
  };
}

/** Journal and no-journal rounds alternate and the best of each counts, so load elsewhere skews less. */
async function throughput(dir: string, fsyncs: number[]): Promise<Throughput[]> {
  const journaled = await target(join(dir, 'journal'), true);
  const plain = await target(join(dir, 'plain'), false);
  const rows: Throughput[] = [];
  try {
    const withJournal = operations(journaled.client);
    const without = operations(plain.client);
    for (const operation of Object.keys(withJournal)) {
      for (const writers of [1, 32]) {
        await round(withJournal[operation], writers); // warm-up
        await round(without[operation], writers);
        let best = { journal: { rate: 0, cpu: 0 }, plain: { rate: 0, cpu: 0 } };
        for (let r = 0; r < ROUNDS; r++) {
          const j = await round(withJournal[operation], writers);
          const p = await round(without[operation], writers);
          // The disk's latency sampled between rounds, so it sees the same load they do.
          fsyncs.push(...(await fsyncSamples(dir, 40)));
          best = {
            journal: j.rate > best.journal.rate ? j : best.journal,
            plain: p.rate > best.plain.rate ? p : best.plain,
          };
        }
        rows.push({
          operation,
          writers,
          journalOpsPerSec: best.journal.rate,
          plainOpsPerSec: best.plain.rate,
          journalCpuUsPerOp: best.journal.cpu,
          plainCpuUsPerOp: best.plain.cpu,
        });
      }
    }
  } finally {
    for (const t of [journaled, plain]) {
      await t.client.close();
      await t.server.stop();
    }
  }
  return rows;
}

async function fill(server: EmbeddedMongo, count: number): Promise<void> {
  const client = await MongoClient.connect(server.uri);
  const c = client.db('bench').collection('people');
  await c.createIndex({ email: 1 }, { unique: true });
  for (let i = 0; i < count; i += 1_000) {
    const batch = Array.from({ length: Math.min(1_000, count - i) }, (_, k) => ({
      email: `user${i + k}@example.org`,
      age: (i + k) % 90,
      city: ['Recife', 'Natal', 'Belém', 'Manaus'][(i + k) % 4],
    }));
    await c.insertMany(batch);
  }
  await client.close();
}

async function timedStart(dataDir: string): Promise<Timing> {
  let server: EmbeddedMongo | undefined;
  const timing = await timed(async () => (server = await startEmbeddedMongo({ dataDir })));
  await server?.stop();
  return timing;
}

async function recoveryAndSnapshots(dir: string): Promise<Pick<DurabilityFigures, 'recovery' | 'snapshots'>> {
  const snapshots: DurabilityFigures['snapshots'] = [];
  const none = { ms: 0, cpuMs: 0 };
  let recovery: DurabilityFigures['recovery'] = { docs: 0, fromJournal: none, fromSnapshot: none };
  for (const docs of [10_000, 100_000]) {
    const live = join(dir, `live-${docs}`);
    const server = await startEmbeddedMongo({ dataDir: live });
    try {
      await fill(server, docs);
      // A crash image (a copy of the files as they are) has all of it in the journal only.
      const crashed = join(dir, `crashed-${docs}`);
      await cp(live, crashed, { recursive: true });
      const timing = await timed(() => server.compact());
      snapshots.push({ docs, ...timing, bytes: server.stats()?.snapshotBytes ?? 0 });
      if (docs === 100_000) {
        const snapshotted = join(dir, `snapshotted-${docs}`);
        await cp(live, snapshotted, { recursive: true });
        recovery = {
          docs,
          fromJournal: await timedStart(crashed),
          fromSnapshot: await timedStart(snapshotted),
        };
      }
    } finally {
      await server.stop();
    }
  }
  return { recovery, snapshots };
}

async function memory(dir: string): Promise<DurabilityFigures['memory']> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  const before = process.memoryUsage().heapUsed;
  const server = await startEmbeddedMongo({ dataDir: join(dir, 'memory') });
  await fill(server, 100_000);
  gc();
  const heapBytes = process.memoryUsage().heapUsed - before;
  const dataBytes = server.stats()?.dataBytes ?? 0;
  await server.stop();
  return { docs: 100_000, heapBytes, dataBytes };
}

export async function measureDurability(): Promise<DurabilityFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'embedded-mongo-bench-'));
  try {
    const fsyncs: number[] = [];
    const rows = await throughput(dir, fsyncs);
    const fsyncMicros = percentiles(fsyncs);
    const { recovery, snapshots } = await recoveryAndSnapshots(dir);
    return { fsyncMicros, throughput: rows, recovery, snapshots, memory: await memory(dir) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
