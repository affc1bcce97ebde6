import { MongoClient } from 'mongodb';
import { startEmbeddedMongo } from './server';
import { WireClient } from './test-utils/wire-client';

describe('startEmbeddedMongo', () => {
  it('binds 127.0.0.1 on a free port and identifies itself as embedded MongoDB 7.0', async () => {
    const server = await startEmbeddedMongo();
    try {
      expect(server.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+$/);
      expect(server.port).toBeGreaterThan(0);
      const client = await MongoClient.connect(server.uri);
      const admin = client.db('admin');
      expect(await admin.command({ hello: 1 })).toMatchObject({ maxWireVersion: 21, minWireVersion: 0 });
      expect((await admin.command({ buildInfo: 1 }))['version']).toMatch(/-embedded$/);
      await client.close();
    } finally {
      await server.stop();
    }
  });

  it('serves two servers side by side with separate data', async () => {
    const [a, b] = await Promise.all([startEmbeddedMongo(), startEmbeddedMongo()]);
    const [ca, cb] = await Promise.all([MongoClient.connect(a.uri), MongoClient.connect(b.uri)]);
    try {
      await ca.db('x').collection('c').insertOne({ only: 'a' });
      expect(await cb.db('x').collection('c').countDocuments()).toBe(0);
    } finally {
      await Promise.all([ca.close(), cb.close()]);
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('closes a connection that sends undecodable BSON and keeps serving others', async () => {
    const server = await startEmbeddedMongo();
    const broken = await WireClient.open(server.uri);
    const healthy = await WireClient.open(server.uri);
    try {
      const garbage = Buffer.alloc(4 + 1 + 12, 0xee);
      garbage.writeUInt32LE(0, 0);
      garbage.writeUInt8(0, 4);
      garbage.writeInt32LE(12, 5); // claims a 12-byte document full of garbage
      broken.sendRaw(2013, garbage);
      expect(await broken.closedByServer()).toBe(true);
      healthy.sendMsg({ ping: 1, $db: 'admin' });
      expect((await healthy.nextReply()).doc).toMatchObject({ ok: 1 });
    } finally {
      broken.close();
      healthy.close();
      await server.stop();
    }
  });

  it('refuses a document over 16 MiB at the server, not only in the driver', async () => {
    const server = await startEmbeddedMongo();
    const client = await WireClient.open(server.uri);
    try {
      const huge = { _id: 1, blob: 'x'.repeat(16 * 1024 * 1024) };
      client.sendMsg({ insert: 'big', $db: 'db' }, { sequences: { documents: [huge] } });
      const reply = (await client.nextReply(20_000)).doc;
      expect(reply).toMatchObject({ n: 0, writeErrors: [expect.objectContaining({ index: 0, code: 2 })] });
    } finally {
      client.close();
      await server.stop();
    }
  });
});
