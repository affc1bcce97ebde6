import { ObjectId } from 'mongodb';
import { conformanceTargets, useTarget, type LooseDoc } from '../test-utils/targets';

describe.each(conformanceTargets())('update and delete [$name]', (target) => {
  const session = useTarget(target, 'crud-write');
  const fresh = async (name: string, docs: LooseDoc[]) => {
    const collection = session().db.collection<LooseDoc>(name);
    if (docs.length > 0) await collection.insertMany(docs);
    return collection;
  };

  it('updates one or many and counts only real modifications', async () => {
    const c = await fresh('multi', [
      { _id: 1, g: 'x', v: 0 },
      { _id: 2, g: 'x', v: 0 },
      { _id: 3, g: 'y', v: 5 },
    ]);
    expect(await c.updateOne({ g: 'x' }, { $inc: { v: 1 } })).toMatchObject({
      matchedCount: 1,
      modifiedCount: 1,
    });
    expect(await c.updateMany({ g: 'x' }, { $set: { v: 7 } })).toMatchObject({
      matchedCount: 2,
      modifiedCount: 2,
    });
    expect(await c.updateMany({ g: 'x' }, { $set: { v: 7 } })).toMatchObject({
      matchedCount: 2,
      modifiedCount: 0,
    });
    expect(await c.find({}, { sort: { _id: 1 } }).toArray()).toEqual([
      { _id: 1, g: 'x', v: 7 },
      { _id: 2, g: 'x', v: 7 },
      { _id: 3, g: 'y', v: 5 },
    ]);
  });

  it('reports upserted ids with the index of their statement', async () => {
    const { db } = session();
    await fresh('ups', [{ _id: 'a', n: 1 }]);
    const reply = await db.command({
      update: 'ups',
      updates: [
        { q: { _id: 'a' }, u: { $inc: { n: 1 } } },
        { q: { _id: 'b' }, u: { $set: { n: 10 } }, upsert: true },
        {
          q: { k: 'seed', n: { $gt: 3 } },
          u: { $set: { v: 1 }, $setOnInsert: { fresh: true } },
          upsert: true,
        },
      ],
    });
    expect(reply).toMatchObject({ n: 3, nModified: 1, ok: 1 });
    const upserted = reply['upserted'] as Array<{ index: number; _id: unknown }>;
    expect(upserted.map((entry) => entry.index)).toEqual([1, 2]);
    expect(upserted[0]?._id).toBe('b');
    expect(upserted[1]?._id).toBeInstanceOf(ObjectId);
    const seeded = await db.collection<LooseDoc>('ups').findOne({ k: 'seed' });
    expect(seeded).toEqual({ _id: upserted[1]?._id, k: 'seed', v: 1, fresh: true });
  });

  it('applies $setOnInsert only when inserting', async () => {
    const c = await fresh('soi', [{ _id: 1, a: 1 }]);
    await c.updateOne({ _id: 1 }, { $set: { b: 2 }, $setOnInsert: { created: true } }, { upsert: true });
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, a: 1, b: 2 });
  });

  it('updates array elements with arrayFilters and the positional operator', async () => {
    const c = await fresh('arrays', [
      {
        _id: 1,
        grades: [{ s: 40 }, { s: 80 }, { s: 95 }],
        items: [
          { sku: 'a', q: 1 },
          { sku: 'b', q: 1 },
        ],
      },
    ]);
    await c.updateOne(
      { _id: 1 },
      { $set: { 'grades.$[g].pass': true } },
      { arrayFilters: [{ 'g.s': { $gte: 50 } }] },
    );
    await c.updateOne({ 'items.sku': 'b' }, { $inc: { 'items.$.q': 5 } });
    expect(await c.findOne({ _id: 1 })).toEqual({
      _id: 1,
      grades: [{ s: 40 }, { s: 80, pass: true }, { s: 95, pass: true }],
      items: [
        { sku: 'a', q: 1 },
        { sku: 'b', q: 6 },
      ],
    });
  });

  it('runs pipeline updates and replacements', async () => {
    const c = await fresh('pipe', [
      { _id: 1, a: 2, b: 3 },
      { _id: 2, old: true },
    ]);
    await c.updateOne({ _id: 1 }, [{ $set: { total: { $add: ['$a', '$b'] } } }, { $unset: 'b' }]);
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, a: 2, total: 5 });
    await c.replaceOne({ _id: 2 }, { replaced: 1 });
    expect(await c.findOne({ _id: 2 })).toEqual({ _id: 2, replaced: 1 });
  });

  it('refuses to change _id', async () => {
    const c = await fresh('immutable', [{ _id: 1 }]);
    await expect(c.updateOne({ _id: 1 }, { $set: { _id: 2 } })).rejects.toMatchObject({ code: 66 });
  });

  it('rejects arithmetic on non-numbers and conflicting operators', async () => {
    const c = await fresh('invalid', [{ _id: 1, name: 'text', n: 1 }]);
    await expect(c.updateOne({ _id: 1 }, { $inc: { name: 1 } })).rejects.toMatchObject({ code: 14 });
    const badArgument = { update: 'invalid', updates: [{ q: { _id: 1 }, u: { $inc: { n: 'x' } } }] };
    await expect(session().db.command(badArgument)).resolves.toMatchObject({
      writeErrors: [expect.objectContaining({ index: 0, code: 14 })],
    });
    await expect(c.updateOne({ _id: 1 }, { $set: { n: 5 }, $inc: { n: 1 } })).rejects.toMatchObject({
      code: 40,
    });
    await expect(c.updateOne({ _id: 1 }, { $set: { a: 1, 'a.b': 2 } })).rejects.toMatchObject({ code: 40 });
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, name: 'text', n: 1 });
  });

  it('rejects an invalid update before running its query, even when nothing matches', async () => {
    const c = await fresh('invalid-unmatched', [{ _id: 1, a: 1 }]);
    const none = { _id: 'missing' };
    await expect(c.updateOne(none, { $set: { a: 1, 'a.b': 2 } })).rejects.toMatchObject({ code: 40 });
    await expect(c.updateMany(none, { $frob: { a: 1 } })).rejects.toMatchObject({ code: 9 });
    await expect(c.updateOne(none, { $inc: { a: 'x' } } as never)).rejects.toMatchObject({ code: 14 });
    await expect(c.findOneAndUpdate(none, { $inc: { a: 'x' } } as never)).rejects.toMatchObject({
      code: 14,
    });
    // 'a-x' sorts between 'a' and 'a.b' as a string; the conflict is still found.
    await expect(
      c.updateOne(none, { $unset: { a: '' }, $set: { 'a-x': 1, 'a.b': 2 } }),
    ).rejects.toMatchObject({ code: 40 });
    expect(await c.find().toArray()).toEqual([{ _id: 1, a: 1 }]);
  });

  it('deletes with limit 1 and limit 0, and rejects other limits', async () => {
    const { db } = session();
    const c = await fresh('del', [{ k: 1 }, { k: 1 }, { k: 1 }, { k: 2 }]);
    expect(await c.deleteOne({ k: 1 })).toMatchObject({ deletedCount: 1 });
    expect(await c.deleteMany({ k: 1 })).toMatchObject({ deletedCount: 2 });
    expect(await c.countDocuments()).toBe(1);
    // Refused either as a whole command or as a write error; either way nothing is deleted.
    const refused = await db.command({ delete: 'del', deletes: [{ q: {}, limit: 2 }] }).then(
      (reply) => Array.isArray(reply['writeErrors']) && reply['n'] === 0,
      () => true,
    );
    expect(refused).toBe(true);
    expect(await c.countDocuments()).toBe(1);
  });
});

