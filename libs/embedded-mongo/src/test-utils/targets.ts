import { randomUUID } from 'node:crypto';
import { MongoClient, type Collection, type Db, type Document, type ObjectId } from 'mongodb';
import { startEmbeddedMongo } from '../server';

/** A server the conformance cases run against: always the engine, plus MONGO_URL when set. */
export interface Target {
  name: string;
  embedded: boolean;
  /** How long a TTL deletion may take: mongod's TTL monitor runs once a minute. */
  ttlTimeoutMs: number;
  start(): Promise<{ uri: string; stop: () => Promise<void> }>;
}

export function conformanceTargets(): Target[] {
  const targets: Target[] = [
    {
      name: 'embedded',
      embedded: true,
      // The engine sweeps each second; the rest is room for a loaded machine, where timers run late.
      ttlTimeoutMs: 20_000,
      start: async () => {
        const server = await startEmbeddedMongo({ port: 0 });
        return { uri: server.uri, stop: () => server.stop() };
      },
    },
  ];
  const external = process.env['MONGO_URL'];
  if (external) {
    targets.push({
      name: 'mongodb',
      embedded: false,
      ttlTimeoutMs: 75_000,
      start: () => Promise.resolve({ uri: external, stop: () => Promise.resolve() }),
    });
  }
  return targets;
}

export interface TargetSession {
  uri: string;
  client: MongoClient;
  db: Db;
}

/**
 * Wires beforeAll/afterAll for one target: a connected client and a database of its own,
 * dropped afterwards so runs against a shared MongoDB leave nothing behind.
 */
export function useTarget(target: Target, prefix: string): () => TargetSession {
  let session: TargetSession | undefined;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await target.start();
    stop = server.stop;
    const client = await MongoClient.connect(server.uri, { serverSelectionTimeoutMS: 5000 });
    session = { uri: server.uri, client, db: client.db(`${prefix}-${randomUUID().slice(0, 8)}`) };
  });
  afterAll(async () => {
    if (session) {
      await session.db.dropDatabase();
      await session.client.close();
    }
    await stop?.();
  });
  return () => {
    if (!session) throw new Error('target not started');
    return session;
  };
}

/** Documents whose `_id` may be any BSON value, not only the driver's default ObjectId. */
export interface LooseDoc extends Document {
  _id?: ObjectId | string | number | Date | Record<string, unknown>;
}

export async function indexNames(collection: Collection<LooseDoc>): Promise<string[]> {
  return (await collection.indexes()).map((index) => String(index.name));
}
