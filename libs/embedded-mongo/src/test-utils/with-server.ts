import { MongoClient } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '../server';

/**
 * An engine on `dataDir` and a client to it for the length of `run`, both stopped afterwards. Its
 * background errors are ignored: the cases that damage the data directory read the outcome instead.
 */
export async function withServer<T>(
  dataDir: string,
  run: (client: MongoClient, server: EmbeddedMongo) => Promise<T>,
): Promise<T> {
  const server = await startEmbeddedMongo({ dataDir, onError: () => undefined });
  const client = await MongoClient.connect(server.uri);
  try {
    return await run(client, server);
  } finally {
    await client.close();
    await server.stop();
  }
}