describe.each(conformanceTargets())('findAndModify [$name]', (target) => {
  const session = useTarget(target, 'find-and-modify');
  const jobs = () =>
    session().db.collection<{ _id: number; state: string; prio: number; worker?: string }>('jobs');

  beforeEach(async () => {
    await jobs().deleteMany({});
    await jobs().insertMany([
      { _id: 1, state: 'new', prio: 1 },
      { _id: 2, state: 'new', prio: 9 },
      { _id: 3, state: 'done', prio: 5 },
    ]);
  });

  it('returns the document before or after, honouring sort and fields', async () => {
    const before = await jobs().findOneAndUpdate(
      { state: 'new' },
      { $set: { state: 'taken' } },
      { sort: { prio: -1 }, returnDocument: 'before' },
    );
    expect(before).toEqual({ _id: 2, state: 'new', prio: 9 });
    const after = await jobs().findOneAndUpdate(
      { state: 'new' },
      { $set: { worker: 'w1' } },
      { returnDocument: 'after', projection: { worker: 1 } },
    );
    expect(after).toEqual({ _id: 1, worker: 'w1' });
  });

  it('upserts and reports it in lastErrorObject', async () => {
    const result = await jobs().findOneAndUpdate(
      { _id: 7 },
      { $set: { state: 'new', prio: 0 } },
      { upsert: true, returnDocument: 'after', includeResultMetadata: true },
    );
    expect(result.value).toEqual({ _id: 7, state: 'new', prio: 0 });
    expect(result.lastErrorObject).toMatchObject({ n: 1, updatedExisting: false, upserted: 7 });
    const none = await jobs().findOneAndUpdate(
      { _id: 8 },
      { $set: { x: 1 } },
      { includeResultMetadata: true },
    );
    expect(none.value).toBeNull();
    expect(none.lastErrorObject).toMatchObject({ n: 0, updatedExisting: false });
  });

  it('removes the first document in sort order', async () => {
    expect(await jobs().findOneAndDelete({}, { sort: { prio: 1 } })).toEqual({
      _id: 1,
      state: 'new',
      prio: 1,
    });
    expect(await jobs().countDocuments()).toBe(2);
    expect(
      await jobs().findOneAndReplace({ _id: 3 }, { state: 'redo', prio: 2 }, { returnDocument: 'after' }),
    ).toEqual({
      _id: 3,
      state: 'redo',
      prio: 2,
    });
  });
});
