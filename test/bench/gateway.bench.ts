// Benchmark of an authenticated read through the gateway: GET /v1/institutions/{id} with a bearer token,
// gateway → NATS → directory → MongoDB, each in its own process as deployed. Beside it, in the same run
// and in alternating rounds, its raw floor: Fastify with the same JWT verification, a raw NATS request and
// a responder doing a raw driver findOne on the same database (test/bench/gateway-floor.ts). Run:
//   node -r @swc-node/register test/bench/gateway.bench.ts
// BENCH_CPU_PROF_DIR=dir writes a --cpu-prof profile of every child process there; BENCH_ROUNDS sets rounds.
// Prints a table and PASS/FAIL per target and exits 0 either way (1 only if it crashes).
// Results also go to tmp/bench/gateway.json. Bounded: about a minute on two cores.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnNats } from '@elo/testing';
import { freePort, generateDevCredentials } from '@elo/stack';
import {
  PROFILE_EXIT_PRELOAD,
  PROFILE_EXIT_SIGNAL,
  startMongoProcess,
  stopProcess,
  waitHealthy,
} from './bench-processes';
import { cpuMs, profileArgs, summarize, withTimeout, type Sample } from './events-pipeline';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1 || ROUNDS > 20) throw new Error('BENCH_ROUNDS must be 1 to 20');
const ROUND_MS = 3_000;
// Long enough for V8 to finish optimising the gateway's and the directory's paths: with 1.5 s their
// rounds still rose by half from the first to the last, while the floor's were flat from the second.
const WARMUP_MS = 6_000;
const CONCURRENCY = 32;
const TARGET_THROUGHPUT_RATIO = 0.75;
const TARGET_P99_FACTOR = 1.5;
const REPO_ROOT = join(__dirname, '../..');
const profiling = Boolean(process.env['BENCH_CPU_PROF_DIR']);

interface Child {
  process: ChildProcess;
  stop(): Promise<void>;
}

