import { randomUUID } from 'node:crypto';
import { startEmbeddedMongo } from '@elo/embedded-mongo';
import { containerRuntimeAvailable } from './container-runtime';

export interface TestMongo {
  /** Server URL without a database; use `dbName()` for an isolated database per test. */
  url: string;
  dbName(prefix?: string): string;
  stop(): Promise<void>;
}

const uniqueDb = (prefix = 'test') => `${prefix}-${randomUUID().slice(0, 8)}`;

/** MongoDB for a test: MONGO_URL when set, else a container, else the embedded engine. */
export async function startMongo(): Promise<TestMongo> {
  const external = process.env['MONGO_URL'];
  if (external) return { url: external, dbName: uniqueDb, stop: async () => undefined };
  if (await containerRuntimeAvailable()) {
    const { GenericContainer, Wait } = await import('testcontainers');
    const container = await new GenericContainer('mongo:7')
      .withExposedPorts(27017)
      .withWaitStrategy(Wait.forLogMessage(/Waiting for connections/))
      .start();
    return {
      url: `mongodb://${container.getHost()}:${container.getMappedPort(27017)}`,
      dbName: uniqueDb,
      stop: async () => void (await container.stop()),
    };
  }
  const embedded = await startEmbeddedMongo({ port: 0 });
  return { url: embedded.uri, dbName: uniqueDb, stop: () => embedded.stop() };
}
