// Benchmark of webhook delivery: an event published to JetStream (as the partnerships service would)
// through the notifications service (intake, message row, claim, signing, loopback POST, attempt log,
// settle) to the receiving agency's HTTP server, beside raw JetStream (publish + consume + ack, same
// client, no database, no HTTP) measured in the same run. The service, MongoDB and NATS each run in
// their own process; this process publishes, receives and measures. Run:
//   node -r @swc-node/register test/bench/notifications.bench.ts
// BENCH_EVENTS (100–20000) and BENCH_ROUNDS (1–10) size the burst rounds, BENCH_STEADY_SECONDS
// (1–60) the steady 50 events/s phase, BENCH_HOLD_SECONDS (5–60, default 60) the window a rate must
// be held for and BENCH_HOLD_STEPS (1–10, default 5) how many windows the search tries;
// BENCH_CPU_PROF_DIR writes --cpu-prof profiles of the children.
// Prints a table and PASS/FAIL per target, exits 0 either way (1 only if it crashes); results also go
// to tmp/bench/notifications.json. Bounded: every phase gives up after PHASE_TIMEOUT_MS.
import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AckPolicy } from '@nats-io/jetstream';
import { EVENT_CATALOG, type EloCloudEvent } from '@elo/contracts';
import { JetStreamConnection, encodeEvent } from '@elo/events';
import { RpcClient, RpcClientModule, busCredentialsFromEnv } from '@elo/messaging';
import { runWithContext } from '@elo/observability';
import { generateDevCredentials } from '@elo/stack';
import { spawnNats } from '@elo/testing';
import { startMongoProcess } from './bench-processes';
import { IN_FLIGHT, PHASE_TIMEOUT_MS, best, withCpu, type Sample } from './events-pipeline';
import { HOLD_LAG_MS, drive, holdAt, searchHeldRate, type HoldStep, type Sink } from './notifications-load';
import { Arrivals, BenchReceiver, INSTITUTIONS, spawnNotifications } from './notifications-pipeline';

