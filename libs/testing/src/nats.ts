import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { containerRuntimeAvailable } from './container-runtime';
import { nkeyAuthenticator, type Authenticator } from '@nats-io/transport-node';
import type { ServiceName } from '@elo/contracts';
import {
  freePort,
  spawnNatsServer,
  spawnNatsServerWithConfig,
  stopChild,
  writeSecuredNats,
} from '@elo/stack';

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

/**
 * A private `nats-server -js` on a random port (or `port`, one the test reserved) with its own store
 * dir; never the shared one.
 */
export async function spawnNats(options: { port?: number } = {}): Promise<TestNats> {
  const port = options.port ?? (await freePort());
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

export interface SecuredTestNats extends TestNats {
  /** Each service's environment naming only its own nkey seed file. */
  serviceEnv: Record<string, Record<string, string>>;
  /** Connection options that authenticate as `service` (for tests acting as one on the bus). */
  as(service: ServiceName): { authenticator: Authenticator };
}

/**
 * A private nats-server secured as `npm start` runs it: per-run nkeys (0600), the config rendered
 * from the catalogs, so a test stack exercises the same permissions as production.
 */
export async function spawnSecuredNats(): Promise<SecuredTestNats> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'elo-nats-secured-'));
  const files = writeSecuredNats(join(dir, 'credentials'), {
    host: '127.0.0.1',
    port,
    storeDir: join(dir, 'store'),
  });
  let child: ChildProcess;
  const start = async () => {
    child = await spawnNatsServerWithConfig(files.configPath, port);
  };
  await start();
  return {
    url: `nats://127.0.0.1:${port}`,
    owned: true,
    serviceEnv: files.serviceEnv,
    as: (service) => ({
      authenticator: nkeyAuthenticator(
        new TextEncoder().encode(readFileSync(files.serviceEnv[service].NATS_NKEY_SEED_FILE, 'utf8')),
      ),
    }),
    kill: () => stopChild(child, 'SIGKILL'),
    restart: start,
    pid: () => child.pid,
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
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
