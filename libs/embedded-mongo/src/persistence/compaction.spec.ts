import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { startEmbeddedMongo } from '../server';
import { SNAPSHOT_FILE } from '../snapshot';
import { Engine } from '../storage/engine';
import { nodeIo } from './io';
import { recover } from './recovery';
import { dataDirs } from './test-fixtures/data-dirs';
import { gatedIo } from './test-fixtures/gated-io';

const dirs = dataDirs();

async function idsIn(dir: string): Promise<Set<unknown>> {
  const engine = new Engine();
  await recover(engine, dir, nodeIo);
  return new Set(
    [...(engine.existingDatabase('app')?.collection('c')?.all() ?? [])].map((doc) => doc['_id']),
  );
}

async function journalBytes(dir: string): Promise<number> {
  const names = (await readdir(dir)).filter((name) => name.startsWith('embedded-mongo.journal.'));
  // A file may be removed by a compaction between the listing and its stat.
  const sizes = await Promise.all(
    names.map((name) =>
      stat(join(dir, name)).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

describe('compaction', () => {
  it('snapshots when the journal passes its threshold, keeping the journal bounded', async () => {
    const dataDir = await dirs.make();
    const server = await startEmbeddedMongo({ dataDir, journalCompactionBytes: 8 * 1024 });
    const client = await MongoClient.connect(server.uri);
    try {
      const c = client.db('app').collection<{ _id: number; n: number; pad: string }>('c');
      await c.insertMany(Array.from({ length: 20 }, (_, i) => ({ _id: i, n: 0, pad: 'p'.repeat(100) })));
      let largest = 0;
      for (let round = 0; round < 400; round++) {
        await c.updateOne({ _id: round % 20 }, { $inc: { n: 1 } });
        largest = Math.max(largest, await journalBytes(dataDir));
      }
      expect(await readdir(dataDir)).toContain(SNAPSHOT_FILE);
      // 400 updates journal ~60 KB; compaction keeps it near the 8 KB threshold.
      expect(largest).toBeLessThan(24 * 1024);
      const image = await dirs.crashImage(dataDir);
      expect(await idsIn(image)).toEqual(new Set(Array.from({ length: 20 }, (_, i) => i)));
      const engine = new Engine();
      await recover(engine, image, nodeIo);
      const total = [...(engine.existingDatabase('app')?.collection('c')?.all() ?? [])].reduce(
        (sum, doc) => sum + Number(doc['n']),
        0,
      );
      expect(total).toBe(400);
    } finally {
      await client.close();
      await server.stop();
    }
  });

  it('leaves a loadable state holding every acknowledged write at each step of a compaction', async () => {
    const dataDir = await dirs.make();
    const images: Array<{ dir: Promise<string>; acked: number[]; operation: string }> = [];
    const acked: number[] = [];
    let capturing = false;
    const io = gatedIo(async (operation) => {
      if (!capturing) return;
      const image = { dir: dirs.crashImage(dataDir), acked: [...acked], operation };
      images.push(image);
      await image.dir;
    });
    const server = await startEmbeddedMongo({ dataDir, io });
    const client = await MongoClient.connect(server.uri);
    try {
      const c = client.db('app').collection<{ _id: number }>('c');
      for (let i = 0; i < 50; i++) acked.push((await c.insertOne({ _id: i })).insertedId);
      capturing = true;
      let next = 50;
      const writes = (async () => {
        while (capturing) acked.push((await c.insertOne({ _id: next++ })).insertedId);
      })();
      await server.compact();
      capturing = false;
      await writes;
    } finally {
      await client.close();
      await server.stop();
    }
    const steps = new Set(images.map((image) => image.operation));
    expect([...steps]).toEqual(
      expect.arrayContaining(['open', 'writeSnapshot', 'rename', 'remove', 'syncDir']),
    );
    for (const image of images) {
      const ids = await idsIn(await image.dir);
      expect({ step: image.operation, missing: image.acked.filter((id) => !ids.has(id)) }).toEqual({
        step: image.operation,
        missing: [],
      });
    }
  });
});