const bounded = (name: string, fallback: number, min: number, max: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be ${min} to ${max}`);
  return value;
};
const EVENTS = bounded('BENCH_EVENTS', 500, 100, 20_000);
const ROUNDS = bounded('BENCH_ROUNDS', 3, 1, 10);
const STEADY_SECONDS = bounded('BENCH_STEADY_SECONDS', 10, 1, 60);
// Issue 15: the highest rate held for 60 s with 0 lost; shorter windows for a quick look.
const HOLD_SECONDS = bounded('BENCH_HOLD_SECONDS', 60, 5, 60);
// Windows tried by the search: with the 60 s default the whole run stays under about 10 minutes.
const HOLD_STEPS = bounded('BENCH_HOLD_STEPS', 5, 1, 10);
const STEADY_RATE = 50; // events/s, issue 15's steady load
const TARGET_STEADY_P99_MS = 200; // issue 15's target at 50 events/s (the one absolute figure it names)
const REPO_ROOT = join(__dirname, '../..');

/** Raw JetStream with the services' own client: publish, consume, ack; arrival is the consume. */
async function openRaw(natsUrl: string) {
  const { nc, js, jsm } = await JetStreamConnection.open([natsUrl], 'bench-raw');
  await jsm.streams.add({ name: 'BENCH_RAW', subjects: ['bench.raw'] });
  await jsm.consumers.add('BENCH_RAW', { durable_name: 'raw', ack_policy: AckPolicy.Explicit });
  const messages = await (await js.consumers.get('BENCH_RAW', 'raw')).consume({ max_messages: 256 });
  const arrivals = new Arrivals();
  const loop = (async () => {
    for await (const msg of messages) {
      arrivals.note(msg.json<EloCloudEvent>().id);
      msg.ack();
    }
  })();
  const sink: Sink = {
    arrivals,
    publish: (event) => {
      const { body, headers } = encodeEvent(event);
      return js.publish('bench.raw', body, { headers });
    },
  };
  return {
    sink,
    async close() {
      messages.stop();
      await loop;
      await nc.drain();
    },
  };
}

async function main(): Promise<void> {
  // Its own unsecured NATS: this process's bus clients need no nkey (production would demand one).
  process.env['NODE_ENV'] ??= 'test';
  // Per-run assertion keys as the test stack makes them: this process registers endpoints as the gateway.
  const credentials = generateDevCredentials(['gateway', 'notifications']);
  const busEnv = (service: string) => ({
    NODE_ENV: 'test',
    ELO_RPC_TRUSTED_KEYS: credentials.trustedKeys,
    ELO_RPC_SIGNING_KEY: credentials.signingKeys[service] ?? '',
  });
  // Everything started is stopped, in reverse order, however the run ends.
  const teardown: (() => Promise<unknown>)[] = [];
  const started = <T>(value: T, stop: (value: T) => Promise<unknown>): T => {
    teardown.unshift(() => stop(value));
    return value;
  };
  try {
    const nats = started(await spawnNats(), (n) => n.stop());
    const mongo = started(await startMongoProcess(), (m) => m.stop());
    const receiver = started(await new BenchReceiver().start(), (r) => r.stop());
    const dataDir = started(mkdtempSync(join(tmpdir(), 'bench-notif-')), async (dir) =>
      rmSync(dir, { recursive: true, force: true }),
    );
    const service = started(
      await spawnNotifications({
        // Not production: http to loopback is allowed (production takes https to public addresses only).
        ...busEnv('notifications'),
        NATS_URL: nats.url,
        MONGO_URL: mongo.url,
        ELO_DB_PREFIX: mongo.dbName('bench-notif'),
        ELO_DATA_DIR: dataDir,
        NOTIFICATIONS_HTTP_PORT: '0',
      }),
      (svc) => svc.stop(),
    );
    const client = started(
      await NestFactory.createApplicationContext(
        RpcClientModule.forRoot({
          servers: [nats.url],
          name: 'bench',
          timeoutMs: 10_000,
          credentials: busCredentialsFromEnv(busEnv('gateway')),
        }),
        // A failure throws here (and the teardown runs) instead of exiting the process.
        { logger: false, abortOnError: false },
      ),
      (c) => c.close(),
    );
    const bus = started(await JetStreamConnection.open([nats.url], 'bench-publisher'), (b) => b.close());
    const raw = started(await openRaw(nats.url), (r) => r.close());
    for (const institutionId of INSTITUTIONS) {
      const caller = { clientId: 'bench', institutionId, roles: ['agency' as const] };
      await runWithContext({ correlationId: 'bench', caller }, () =>
        client
          .get(RpcClient)
          .send('notifications.endpoint.create', { url: `${receiver.url}/hooks` } as never),
      );
    }
    const pipeline: Sink = {
      arrivals: receiver,
      publish: (event) => {
        const { body, headers } = encodeEvent(event);
        return bus.js.publish(EVENT_CATALOG[event.type].subject, body, { headers });
      },
    };
    const natsPid = nats.pid?.();
    const pipelinePids = { notifications: service.pid, mongo: mongo.pid, nats: natsPid, bench: process.pid };
    const rawPids = { nats: natsPid, bench: process.pid };
    const samples: Record<'pipeline' | 'raw', Sample[]> = { pipeline: [], raw: [] };
    let next = 0;
    const take = (count: number) => (next += count) - count;
    // Warm-up (JIT, connections, indexes), not measured.
    await drive(pipeline, take(200), 200, 'warm-up');
    // Alternating rounds, best of each: load elsewhere on the machine skews the ratio less.
    for (let round = 0; round < ROUNDS; round++) {
      samples.raw.push(await withCpu(rawPids, EVENTS, () => drive(raw.sink, take(EVENTS), EVENTS, 'raw')));
      samples.pipeline.push(
        await withCpu(pipelinePids, EVENTS, () => drive(pipeline, take(EVENTS), EVENTS, 'pipeline')),
      );
    }
    const steadyCount = STEADY_RATE * STEADY_SECONDS;
    const steady = {
      raw: await drive(raw.sink, take(steadyCount), steadyCount, 'steady raw', STEADY_RATE),
      pipeline: await drive(pipeline, take(steadyCount), steadyCount, 'steady pipeline', STEADY_RATE),
    };
    // Held rate: from half the burst rate (a pipeline never holds more than its burst for long).
    const bursts = { raw: best(samples.raw), pipeline: best(samples.pipeline) };
    const start = Math.max(STEADY_RATE, Math.round(bursts.pipeline.eventsPerSec / 2));
    const hold = await searchHeldRate(
      async (rate) => {
        const step = await holdAt(pipeline, next, rate, HOLD_SECONDS, pipelinePids);
        take(step.sent);
        console.log(
          `hold ${rate}/s for ${HOLD_SECONDS} s: ${step.held ? 'held' : `not held, ${step.reason}`}`,
        );
        return step;
      },
      start,
      HOLD_STEPS,
    );
    const published = next - raw.sink.arrivals.at.size;
    report(bursts, steady, hold, {
      published,
      delivered: receiver.at.size,
      duplicates: receiver.duplicates,
    });
  } finally {
    for (const stop of teardown) await stop();
  }
}

function report(
  bests: Record<'pipeline' | 'raw', Sample>,
  steady: Record<'pipeline' | 'raw', Sample>,
  hold: { best?: HoldStep; steps: HoldStep[] },
  counts: { published: number; delivered: number; duplicates: number },
): void {
  const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  const cpuTotal = (s: Sample) => Object.values(s.cpuMsPerEvent ?? {}).reduce((a, b) => a + b, 0);
  const { pipeline, raw } = bests;
  const held = hold.best?.sample;
  const heldRate = hold.best?.rate ?? 0;
  const rows = [
    ['figure', 'webhooks', 'raw JetStream', 'webhooks / raw'],
    // Issue 15's throughput figure: the rate held for the whole window against raw JetStream's burst.
    [
      `events/s held ${HOLD_SECONDS} s, 0 lost`,
      fmt(heldRate),
      fmt(raw.eventsPerSec),
      fmt(heldRate / raw.eventsPerSec, 3),
    ],
    [
      'CPU ms per event, held',
      held ? fmt(cpuTotal(held), 3) : 'n/a',
      fmt(cpuTotal(raw), 3),
      held ? fmt(cpuTotal(held) / cpuTotal(raw), 1) : 'n/a',
    ],
    ['latency p50 / p99, held (ms)', held ? `${fmt(held.p50Ms)} / ${fmt(held.p99Ms)}` : 'n/a', '', ''],
    ...(
      [
        ['events/s (burst, information)', (s: Sample) => s.eventsPerSec, 0],
        ['CPU ms per event, burst', cpuTotal, 3],
        ['latency p50, burst (ms)', (s: Sample) => s.p50Ms, 1],
        ['latency p99, burst (ms)', (s: Sample) => s.p99Ms, 1],
      ] as const
    ).map(([name, get, digits]) => [
      name,
      fmt(get(pipeline), digits),
      fmt(get(raw), digits),
      fmt(get(pipeline) / get(raw), 3),
    ]),
    ...(
      [
        [`latency p50 at ${STEADY_RATE}/s (ms)`, (s: Sample) => s.p50Ms],
        [`latency p99 at ${STEADY_RATE}/s (ms)`, (s: Sample) => s.p99Ms],
      ] as const
    ).map(([name, get]) => [
      name,
      fmt(get(steady.pipeline), 1),
      fmt(get(steady.raw), 1),
      fmt(get(steady.pipeline) / get(steady.raw), 1),
    ]),
  ];
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0))) ?? [];
  console.log(
    `\nWebhook delivery: best of ${ROUNDS} rounds of ${EVENTS} events (${IN_FLIGHT} publishes in flight, ` +
      `${INSTITUTIONS.length} endpoints), ${STEADY_SECONDS} s at ${STEADY_RATE} events/s, then the ` +
      `highest rate held ${HOLD_SECONDS} s (backlog never over ${HOLD_LAG_MS} ms, ${hold.steps.length} windows: ` +
      `${hold.steps.map((step) => `${step.rate}/s ${step.held ? 'held' : 'not'}`).join(', ')})\n`,
  );
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
  const roles = (s: Sample) =>
    Object.entries(s.cpuMsPerEvent ?? {})
      .map(([role, ms]) => `${role} ${fmt(ms, 3)}`)
      .join(', ');
  console.log(
    `\nCPU ms per event:\n  webhooks, held ${held ? roles(held) : 'n/a'}\n` +
      `  webhooks, burst ${roles(pipeline)}\n  raw, burst      ${roles(raw)}`,
  );
  // Issue 15 names no ratio for the held rate: it is reported against raw, and must exist at all.
  const checks: [boolean, string][] = [
    [
      heldRate >= STEADY_RATE,
      `a rate held ${HOLD_SECONDS} s with 0 lost: ${fmt(heldRate)}/s = ` +
        `${fmt((heldRate / raw.eventsPerSec) * 100, 1)}% of raw JetStream (${fmt(raw.eventsPerSec)}/s)`,
    ],
    [
      counts.delivered === counts.published,
      `0 lost: ${counts.delivered} of ${counts.published} events delivered`,
    ],
    [counts.duplicates === 0, `no webhook sent twice to a receiver that answered 2xx (${counts.duplicates})`],
    [
      steady.pipeline.p99Ms <= TARGET_STEADY_P99_MS,
      `p99 at ${STEADY_RATE}/s <= ${TARGET_STEADY_P99_MS} ms (${fmt(steady.pipeline.p99Ms, 1)} ms)`,
    ],
  ];
  console.log('');
  for (const [ok, what] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`);
  const outDir = join(REPO_ROOT, 'tmp/bench');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'notifications.json'),
    JSON.stringify(
      {
        events: EVENTS,
        rounds: ROUNDS,
        bests,
        steady,
        hold: { seconds: HOLD_SECONDS, lagMs: HOLD_LAG_MS, ...hold },
        counts,
        phaseTimeoutMs: PHASE_TIMEOUT_MS,
      },
      null,
      2,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
