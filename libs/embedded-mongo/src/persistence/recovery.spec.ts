import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import { startEmbeddedMongo } from '../server';
import { Engine } from '../storage/engine';
import { expectEventually } from '../test-utils/expect-eventually';
import { withServer } from '../test-utils/with-server';
import { nodeIo } from './io';
import { parseJournal } from './journal-format';
import { recover } from './recovery';
import { dataDirs } from './test-fixtures/data-dirs';

const dirs = dataDirs();

async function journalFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith('embedded-mongo.journal.')).sort();
}

async function idsIn(dir: string): Promise<unknown[]> {
  const engine = new Engine();
  await recover(engine, dir, nodeIo);
  return [...(engine.existingDatabase('app')?.collection('c')?.all() ?? [])].map((doc) => doc['_id']);
}

describe('recovery', () => {
  it('keeps exactly the whole records of a journal cut at random offsets, then carries on', async () => {
    const live = await dirs.make();
    let image = '';
    await withServer(live, async (client) => {
      const c = client.db('app').collection<{ _id: number; pad: string }>('c');
      for (let i = 0; i < 30; i++) await c.insertOne({ _id: i, pad: 'x'.repeat(i * 7) });
      image = await dirs.crashImage(live);
    });
    const [name] = await journalFiles(image);
    const bytes = await readFile(join(image, name));
    // Record 1 creates the collection with the first document; record i + 1 inserts _id i.
    const ends = parseJournal(bytes, name, true).records.map((record) => record.end);
    expect(ends).toHaveLength(30);
    for (let trial = 0; trial < 12; trial++) {
      const cut = randomInt(ends[0], bytes.length + 1);
      const dir = await dirs.crashImage(image);
      await truncate(join(dir, name), cut);
      const whole = ends.filter((end) => end <= cut).length;
      expect(await idsIn(dir)).toEqual(Array.from({ length: whole }, (_, i) => i));
      if (trial > 2) continue;
      // The torn tail is dropped on start, so what is written next survives the next crash.
      await withServer(dir, async (client) => {
        await client.db('app').collection<{ _id: string }>('c').insertOne({ _id: 'after' });
        expect(await idsIn(await dirs.crashImage(dir))).toContain('after');
      });
    }
  });

  it('refuses to start on damage in the middle of the journal, with a message naming it', async () => {
    const live = await dirs.make();
    let image = '';
    await withServer(live, async (client) => {
      const c = client.db('app').collection<{ _id: number }>('c');
      for (let i = 0; i < 5; i++) await c.insertOne({ _id: i });
      image = await dirs.crashImage(live);
    });
    const [name] = await journalFiles(image);
    const path = join(image, name);
    const bytes = await readFile(path);
    const ends = parseJournal(bytes, name, true).records.map((record) => record.end);
    bytes[ends[1] + 24] ^= 0xff;
    await writeFile(path, bytes);
    await expect(startEmbeddedMongo({ dataDir: image })).rejects.toThrow(
      new RegExp(
        `${name} is damaged at byte ${ends[1]} \\(checksum mismatch\\), with valid records after it`,
      ),
    );
  });

  it('keeps unique indexes and TTL after a crash', async () => {
    const live = await dirs.make();
    let image = '';
    await withServer(live, async (client) => {
      const c = client.db('app').collection<{ _id: number; email?: string; at?: Date }>('c');
      await c.createIndex({ email: 1 }, { unique: true });
      await c.createIndex({ at: 1 }, { expireAfterSeconds: 0 });
      await c.insertMany([
        { _id: 1, email: 'a@x' },
        { _id: 2, at: new Date(Date.now() + 1500) },
      ]);
      image = await dirs.crashImage(live);
    });
    expect(await idsIn(image)).toEqual([1, 2]); // not yet expired when the crash happened
    await withServer(image, async (client) => {
      const c = client.db('app').collection<{ _id: number; email?: string }>('c');
      await expect(c.insertOne({ _id: 3, email: 'a@x' })).rejects.toMatchObject({ code: 11000 });
      await expectEventually(async () =>
        expect(await c.find().toArray()).toEqual([{ _id: 1, email: 'a@x' }]),
      );
    });
  });
});
