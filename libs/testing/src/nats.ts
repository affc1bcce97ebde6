import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { containerRuntimeAvailable } from './container-runtime';
import { freePort } from './ports';

export interface TestNats {
  url: string;
  /** Whether this process owns the server, so a test may kill and restart it. */
  owned: boolean;
  stop(): Promise<void>;
  /** SIGKILL the server (owned servers only) to simulate a crash; `restart()` brings it back on the same port and store. */
  kill(): Promise<void>;
  restart(): Promise<void>;
  /** The server's process id when this process spawned it (for CPU accounting in benchmarks). */
  pid?(): number | undefined;
}

async function waitForNats(url: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const nc = await connect({ servers: url, reconnect: false, timeout: 500 });
      await nc.close();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** A private `nats-server -js` on a random port with its own store dir; never the shared one. */
export async function spawnNats(): Promise<TestNats> {
  const port = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'elo-nats-'));
  const url = `nats://127.0.0.1:${port}`;
  let child: ChildProcess;
  const start = async () => {
    child = spawn('nats-server', ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir], {
      stdio: 'ignore',
    });
    child.once('error', () => undefined);
    await waitForNats(url);
  };
  await start();
  return {
    url,
    owned: true,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    restart: start,
    pid: () => child.pid,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

/** NATS for a test: NATS_URL when set, else a container, else a spawned nats-server. */
export async function startNats(options: { requireOwned?: boolean } = {}): Promise<TestNats> {
  const external = process.env['NATS_URL'];
  if (external && !options.requireOwned) {
    const noop = async () => undefined;
    return { url: external, owned: false, stop: noop, kill: noop, restart: noop };
  }
  if (await containerRuntimeAvailable()) {
    const { GenericContainer, Wait } = await import('testcontainers');
    const container = await new GenericContainer('nats:2.10')
      .withCommand(['-js'])
      .withExposedPorts(4222)
      .withWaitStrategy(Wait.forLogMessage(/Server is ready/))
      .start();
    return {
      url: `nats://${container.getHost()}:${container.getMappedPort(4222)}`,
      owned: true,
      stop: async () => void (await container.stop()),
      kill: async () => void (await container.stop({ timeout: 0 })),
      restart: async () => void (await container.restart()),
    };
  }
  return spawnNats();
}
