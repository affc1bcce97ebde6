import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containerRuntimeAvailable } from './container-runtime';
import { freePort, spawnNatsServer, stopChild } from '@elo/stack';

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

/** A private `nats-server -js` on a random port with its own store dir; never the shared one. */
export async function spawnNats(): Promise<TestNats> {
  const port = await freePort();
  const storeDir = mkdtempSync(join(tmpdir(), 'elo-nats-'));
  const url = `nats://127.0.0.1:${port}`;
  let child: ChildProcess;
  const start = async () => {
    child = await spawnNatsServer(port, storeDir);
  };
  await start();
  return {
    url,
    owned: true,
    kill: () => stopChild(child, 'SIGKILL'),
    restart: start,
    pid: () => child.pid,
    async stop() {
      await stopChild(child);
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
      // Kept (not removed) so restart() can bring it back with its store; Docker may map a new port.
      kill: async () => void (await container.stop({ timeout: 0, remove: false })),
      restart: async () => void (await container.restart()),
    };
  }
  return spawnNats();
}
