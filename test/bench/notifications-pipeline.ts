// The pieces of test/bench/notifications.bench.ts (not a benchmark itself): the notifications service
// as its own process, the loopback receiver standing for the agencies' systems, and the events sent.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createCloudEvent, type EloCloudEvent } from '@elo/contracts';
import { PROFILE_EXIT_PRELOAD, PROFILE_EXIT_SIGNAL } from './bench-processes';
import { profileArgs, withTimeout } from './events-pipeline';

const REPO_ROOT = join(__dirname, '../..');

/** Receiving institutions, one endpoint each: deliveries spread as they do across agencies. */
export const INSTITUTIONS = Array.from(
  { length: 8 },
  (_, i) => `665f1c2e9b1e8a0000000${String(i).padStart(3, '0')}`,
);

/** Event `i`, addressed to one institution; its webhook-id is `msg_<event id>`. */
export function signedEvent(i: number): EloCloudEvent<'partnership.signed'> {
  return createCloudEvent(
    'partnership.signed',
    `B${i}`,
    {
      partnershipId: `B${i}`,
      title: `Acordo ${i}`,
      kind: 'bilateral',
      partnerInstitutionIds: [INSTITUTIONS[i % INSTITUTIONS.length] ?? ''],
      activityCodes: [],
      signedAt: '2026-01-01T00:00:00.000Z',
    },
    { producer: 'partnerships', correlationId: `bench-${i}` },
  );
}

/** When each event id first arrived at the far end, and how many arrived again. */
export class Arrivals {
  readonly at = new Map<string, number>();
  duplicates = 0;
  private waiting: { ids: string[]; done: () => void } | undefined;

  note(id: string): void {
    if (this.at.has(id)) this.duplicates++;
    else this.at.set(id, Date.now());
    if (this.waiting?.ids.every((w) => this.at.has(w))) this.waiting.done();
  }

  /** Resolves once every one of `ids` has arrived (bounded by the phase timeout). */
  all(ids: string[], what: string): Promise<void> {
    if (ids.every((id) => this.at.has(id))) return Promise.resolve();
    return withTimeout(new Promise<void>((done) => (this.waiting = { ids, done })), what);
  }
}

/** The agencies' systems: answers 204 to every webhook and notes its event (`webhook-id` = `msg_<id>`). */
export class BenchReceiver extends Arrivals {
  url = '';
  private readonly server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(204).end();
      this.note(String(req.headers['webhook-id']).replace(/^msg_/, ''));
    });
  });

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** `services/notifications/src/main.ts` in its own process, as deployed; resolved once it is ready. */
export async function spawnNotifications(
  env: Record<string, string>,
): Promise<{ pid: number | undefined; stop(): Promise<void> }> {
  const profiling = Boolean(process.env['BENCH_CPU_PROF_DIR']);
  const preload = profiling ? ['-r', PROFILE_EXIT_PRELOAD] : [];
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...profileArgs('notifications'),
      '-r',
      '@swc-node/register',
      ...preload,
      'services/notifications/src/main.ts',
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  await withTimeout(
    new Promise<void>((ready, fail) => {
      child.once('exit', (code) => fail(new Error(`notifications exited with ${code}\n${output}`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('notifications ready')) ready();
      });
    }),
    'starting notifications',
  ).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  // Keep reading (and dropping) its logs so a full pipe never stalls it.
  child.stdout?.removeAllListeners('data');
  child.stdout?.resume();
  return {
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill(profiling ? PROFILE_EXIT_SIGNAL : 'SIGTERM');
      }),
  };
}
