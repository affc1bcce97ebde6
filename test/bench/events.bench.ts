// Benchmark of the event backbone: events through outbox → JetStream → consumer → MongoDB write,
// beside a raw baseline measured in the same run (JetStream publish + consume with the same client,
// no outbox, no database) and a floor (the workload's own two writes around raw JetStream). As
// deployed, the producing service, the consuming service and MongoDB each run in their own process;
// this process runs only the raw baseline and the measuring. Run:
//   node -r @swc-node/register test/bench/events.bench.ts
// BENCH_CPU_PROF_DIR=dir writes a --cpu-prof profile of every child process there; BENCH_ROUNDS sets rounds.
// Prints a table and PASS/FAIL per target and exits 0 either way (1 only if it crashes).
// Results also go to tmp/bench/events.json. Bounded: ROUNDS rounds, each phase gives up after PHASE_TIMEOUT_MS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AckPolicy } from '@nats-io/jetstream';
import { MongoClient } from 'mongodb';
import { createCloudEvent, type EloCloudEvent } from '@elo/contracts';
import { JetStreamConnection, encodeEvent } from '@elo/events';
import { spawnNats } from '@elo/testing';
import {
  EVENTS,
  IN_FLIGHT,
  PHASE_TIMEOUT_MS,
  best,
  openPipeline,
  withCpu,
  pool,
  snapshot,
  summarize,
  withTimeout,
  type Sample,
} from './events-pipeline';
import { startMongoProcess } from './bench-processes';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || ROUNDS > 20) throw new Error('BENCH_ROUNDS must be 1 to 20');
const TARGET_THROUGHPUT_RATIO = 0.25;
const REPO_ROOT = join(__dirname, '../..');

/** Raw JetStream, same client: publish (IN_FLIGHT awaiting their PubAck) and consume + ack, no outbox, no database. */
async function openBaseline(natsUrl: string) {
  // The services' own connection (same client, same options), so the ratio compares like with like.
  const { nc, js, jsm } = await JetStreamConnection.open([natsUrl], 'bench-raw');
  await jsm.streams.add({ name: 'BENCH_RAW', subjects: ['bench.raw'] });
  await jsm.consumers.add('BENCH_RAW', { durable_name: 'raw', ack_policy: AckPolicy.Explicit });
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
  // Its own unsecured NATS: this process's bus clients need no nkey (production would demand one).
  process.env['NODE_ENV'] ??= 'test';
  const nats = await spawnNats();
  const mongo = await startMongoProcess();
  const dbName = mongo.dbName('bench-events');
  try {
    const raw = await openBaseline(nats.url);
    const full = await openPipeline(nats.url, mongo.url, dbName);
    const natsPid = nats.pid?.();
    const rawPids = { bench: process.pid, nats: natsPid };
    const fullPids = { ...full.pids, mongo: mongo.pid, nats: natsPid };
    const samples: Record<Figure, Sample[]> = { raw: [], pipeline: [], floor: [] };
    // Alternating rounds, best of each: load elsewhere on the machine skews the ratios less.
    for (let round = 0; round < ROUNDS; round++) {
      const from = round * EVENTS;
      samples.raw.push(await phase('raw', () => withCpu(rawPids, EVENTS, () => raw.round(from))));
      try {
        samples.pipeline.push(
          await phase('pipeline', () => withCpu(fullPids, EVENTS, () => full.round(from))),
        );
        samples.floor.push(
          await phase('floor', () => withCpu(fullPids, EVENTS, () => full.round(from, 'floor'))),
        );
      } catch (error) {
        console.error(String(error));
        samples.pipeline.push(summarize([], PHASE_TIMEOUT_MS));
        break;
      }
    }
    const perRound = (figure: Figure) => samples[figure].map((s) => s.eventsPerSec.toFixed(0)).join(', ');
    console.log(
      `events/s per round: pipeline ${perRound('pipeline')}; floor ${perRound('floor')}; raw ${perRound('raw')}`,
    );
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
    const bests = { raw: best(samples.raw), pipeline: best(samples.pipeline), floor: best(samples.floor) };
    report(bests, counts, samples.pipeline.length * EVENTS);
  } finally {
    await mongo.stop();
    await nats.stop();
  }
}

type Figure = 'raw' | 'pipeline' | 'floor';

function report(
  bests: Record<Figure, Sample>,
  effects: { total: number; doubled: number },
  expectedEffects: number,
): void {
  const { raw, pipeline: full, floor } = bests;
  const ratio = full.eventsPerSec / raw.eventsPerSec;
  const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  const rows = [
    ['figure', 'pipeline', 'floor', 'raw JetStream', 'pipeline / raw', 'floor / raw'],
    ...(
      [
        ['events/s', (s: Sample) => s.eventsPerSec, 0],
        ['latency p50 (ms)', (s: Sample) => s.p50Ms, 1],
        ['latency p99 (ms)', (s: Sample) => s.p99Ms, 1],
      ] as const
    ).map(([name, get, digits]) => [
      name,
      fmt(get(full), digits),
      fmt(get(floor), digits),
      fmt(get(raw), digits),
      fmt(get(full) / get(raw), 3),
      fmt(get(floor) / get(raw), 3),
    ]),
    ['events in best round', ...[full, floor, raw].map((s) => `${s.completed}/${EVENTS}`), '', ''],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`\nEvent backbone: best of ${ROUNDS} rounds of ${EVENTS} events, ${IN_FLIGHT} in flight\n`);
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  const cpu = (sample: Sample) => {
    const entries = Object.entries(sample.cpuMsPerEvent ?? {});
    const total = entries.reduce((sum, [, ms]) => sum + ms, 0);
    return `${entries.map(([role, ms]) => `${role} ${fmt(ms, 3)}`).join(', ')}; total ${fmt(total, 3)}`;
  };
  console.log('\nCPU ms per event in the best round:');
  for (const figure of ['pipeline', 'floor', 'raw'] as const)
    console.log(`  ${figure.padEnd(8)}  ${cpu(bests[figure])}`);
  console.log(
    '\nfloor: the same producer and consumer processes doing only the workload’s own two writes (aggregate ' +
      'insert, effect update, one round trip each) around raw JetStream; no outbox, no idempotency, no ' +
      'validation. No backbone beats it on this machine and database without changing those writes.',
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
        floor,
        ratio,
        floorRatio: floor.eventsPerSec / raw.eventsPerSec,
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
