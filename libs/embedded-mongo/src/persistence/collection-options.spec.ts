import { withServer } from '../test-utils/with-server';
import { dataDirs } from './test-fixtures/data-dirs';

const dirs = dataDirs();

describe('collection options across a restart', () => {
  it('keeps a validator and index changes made by collMod, from the journal and from the snapshot', async () => {
    const live = await dirs.make();
    let crashImage = '';
    await withServer(live, async (client) => {
      const db = client.db('app');
      await db.createCollection('c');
      await db.collection('c').createIndex({ k: 1 }, { name: 'k_1' });
      await db.command({
        collMod: 'c',
        validator: { $jsonSchema: { required: ['k'] } },
        validationAction: 'error',
      });
      await db.command({ collMod: 'c', index: { name: 'k_1', hidden: true } });
      crashImage = await dirs.crashImage(live);
    });
    for (const dataDir of [crashImage, live]) {
      await withServer(dataDir, async (client) => {
        const c = client.db('app').collection<{ _id: number; k?: number }>('c');
        await expect(c.insertOne({ _id: 1 })).rejects.toMatchObject({ code: 121 });
        await c.insertOne({ _id: 2, k: 1 });
        expect((await c.indexes()).find((index) => index.name === 'k_1')).toMatchObject({ hidden: true });
        await c.deleteMany({});
      });
    }
  });
});
