// Benchmark of the event backbone: events through outbox → JetStream → consumer → MongoDB write,
// beside a raw baseline measured in the same run (JetStream publish + consume with the same client,
// no outbox, no database). As deployed, the producing service, the consuming service and MongoDB each
// run in their own process; this process runs only the raw baseline and the measuring. Run:
//   node -r @swc-node/register test/bench/events.bench.ts
// BENCH_CPU_PROF_DIR=dir writes a --cpu-prof profile of every child process there.
// Prints a table and PASS/FAIL per target and exits 0 either way (1 only if it crashes).
// Results also go to tmp/bench/events.json. Bounded: ROUNDS rounds, each phase gives up after PHASE_TIMEOUT_MS.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AckPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { createCloudEvent, type EloCloudEvent } from '@elo/contracts';
import { encodeEvent } from '@elo/messaging';
import { spawnNats } from '@elo/testing';
import {
  EVENTS,
  IN_FLIGHT,
  PHASE_TIMEOUT_MS,
  best,
  openPipeline,
  pool,
  profileArgs,
  snapshot,
  summarize,
  withTimeout,
  type Sample,
} from './events-pipeline';

const ROUNDS = 3;
const TARGET_THROUGHPUT_RATIO = 0.25;
const REPO_ROOT = join(__dirname, '../..');

/** Raw JetStream, same client: publish (IN_FLIGHT awaiting their PubAck) and consume + ack, no outbox, no database. */
async function openBaseline(natsUrl: string) {
  const nc = await connect({ servers: natsUrl });
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({ name: 'BENCH_RAW', subjects: ['bench.raw'] });
  await jsm.consumers.add('BENCH_RAW', { durable_name: 'raw', ack_policy: AckPolicy.Explicit });
  const js = jetstream(nc);
  const messages = await (await js.consumers.get('BENCH_RAW', 'raw')).consume({ max_messages: 256 });
  let latencies: number[] = [];
  let done: (() => void) | undefined;
  const loop = (async () => {
    for await (const msg of messages) {
      latencies.push(Date.now() - Date.parse(msg.json<EloCloudEvent>().time));
      msg.ack();
      if (latencies.length >= EVENTS) done?.();
    }
  })();
  return {
    async round(from: number): Promise<Sample> {
      latencies = [];
      const finished = new Promise<void>((resolve) => (done = resolve));
      const started = Date.now();
      await pool(from, EVENTS, IN_FLIGHT, async (i) => {
        const data = snapshot(i);
        const event = createCloudEvent('institution.created', data.id, data, {
          producer: 'directory',
          correlationId: `raw-${i}`,
        });
        const { body, headers } = encodeEvent(event);
        await js.publish('bench.raw', body, { headers });
      });
      await withTimeout(finished, 'baseline');
      return summarize(latencies, Date.now() - started);
    },
    async close() {
      messages.stop();
      await loop;
      await nc.drain();
    },
  };
}

/**
 * MongoDB in its own process, as in the running system (MONGO_URL, or `npm start`'s embedded engine
 * in the launcher): the engine does not share this process's event loop with the code under test.
 */
async function startMongoProcess(): Promise<{
  url: string;
  dbName(prefix: string): string;
  stop(): Promise<void>;
}> {
  const dbName = (prefix: string) => `${prefix}-${Date.now().toString(36)}`;
  const external = process.env['MONGO_URL'];
  if (external) return { url: external, dbName, stop: async () => undefined };
  const child = spawn(
    process.execPath,
    [...profileArgs('mongo'), '-r', '@swc-node/register', join(REPO_ROOT, 'libs/embedded-mongo/src/cli.ts')],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`embedded MongoDB exited with ${code}`)));
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, dbName, stop };
}

/** Measured windows on the monotonic clock V8's profiles use, so profiles can be cut to them. */
const phases: { name: string; startUs: number; endUs: number }[] = [];
async function phase<T>(name: string, run: () => Promise<T>): Promise<T> {
  const now = () => Number(process.hrtime.bigint() / 1000n);
  const startUs = now();
  const result = await run();
  phases.push({ name, startUs, endUs: now() });
  return result;
}

