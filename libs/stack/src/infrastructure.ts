import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { startEmbeddedMongo } from '@elo/embedded-mongo';
import { sizeWarning } from './embedded-mongo-size';
import { writeSecuredNats } from './nats-config';

export interface Resource {
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function answers(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Sends `signal` and resolves once the process has exited. A process still there after `graceMs`
 * (a service half-way through its start, whose shutdown hook waits on a connection that never came)
 * is SIGKILLed: a stop never leaves it behind, nor hangs.
 */
function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
  // No pid: the spawn itself failed, there is no process to stop.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}

/** `child` once `port` accepts connections; a child that never gets there is killed, not left behind. */
async function listening(child: ChildProcess, port: number, what: string): Promise<ChildProcess> {
  child.once('error', () => undefined); // a missing binary shows as the wait timing out
  try {
    await waitFor(() => answers('127.0.0.1', port), what);
    return child;
  } catch (error) {
    await stopChild(child, 'SIGKILL');
    throw error;
  }
}

/** A `nats-server -js` on 127.0.0.1:port keeping JetStream data in storeDir, once it accepts connections. */
export function spawnNatsServer(port: number, storeDir: string): Promise<ChildProcess> {
  const child = spawn('nats-server', ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir], {
    stdio: 'ignore',
  });
  return listening(child, port, 'nats-server');
}

/** A `nats-server -c configPath` (listening on 127.0.0.1:port as the config says), once it accepts connections. */
export function spawnNatsServerWithConfig(configPath: string, port: number): Promise<ChildProcess> {
  const child = spawn('nats-server', ['-c', configPath], { stdio: 'ignore' });
  return listening(child, port, 'nats-server');
}

export interface NatsResource extends Resource {
  /** Each service's environment naming only its own nkey seed file; empty for an external NATS_URL. */
  serviceEnv: Record<string, Record<string, string>>;
}

/**
 * A nats-server of our own on a free port, secured: per-run nkeys (seeds 0600 under credentialsDir),
 * the config rendered from the catalogs, JetStream data in storeDir.
 */
export async function startSecuredNats(credentialsDir: string, storeDir: string): Promise<NatsResource> {
  const port = await freePort();
  mkdirSync(storeDir, { recursive: true });
  const files = writeSecuredNats(credentialsDir, { host: '127.0.0.1', port, storeDir });
  const child = await spawnNatsServerWithConfig(files.configPath, port);
  return { url: `nats://127.0.0.1:${port}`, serviceEnv: files.serviceEnv, stop: () => stopChild(child) };
}

/**
 * NATS_URL if set (credentials then come from each service's NATS_NKEY_SEED[_FILE]); else a secured
 * nats-server of our own on a free port. A server already on 4222 is not reused: it does not know this
 * run's keys, and an open one would let any local process onto the bus.
 */
export async function resolveNats(dataDir: string): Promise<NatsResource> {
  const fromEnv = process.env['NATS_URL'];
  if (fromEnv) return { url: fromEnv, serviceEnv: {}, stop: async () => undefined };
  if (spawnSync('nats-server', ['--version']).status !== 0) {
    throw new Error(
      'No NATS server: set NATS_URL or install nats-server ' +
        '(Debian/Ubuntu: apt-get install -y nats-server; elsewhere: https://docs.nats.io).',
    );
  }
  return startSecuredNats(`${dataDir}/credentials/nats`, `${dataDir}/nats`);
}

/**
 * MONGO_URL if set; else the embedded engine, keeping its data under dataDir and warning when
 * the data grows past `warnBytes` (it holds everything in memory).
 */
export async function resolveMongo(dataDir: string, warnBytes = Infinity): Promise<Resource> {
  const fromEnv = process.env['MONGO_URL'];
  if (fromEnv) return { url: fromEnv, stop: async () => undefined };
  mkdirSync(`${dataDir}/mongo`, { recursive: true });
  const mongo = await startEmbeddedMongo({ port: 0, dataDir: `${dataDir}/mongo` });
  const check = sizeWarning(
    () => mongo.stats(),
    warnBytes,
    (message) => console.warn(`\nWarning: ${message}\n`),
  );
  check();
  const timer = setInterval(check, 30_000);
  timer.unref();
  return {
    url: mongo.uri,
    stop: () => {
      clearInterval(timer);
      return mongo.stop();
    },
  };
}

export { stopChild, waitFor };
