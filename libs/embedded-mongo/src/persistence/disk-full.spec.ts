import { MongoClient } from 'mongodb';
import { startEmbeddedMongo } from '../server';
import { Engine } from '../storage/engine';
import { expectEventually } from '../test-utils/expect-eventually';
import { nodeIo } from './io';
import { recover } from './recovery';
import { dataDirs } from './test-fixtures/data-dirs';
import { gatedIo } from './test-fixtures/gated-io';

const dirs = dataDirs();

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

async function idsIn(dir: string): Promise<unknown[]> {
  const engine = new Engine();
  await recover(engine, dir, nodeIo);
  return [...(engine.existingDatabase('app')?.collection('c')?.all() ?? [])].map((doc) => doc['_id']);
}

describe.each([
  { operation: 'write', code: 'ENOSPC', mongoCode: 14031 },
  { operation: 'datasync', code: 'EIO', mongoCode: 1 },
])('when the journal $operation fails with $code', ({ operation, code, mongoCode }) => {
  it('refuses writes with an error the driver surfaces, serves reads and acknowledges nothing unjournaled', async () => {
    const dataDir = await dirs.make();
    let failing = false;
    const io = gatedIo((op) => {
      if (failing && op === operation) throw failure(code);
    });
    const errors: unknown[] = [];
    const server = await startEmbeddedMongo({
      dataDir,
      io,
      journalRetryMs: 20,
      onError: (e) => errors.push(e),
    });
    const client = await MongoClient.connect(server.uri);
    try {
      const c = client.db('app').collection<{ _id: string }>('c');
      await c.insertOne({ _id: 'before' });

      failing = true;
      // The write in flight when the disk fails is not acknowledged...
      await expect(c.insertOne({ _id: 'during' })).rejects.toMatchObject({ code: mongoCode });
      // ...later ones are refused before they change anything...
      const refused = c.insertOne({ _id: 'refused' });
      await expect(refused).rejects.toMatchObject({ code: mongoCode });
      await expect(refused).rejects.toThrow(/could not write its journal .*writes are refused/);
      await expect(c.updateOne({ _id: 'before' }, { $set: { x: 1 } })).rejects.toMatchObject({
        code: mongoCode,
      });
      // ...reads are still served...
      expect(await c.findOne({ _id: 'before' })).toEqual({ _id: 'before' });
      expect(await c.countDocuments({ _id: 'refused' })).toBe(0);
      // ...and what a crash would leave holds every acknowledged write.
      expect(await idsIn(await dirs.crashImage(dataDir))).toContain('before');
      expect(errors.map(String).join()).toContain(`${code}: injected`);

      failing = false;
      // Once the disk works again the pending record is rewritten and writes resume.
      await expectEventually(async () => {
        await c.insertOne({ _id: `after-${Date.now()}` });
      });
      expect((await idsIn(await dirs.crashImage(dataDir))).slice(0, 2)).toEqual(['before', 'during']);
    } finally {
      failing = false;
      await client.close();
      await server.stop();
    }
  });
});