async function main(): Promise<void> {
  const nats = await spawnNats();
  const mongo = await startMongoProcess();
  const dbName = mongo.dbName('bench-events');
  try {
    const raw = await openBaseline(nats.url);
    const full = await openPipeline(nats.url, mongo.url, dbName);
    const rawSamples: Sample[] = [];
    const fullSamples: Sample[] = [];
    const dbWrites: number[] = [];
    // Alternating rounds, best of each: load elsewhere on the machine skews the ratio less.
    for (let round = 0; round < ROUNDS; round++) {
      rawSamples.push(await phase('raw', () => raw.round(round * EVENTS)));
      try {
        fullSamples.push(await phase('pipeline', () => full.round(round * EVENTS)));
      } catch (error) {
        console.error(String(error));
        fullSamples.push(summarize([], PHASE_TIMEOUT_MS));
        break;
      }
      dbWrites.push(await full.databaseWrites(round * EVENTS));
    }
    const perRound = (samples: Sample[]) => samples.map((s) => s.eventsPerSec.toFixed(0)).join(', ');
    console.log(`events/s per round: pipeline ${perRound(fullSamples)}; raw ${perRound(rawSamples)}`);
    await raw.close();
    await full.close();
    const client = await MongoClient.connect(mongo.url);
    const effects = client.db(dbName).collection('bench_effects');
    const counts = {
      total: await effects.countDocuments(),
      doubled: await effects.countDocuments({ count: { $ne: 1 } }),
    };
    await client.close();
    const profileDir = process.env['BENCH_CPU_PROF_DIR'];
    if (profileDir) writeFileSync(join(profileDir, 'phases.json'), JSON.stringify(phases));
    report(best(rawSamples), best(fullSamples), Math.max(...dbWrites), counts, fullSamples.length * EVENTS);
  } finally {
    await mongo.stop();
    await nats.stop();
  }
}

function report(
  raw: Sample,
  full: Sample,
  dbWritesPerSec: number,
  effects: { total: number; doubled: number },
  expectedEffects: number,
): void {
  const ratio = full.eventsPerSec / raw.eventsPerSec;
  const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  const rows = [
    ['figure', 'pipeline', 'raw JetStream', 'pipeline / raw'],
    ['events/s', fmt(full.eventsPerSec), fmt(raw.eventsPerSec), fmt(ratio, 3)],
    ['latency p50 (ms)', fmt(full.p50Ms, 1), fmt(raw.p50Ms, 1), fmt(full.p50Ms / raw.p50Ms, 1)],
    ['latency p99 (ms)', fmt(full.p99Ms, 1), fmt(raw.p99Ms, 1), fmt(full.p99Ms / raw.p99Ms, 1)],
    ['events in best round', `${full.completed}/${EVENTS}`, `${raw.completed}/${EVENTS}`, ''],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`\nEvent backbone: best of ${ROUNDS} rounds of ${EVENTS} events, ${IN_FLIGHT} in flight\n`);
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  console.log(
    `\nReference: the database alone takes ${fmt(dbWritesPerSec)} single-document inserts/s at ${IN_FLIGHT} in flight; ` +
      `the pipeline costs about ${fmt(dbWritesPerSec / full.eventsPerSec, 1)} of those per event ` +
      '(state + outbox insert, relay find and pull, processed-id lookup and record, the consumer’s write).',
  );
  const throughputOk = full.completed === EVENTS && ratio >= TARGET_THROUGHPUT_RATIO;
  const effectsOk = effects.total === expectedEffects && effects.doubled === 0;
  console.log(
    `\n${throughputOk ? 'PASS' : 'FAIL'}  pipeline throughput >= ${TARGET_THROUGHPUT_RATIO * 100}% of raw JetStream (${fmt(ratio * 100, 1)}%)`,
  );
  console.log(
    `${effectsOk ? 'PASS' : 'FAIL'}  every event had exactly one effect (${effects.total} effects, ${effects.doubled} doubled)`,
  );
  const outDir = join(REPO_ROOT, 'tmp/bench');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'events.json'),
    JSON.stringify(
      {
        events: EVENTS,
        inFlight: IN_FLIGHT,
        raw,
        pipeline: full,
        ratio,
        dbWritesPerSec,
        throughputOk,
        effectsOk,
      },
      null,
      2,
    ),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