/** A service's real main, as `npm start` runs it, with its output discarded (as a log shipper would take it). */
function startService(role: string, main: string, env: Record<string, string>): Child {
  const preload = profiling ? ['-r', PROFILE_EXIT_PRELOAD] : [];
  const child = spawn(
    process.execPath,
    [...profileArgs(role), '-r', '@swc-node/register', ...preload, join(REPO_ROOT, main)],
    { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return { process: child, stop: () => stopProcess(child, profiling ? PROFILE_EXIT_SIGNAL : 'SIGTERM') };
}

function startFloor(role: 'http' | 'responder', env: Record<string, string>): Promise<Child> {
  const child = spawn(
    process.execPath,
    [...profileArgs(`floor-${role}`), '-r', '@swc-node/register', join(__dirname, 'gateway-floor.ts'), role],
    { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    void exited.then(() => reject(new Error(`floor ${role} exited while starting`)));
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.send({ cmd: 'close' });
    await withTimeout(exited, `floor ${role} exit`);
  };
  return withTimeout(ready, `floor ${role}`).then(() => ({ process: child, stop }));
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function get(url: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

interface RoundResult extends Sample {
  failures: number;
}

/** CONCURRENCY clients, each sending its next request when the last is answered, for `ms`. */
async function drive(
  url: string,
  token: string,
  ms: number,
  expectId: string,
  pids: Record<string, number | undefined>,
): Promise<RoundResult> {
  const latencies: number[] = [];
  let failures = 0;
  const before = Object.entries(pids).map(([role, pid]) => [role, pid, cpuMs(pid)] as const);
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const res = await get(url, token);
        if (res.status === 200 && res.body.includes(expectId)) latencies.push(performance.now() - t0);
        else failures++;
      }
    }),
  );
  const sample = summarize(latencies, performance.now() - started);
  const cpuMsPerEvent: Record<string, number> = {};
  for (const [role, pid, start] of before) {
    const end = cpuMs(pid);
    if (start !== undefined && end !== undefined && latencies.length)
      cpuMsPerEvent[role] = (end - start) / latencies.length;
  }
  return { ...sample, cpuMsPerEvent, failures };
}

/** Measured windows on the monotonic clock V8's profiles use, so profiles can be cut to them. */
const phases: { name: string; startUs: number; endUs: number }[] = [];

async function json<T>(res: Response, what: string): Promise<T> {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function main(): Promise<void> {
  const nats = await spawnNats();
  const mongo = await startMongoProcess();
  const prefix = mongo.dbName('bench-gw');
  const auth = {
    JWT_SIGNING_KEY: randomBytes(32).toString('base64'),
    JWT_ISSUER: 'elo-gateway',
    JWT_AUDIENCE: 'elo-api',
  };
  const admin = { id: 'bench-admin', secret: randomBytes(24).toString('hex') };
  const ports = { directory: await freePort(), gateway: await freePort(), floor: await freePort() };
  // Per-run assertion keys as the test stack makes them; production would refuse their dev- ids.
  const credentials = generateDevCredentials(['gateway', 'directory']);
  const common = {
    NATS_URL: nats.url,
    NODE_ENV: 'test',
    ELO_RPC_TRUSTED_KEYS: credentials.trustedKeys,
    ELO_CLIENT_SECRET_KEY: credentials.clientSecretKey,
  };
  const children: Child[] = [];
  try {
    const directory = startService('directory', 'services/directory/src/main.ts', {
      ...common,
      MONGO_URL: mongo.url,
      ELO_DB_PREFIX: prefix,
      DIRECTORY_HTTP_PORT: String(ports.directory),
      DIRECTORY_SEED: 'true',
      ELO_RPC_SIGNING_KEY: credentials.signingKeys['directory'] ?? '',
    });
    children.push(directory);
    const gateway = startService('gateway', 'services/gateway/src/main.ts', {
      ...common,
      ...auth,
      PORT: String(ports.gateway),
      ELO_ADMIN_CLIENT_ID: admin.id,
      ELO_ADMIN_CLIENT_SECRET: admin.secret,
      ELO_RPC_SIGNING_KEY: credentials.signingKeys['gateway'] ?? '',
      RATE_LIMIT_API_REQUESTS: '1000000', // the limiter runs (and costs) but never refuses
    });
    children.push(gateway);
    const floorEnv = { NATS_URL: nats.url, MONGO_URL: mongo.url, BENCH_DB: `${prefix}-directory`, ...auth };
    children.push(await startFloor('responder', floorEnv));
    const floorHttp = await startFloor('http', { ...floorEnv, PORT: String(ports.floor) });
    children.push(floorHttp);
    await waitHealthy(`http://127.0.0.1:${ports.directory}/health/ready`, 'directory health');
    // Its /health also asks plan-tracking, which this benchmark does not run: wait for it to serve.
    await waitHealthy(`http://127.0.0.1:${ports.gateway}/docs/openapi.json`, 'gateway listening');

    // A viewer client of a seeded institution, as an agency's system would call: its token goes through
    // the same checks as any (signature, claims, revocation status), unlike the bootstrap admin's.
    const gw = `http://127.0.0.1:${ports.gateway}`;
    const tokenOf = async (clientId: string, clientSecret: string) =>
      (
        await json<{ access_token: string }>(
          await fetch(`${gw}/v1/auth/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              grant_type: 'client_credentials',
              client_id: clientId,
              client_secret: clientSecret,
            }),
          }),
          'token',
        )
      ).access_token;
    const adminToken = await tokenOf(admin.id, admin.secret);
    const page = await json<{ items: { id: string }[] }>(
      await fetch(`${gw}/v1/institutions?limit=1`, { headers: { authorization: `Bearer ${adminToken}` } }),
      'list institutions',
    );
    const id = page.items[0]?.id;
    if (!id) throw new Error('no seeded institution');
    const viewer = await json<{ clientId: string; clientSecret: string }>(
      await fetch(`${gw}/v1/institutions/${id}/clients`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'bench viewer', roles: ['viewer'] }),
      }),
      'create client',
    );
    const token = await tokenOf(viewer.clientId, viewer.clientSecret);

    const natsPid = nats.pid?.();
    const sides = {
      gateway: {
        url: `${gw}/v1/institutions/${id}`,
        pids: {
          gateway: gateway.process.pid,
          directory: directory.process.pid,
          mongo: mongo.pid,
          nats: natsPid,
          client: process.pid,
        },
      },
      floor: {
        url: `http://127.0.0.1:${ports.floor}/v1/institutions/${id}`,
        pids: {
          'floor-http': floorHttp.process.pid,
          'floor-responder': children[2]?.process.pid,
          mongo: mongo.pid,
          nats: natsPid,
          client: process.pid,
        },
      },
    };
    for (const side of Object.values(sides)) await drive(side.url, token, WARMUP_MS, id, {});
    const samples: Record<Side, RoundResult[]> = { gateway: [], floor: [] };
    // Alternating rounds, best of each: load elsewhere on the machine skews the ratio less.
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of ['gateway', 'floor'] as const) {
        const side = sides[name];
        const startUs = Number(process.hrtime.bigint() / 1000n);
        samples[name].push(await drive(side.url, token, ROUND_MS, id, side.pids));
        phases.push({ name, startUs, endUs: Number(process.hrtime.bigint() / 1000n) });
      }
    }
    const profileDir = process.env['BENCH_CPU_PROF_DIR'];
    if (profileDir) writeFileSync(join(profileDir, 'phases.json'), JSON.stringify(phases));
    const perRound = (side: Side) => samples[side].map((s) => s.eventsPerSec.toFixed(0)).join(', ');
    console.log(`req/s per round: gateway ${perRound('gateway')}; floor ${perRound('floor')}`);
    report(samples);
  } finally {
    for (const child of children.reverse()) await child.stop();
    agent.destroy();
    await mongo.stop();
    await nats.stop();
  }
}

type Side = 'gateway' | 'floor';

function report(samples: Record<Side, RoundResult[]>): void {
  const best = (list: RoundResult[]) => list.reduce((a, b) => (b.eventsPerSec > a.eventsPerSec ? b : a));
  const gateway = best(samples.gateway);
  const floor = best(samples.floor);
  const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  const rows = [
    ['figure', 'gateway', 'floor', 'gateway / floor'],
    ...(
      [
        ['req/s', (s: Sample) => s.eventsPerSec, 0],
        ['latency p50 (ms)', (s: Sample) => s.p50Ms, 1],
        ['latency p99 (ms)', (s: Sample) => s.p99Ms, 1],
      ] as const
    ).map(([name, pick, digits]) => [
      name,
      fmt(pick(gateway), digits),
      fmt(pick(floor), digits),
      fmt(pick(gateway) / pick(floor), 3),
    ]),
    [
      'failed requests (all rounds)',
      ...[samples.gateway, samples.floor].map((l) => String(l.reduce((n, s) => n + s.failures, 0))),
      '',
    ],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  console.log(
    `\nGET /v1/institutions/{id}, authenticated: best of ${ROUNDS} rounds of ${ROUND_MS / 1000} s, ${CONCURRENCY} clients\n`,
  );
  for (const row of rows) console.log(row.map((cell, c) => (cell ?? '').padEnd(widths[c] ?? 0)).join('  '));
  const cpu = (sample: Sample) => {
    const entries = Object.entries(sample.cpuMsPerEvent ?? {});
    const total = entries.reduce((sum, [, ms]) => sum + ms, 0);
    return `${entries.map(([role, ms]) => `${role} ${fmt(ms, 3)}`).join(', ')}; total ${fmt(total, 3)}`;
  };
  console.log('\nCPU ms per request in the best round:');
  console.log(`  gateway  ${cpu(gateway)}`);
  console.log(`  floor    ${cpu(floor)}`);
  console.log(
    '\nfloor: Fastify verifying the same JWT, a raw NATS request, and a responder doing a raw driver findOne on ' +
      'the same database; no Nest, no validation, no revocation check, no logging, no mapping.',
  );
  const ratio = gateway.eventsPerSec / floor.eventsPerSec;
  const p99Factor = gateway.p99Ms / floor.p99Ms;
  const failures = samples.gateway.reduce((n, s) => n + s.failures, 0);
  const throughputOk = ratio >= TARGET_THROUGHPUT_RATIO && failures === 0;
  const p99Ok = p99Factor <= TARGET_P99_FACTOR;
  console.log(
    `\n${throughputOk ? 'PASS' : 'FAIL'}  gateway throughput >= ${TARGET_THROUGHPUT_RATIO * 100}% of the floor (${fmt(ratio * 100, 1)}%, ${failures} failed requests)`,
  );
  console.log(
    `${p99Ok ? 'PASS' : 'FAIL'}  gateway p99 <= ${TARGET_P99_FACTOR}x the floor's (${fmt(p99Factor, 2)}x)`,
  );
  const outDir = join(REPO_ROOT, 'tmp/bench');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'gateway.json'),
    JSON.stringify(
      { roundMs: ROUND_MS, concurrency: CONCURRENCY, gateway, floor, ratio, p99Factor, throughputOk, p99Ok },
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
