// The pipeline side of test/bench/events.bench.ts (not a benchmark itself): the producing and the
// consuming service each in its own process (test/bench/events-worker.ts), as deployed, driven over
// IPC; this process only orchestrates and measures. Also the helpers both sides share.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EVENTS = 2_000;
export const IN_FLIGHT = 64; // concurrent writers (pipeline) and concurrent un-acked publishes (baseline)
export const PHASE_TIMEOUT_MS = 60_000;
const REPO_ROOT = join(__dirname, '../..');

export interface Sample {
  eventsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  completed: number;
  /** CPU milliseconds per event, by process role, while the round ran. */
  cpuMsPerEvent?: Record<string, number>;
}

const CLOCK_TICKS_PER_SEC = 100; // Linux USER_HZ

/** User + system CPU milliseconds a process has used so far, from /proc; undefined off Linux. */
export function cpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SEC;
  } catch {
    return undefined;
  }
}

/** Measures the CPU each named process uses during `run`, per event. */
export async function withCpu(
  pids: Record<string, number | undefined>,
  events: number,
  run: () => Promise<Sample>,
): Promise<Sample> {
  const before = Object.entries(pids).map(([role, pid]) => [role, pid, cpuMs(pid)] as const);
  const sample = await run();
  const cpuMsPerEvent: Record<string, number> = {};
  for (const [role, pid, start] of before) {
    const end = cpuMs(pid);
    if (start !== undefined && end !== undefined) cpuMsPerEvent[role] = (end - start) / events;
  }
  return { ...sample, cpuMsPerEvent };
}

/** Orchestrator → worker. */
export type ToWorker =
  | { cmd: 'expect'; count: number }
  | { cmd: 'write'; from: number; count: number }
  | { cmd: 'floor-write'; from: number; count: number }
  | { cmd: 'close' };

/** Worker → orchestrator. */
export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'expecting' }
  | { kind: 'written' }
  | { kind: 'floor-written' }
  | { kind: 'handled'; latencies: number[] };

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

export function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
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

/** `--cpu-prof` for a child when BENCH_CPU_PROF_DIR is set, one profile per process named by role. */
export function profileArgs(role: string): string[] {
  const dir = process.env['BENCH_CPU_PROF_DIR'];
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${role}.cpuprofile`] : [];
}

interface Worker {
  send(message: ToWorker): void;
  next<K extends FromWorker['kind']>(kind: K): Promise<Extract<FromWorker, { kind: K }>>;
  exited: Promise<void>;
  pid: number | undefined;
}

function spawnWorker(role: 'producer' | 'consumer', env: NodeJS.ProcessEnv): Worker {
  const child: ChildProcess = spawn(
    process.execPath,
    [...profileArgs(role), '-r', '@swc-node/register', join(__dirname, 'events-worker.ts'), role],
    { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    send: (message) => child.send(message),
    next: (kind) =>
      withTimeout(
        new Promise((resolve, reject) => {
          const onMessage = (message: FromWorker) => {
            if (message.kind !== kind) return;
            child.off('message', onMessage);
            resolve(message as Extract<FromWorker, { kind: typeof kind }>);
          };
          child.on('message', onMessage);
          void exited.then(() => reject(new Error(`bench ${role} exited while waiting for ${kind}`)));
        }),
        `${role} ${kind}`,
      ),
    exited,
    pid: child.pid,
  };
}

/** The full pipeline: a producer process (IN_FLIGHT writers with the outbox, its relay) and a consumer process. */
export async function openPipeline(natsUrl: string, mongoUrl: string, dbName: string) {
  const env = { NATS_URL: natsUrl, MONGO_URL: mongoUrl, BENCH_DB: dbName };
  const producer = spawnWorker('producer', env);
  const consumer = spawnWorker('consumer', env);
  await Promise.all([producer.next('ready'), consumer.next('ready')]);
  return {
    pids: { producer: producer.pid, consumer: consumer.pid },
    /** `floor`: the same two processes and writes around raw JetStream, without outbox or idempotency. */
    async round(from: number, mode: 'pipeline' | 'floor' = 'pipeline'): Promise<Sample> {
      consumer.send({ cmd: 'expect', count: EVENTS });
      await consumer.next('expecting');
      const handled = consumer.next('handled');
      const written = producer.next(mode === 'floor' ? 'floor-written' : 'written');
      written.catch(() => undefined); // awaited below; not unhandled if `handled` fails first
      const started = Date.now();
      producer.send({ cmd: mode === 'floor' ? 'floor-write' : 'write', from, count: EVENTS });
      const { latencies } = await handled;
      const elapsed = Date.now() - started;
      await written;
      return summarize(latencies, elapsed);
    },
    async close() {
      for (const worker of [consumer, producer]) {
        worker.send({ cmd: 'close' });
        await withTimeout(worker.exited, 'worker exit');
      }
    },
  };
}
