import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { startEmbeddedMongo } from '@elo/embedded-mongo';
import { sizeWarning } from './embedded-mongo-size';

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

function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** A `nats-server -js` on 127.0.0.1:port keeping JetStream data in storeDir, once it accepts connections. */
export async function spawnNatsServer(port: number, storeDir: string): Promise<ChildProcess> {
  const child = spawn('nats-server', ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir], {
    stdio: 'ignore',
  });
  child.once('error', () => undefined); // a missing binary shows as the wait timing out
  await waitFor(() => answers('127.0.0.1', port), 'nats-server');
  return child;
}

/** A `nats-server -c configPath` (listening on 127.0.0.1:port as the config says), once it accepts connections. */
export async function spawnNatsServerWithConfig(configPath: string, port: number): Promise<ChildProcess> {
  const child = spawn('nats-server', ['-c', configPath], { stdio: 'ignore' });
  child.once('error', () => undefined); // a missing binary shows as the wait timing out
  await waitFor(() => answers('127.0.0.1', port), 'nats-server');
  return child;
}

/** NATS_URL if set; else the local server on 4222; else a nats-server we start ourselves. */
export async function resolveNats(dataDir: string): Promise<Resource> {
  const fromEnv = process.env['NATS_URL'];
  if (fromEnv) return { url: fromEnv, stop: async () => undefined };
  if (await answers('127.0.0.1', 4222)) return { url: 'nats://127.0.0.1:4222', stop: async () => undefined };
  if (spawnSync('nats-server', ['--version']).status !== 0) {
    throw new Error(
      'No NATS server: set NATS_URL, run one on 127.0.0.1:4222, or install nats-server ' +
        '(Debian/Ubuntu: apt-get install -y nats-server; elsewhere: https://docs.nats.io).',
    );
  }
  const port = await freePort();
  mkdirSync(`${dataDir}/nats`, { recursive: true });
  const child = await spawnNatsServer(port, `${dataDir}/nats`);
  return { url: `nats://127.0.0.1:${port}`, stop: () => stopChild(child) };
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
