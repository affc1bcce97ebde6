import { randomBytes } from 'node:crypto';
import type { RunningService } from '@elo/runtime';
import { startMongo, startNats, type TestMongo, type TestNats } from '@elo/testing';
import { startDirectory } from './bootstrap';
import { directoryConfigSchema } from './config';

export interface DirectoryUnderTest {
  nats: TestNats;
  mongo: TestMongo;
  service: RunningService;
  /** Closes the service, then stops MongoDB and NATS. */
  stop(): Promise<void>;
}

/** The directory on a private NATS and MongoDB, its database named after `dbPrefix`. For specs only. */
export async function startDirectoryUnderTest(
  dbPrefix: string,
  env: Record<string, string> = {},
): Promise<DirectoryUnderTest> {
  const nats = await startNats();
  const mongo = await startMongo().catch(async (error: unknown) => {
    await nats.stop();
    throw error;
  });
  const stopInfra = async () => {
    await mongo.stop();
    await nats.stop();
  };
  try {
    const config = directoryConfigSchema.parse({
      NODE_ENV: 'test',
      DIRECTORY_TOTP_KEY: randomBytes(32).toString('base64'),
      NATS_URL: nats.url,
      MONGO_URL: mongo.url,
      ELO_DB_PREFIX: mongo.dbName(dbPrefix),
      DIRECTORY_HTTP_PORT: '0',
      LOG_LEVEL: 'warn',
      ...env,
    });
    const service = await startDirectory(config);
    return {
      nats,
      mongo,
      service,
      stop: async () => {
        await service.close();
        await stopInfra();
      },
    };
  } catch (error) {
    await stopInfra();
    throw error;
  }
}
