import type { Long } from 'mongodb';
import { ObjectId } from 'mongodb';
import { conformanceTargets, useTarget, type LooseDoc } from '../test-utils/targets';

// Cursor ids must travel as int64, so keep them as Long rather than JS numbers.
const RAW_LONGS = { promoteLongs: false } as const;

describe.each(conformanceTargets())('insert, find, cursors, count, distinct [$name]', (target) => {
  const session = useTarget(target, 'crud-read');
  const numbers = () => session().db.collection<{ _id?: unknown; a: number; tag?: string }>('numbers');

  beforeAll(async () => {
    await numbers().insertMany(
      Array.from({ length: 10 }, (_, i) => ({ a: i + 1, tag: i % 2 === 0 ? 'odd' : 'even' })),
    );
  });

  it('inserts and gives a missing _id an ObjectId, stored first', async () => {
    const { db } = session();
    const reply = await db.command({ insert: 'ids', documents: [{ a: 1 }, { b: 2, _id: 'explicit' }] });
    expect(reply).toMatchObject({ n: 2, ok: 1 });
    const docs = await db
      .collection<LooseDoc>('ids')
      .find({}, { sort: { a: -1 } })
      .toArray();
    expect(docs).toHaveLength(2);
    const generated = docs.find((doc) => doc['a'] === 1);
    expect(generated?._id).toBeInstanceOf(ObjectId);
    const explicit = docs.find((doc) => doc['b'] === 2) ?? {};
    expect(Object.keys(explicit)).toEqual(['_id', 'b']);
  });

  it('finds with filter, sort, skip, limit and projection', async () => {
    const docs = await numbers()
      .find({ a: { $gt: 2 } })
      .sort({ a: -1 })
      .skip(1)
      .limit(3)
      .project({ _id: 0, a: 1 })
      .toArray();
    expect(docs).toEqual([{ a: 9 }, { a: 8 }, { a: 7 }]);
    const [withId] = await numbers().find({ a: 5 }).project({ tag: 1 }).toArray();
    expect(Object.keys(withId ?? {})).toEqual(['_id', 'tag']);
  });

  it('serves batches through getMore until the cursor is exhausted', async () => {
    const { db } = session();
    const first = await db.command({ find: 'numbers', filter: {}, sort: { a: 1 }, batchSize: 3 }, RAW_LONGS);
    const cursor = first['cursor'] as { id: Long; ns: string; firstBatch: Array<{ a: number }> };
    expect(cursor.ns).toBe(`${db.databaseName}.numbers`);
    expect(cursor.firstBatch.map((doc) => doc.a)).toEqual([1, 2, 3]);
    expect(cursor.id.isZero()).toBe(false);
    const more = await db.command({ getMore: cursor.id, collection: 'numbers', batchSize: 4 }, RAW_LONGS);
    const next = more['cursor'] as { id: Long; nextBatch: Array<{ a: number }> };
    expect(next.nextBatch.map((doc) => doc.a)).toEqual([4, 5, 6, 7]);
    const rest = await db.command({ getMore: cursor.id, collection: 'numbers' }, RAW_LONGS);
    const last = rest['cursor'] as { id: Long; nextBatch: Array<{ a: number }> };
    expect(last.nextBatch.map((doc) => doc.a)).toEqual([8, 9, 10]);
    expect(last.id.isZero()).toBe(true);
  });

  it('closes the cursor after one batch with singleBatch', async () => {
    const reply = await session().db.command({ find: 'numbers', batchSize: 2, singleBatch: true }, RAW_LONGS);
    const cursor = reply['cursor'] as { id: Long; firstBatch: unknown[] };
    expect(cursor.firstBatch).toHaveLength(2);
    expect(cursor.id.isZero()).toBe(true);
  });

  it('kills cursors, after which getMore fails with CursorNotFound', async () => {
    const { db } = session();
    const reply = await db.command({ find: 'numbers', batchSize: 1 }, RAW_LONGS);
    const id = (reply['cursor'] as { id: Long }).id;
    const killed = await db.command({ killCursors: 'numbers', cursors: [id] }, RAW_LONGS);
    expect(killed['cursorsKilled']).toEqual([id]);
    await expect(db.command({ getMore: id, collection: 'numbers' })).rejects.toMatchObject({ code: 43 });
  });

  it('ties a cursor to its database as well as its collection', async () => {
    const { db, client } = session();
    const reply = await db.command({ find: 'numbers', batchSize: 1 }, RAW_LONGS);
    const id = (reply['cursor'] as { id: Long }).id;
    const other = client.db(`${db.databaseName}-other`);
    await expect(other.command({ getMore: id, collection: 'numbers' })).rejects.toMatchObject({ code: 13 });
    const killed = await other.command({ killCursors: 'numbers', cursors: [id] }, RAW_LONGS);
    expect(killed).toMatchObject({ cursorsKilled: [], cursorsNotFound: [id] });
    const more = await db.command({ getMore: id, collection: 'numbers', batchSize: 1 }, RAW_LONGS);
    expect((more['cursor'] as { nextBatch: unknown[] }).nextBatch).toHaveLength(1);
    await db.command({ killCursors: 'numbers', cursors: [id] });
  });

  it('iterates a driver cursor longer than one batch', async () => {
    const seen: number[] = [];
    for await (const doc of numbers().find({}, { batchSize: 4 }).sort({ a: 1 })) seen.push(doc.a);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('counts with query, skip and limit', async () => {
    const { db } = session();
    expect(await db.command({ count: 'numbers', query: { tag: 'odd' } })).toMatchObject({ n: 5, ok: 1 });
    expect(await db.command({ count: 'numbers', query: { a: { $gt: 2 } }, skip: 2, limit: 3 })).toMatchObject(
      { n: 3 },
    );
    expect(await numbers().estimatedDocumentCount()).toBe(10);
    expect(await numbers().countDocuments({ a: { $lte: 4 } })).toBe(4);
    expect(await db.command({ count: 'missing-collection' })).toMatchObject({ n: 0 });
  });

  it('returns distinct values, flattening arrays', async () => {
    const { db } = session();
    await db
      .collection<LooseDoc>('tags')
      .insertMany([{ t: ['a', 'b'], k: 1 }, { t: 'b', k: 1 }, { t: 'c', k: 2 }, { k: 1 }]);
    expect((await db.collection<LooseDoc>('tags').distinct('t', { k: 1 })).sort()).toEqual(['a', 'b']);
    expect((await numbers().distinct('tag')).sort()).toEqual(['even', 'odd']);
  });

  it('skips missing fields in distinct, also behind arrays, and refuses a non-string key', async () => {
    const { db } = session();
    const c = db.collection<LooseDoc>('distinct-missing');
    await c.insertMany([{ a: [] }, { a: [{ c: 1 }] }, { a: 5 }]);
    expect(await c.distinct('a.b')).toEqual([]);
    await c.insertOne({ a: [{ b: null }] });
    expect(await c.distinct('a.b')).toEqual([null]);
    await expect(db.command({ distinct: 'distinct-missing', key: 1 })).rejects.toMatchObject({ code: 14 });
  });
});
