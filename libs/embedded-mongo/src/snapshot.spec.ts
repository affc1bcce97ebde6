import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Binary, Decimal128, Long, MongoClient, ObjectId } from 'mongodb';
import { nodeIo } from './persistence/io';
import { recover } from './persistence/recovery';
import { startEmbeddedMongo } from './server';
import { loadSnapshot, saveSnapshot, SNAPSHOT_FILE } from './snapshot';
import { Engine } from './storage/engine';

describe('snapshots', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'embedded-mongo-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  async function withClient<T>(run: (client: MongoClient) => Promise<T>) {
    const server = await startEmbeddedMongo({ dataDir });
    const client = await MongoClient.connect(server.uri);
    try {
      return await run(client);
    } finally {
      await client.close();
      await server.stop();
    }
  }

  it('restores documents with their BSON types and index definitions after a clean stop', async () => {
    const id = new ObjectId();
    const doc = {
      _id: id,
      when: new Date('2024-05-01T12:00:00Z'),
      price: Decimal128.fromString('19.99'),
      big: Long.fromString('9007199254740993'),
      bytes: new Binary(Buffer.from([1, 2, 3])),
      nested: { list: [1, 'two', null] },
    };
    await withClient(async (client) => {
      const c = client.db('app').collection('things');
      await c.insertOne(doc);
      await c.createIndex({ 'nested.list': 1 }, { name: 'by_list' });
      await c.createIndex(
        { code: 1 },
        { unique: true, partialFilterExpression: { code: { $exists: true } } },
      );
    });
    await withClient(async (client) => {
      const c = client.db('app').collection('things');
      const restored = await c.findOne({ _id: id }, { promoteLongs: false });
      expect(restored?.['when']).toEqual(doc.when);
      expect(restored?.['price']).toBeInstanceOf(Decimal128);
      expect(String(restored?.['price'])).toBe('19.99');
      expect(String(restored?.['big'])).toBe('9007199254740993');
      expect(restored?.['bytes']).toEqual(doc.bytes);
      expect(restored?.['nested']).toEqual(doc.nested);
      const names = (await c.indexes()).map((index) => String(index.name));
      expect(names).toEqual(['_id_', 'by_list', 'code_1']);
      await c.insertOne({ code: 'a' });
      await expect(c.insertOne({ code: 'a' })).rejects.toMatchObject({ code: 11000 });
    });
    expect(await readdir(dataDir)).toEqual([SNAPSHOT_FILE]);
  });

  it('has every acknowledged write on disk before stop, in the journal', async () => {
    const server = await startEmbeddedMongo({ dataDir });
    const client = await MongoClient.connect(server.uri);
    try {
      const c = client.db('app').collection<{ _id: string; n?: number }>('c');
      await c.insertOne({ _id: 'journaled' });
      await c.updateOne({ _id: 'journaled' }, { $inc: { n: 2 } });
      // What a crash right now would leave: recover a copy of the files into a fresh engine.
      const copy = await mkdtemp(join(tmpdir(), 'embedded-mongo-copy-'));
      try {
        await cp(dataDir, copy, { recursive: true });
        const engine = new Engine();
        await recover(engine, copy, nodeIo);
        const docs = [...(engine.existingDatabase('app')?.collection('c')?.all() ?? [])];
        expect(docs).toEqual([{ _id: 'journaled', n: 2 }]);
      } finally {
        await rm(copy, { recursive: true, force: true });
      }
    } finally {
      await client.close();
      await server.stop();
    }
  });

  it('loads each document from its own bytes, not the whole file', async () => {
    const saved = new Engine();
    const { collection } = saved.database('app').ensureCollection('c');
    collection.insert({ _id: 'bin', data: new Binary(Buffer.from([1, 2, 3])) });
    for (let i = 0; i < 100; i++) collection.insert({ _id: i, padding: 'x'.repeat(1000) });
    await saveSnapshot(saved, dataDir);

    const loaded = new Engine();
    await loadSnapshot(loaded, dataDir);
    const doc = loaded.existingDatabase('app')?.collection('c')?.getByKey('s3:bin');
    const data = doc?.['data'] as Binary;
    expect(data.buffer).toEqual(new Uint8Array([1, 2, 3]));
    expect(data.buffer.buffer.byteLength).toBeLessThan(1024);
  });
});
