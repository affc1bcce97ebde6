import type { Document, UpdateFilter } from 'mongodb';
import { serverError } from '../test-utils/server-error';
import { conformanceTargets, useTarget } from '../test-utils/targets';

// Rows whose fields the driver's types cannot know: these cases send what a typo'd app would.
interface Row {
  _id: number;
  [field: string]: unknown;
}
// The driver's types refuse array operators on unknown fields; the server must decide.
const raw = (update: Document) => update as UpdateFilter<Row>;

// https://www.mongodb.com/docs/manual/reference/operator/update/ (positional, $pull, $push, $set)
describe.each(conformanceTargets())('update operators [$name]', (target) => {
  const session = useTarget(target, 'update-ops');
  const fresh = async (name: string, docs: Row[]) => {
    const collection = session().db.collection<Row>(name);
    await collection.deleteMany({});
    if (docs.length > 0) await collection.insertMany(docs);
    return collection;
  };
  const order = () => [
    {
      _id: 1,
      items: [
        { k: 'a', st: 'x', qty: 0 },
        { k: 'b', st: 'y', qty: 0 },
      ],
    },
  ];

  it('sets two fields of the element matched by $ in one operator', async () => {
    const c = await fresh('pos', order());
    await c.updateOne({ _id: 1, 'items.k': 'b' }, { $set: { 'items.$.st': 'z', 'items.$.qty': 2 } });
    expect(await c.findOne({ _id: 1 })).toEqual({
      _id: 1,
      items: [
        { k: 'a', st: 'x', qty: 0 },
        { k: 'b', st: 'z', qty: 2 },
      ],
    });
  });

  it('sets two fields through $[] and through $[<identifier>] in one operator', async () => {
    const c = await fresh('all-pos', order());
    await c.updateOne({ _id: 1 }, { $set: { 'items.$[].st': 'w', 'items.$[].qty': 1 } });
    await c.updateOne(
      { _id: 1 },
      { $set: { 'items.$[e].st': 'v', 'items.$[e].qty': 9 } },
      { arrayFilters: [{ 'e.k': 'a' }] },
    );
    expect(await c.findOne({ _id: 1 })).toEqual({
      _id: 1,
      items: [
        { k: 'a', st: 'v', qty: 9 },
        { k: 'b', st: 'w', qty: 1 },
      ],
    });
  });

  it('still refuses two operators on the same path', async () => {
    const c = await fresh('conflict', order());
    const error = await serverError(
      c.updateOne({ _id: 1 }, { $set: { 'items.0.st': 'a' }, $unset: { 'items.0.st': '' } }),
    );
    expect(error.code).toBe(40);
  });

  it('accepts $set of _id to the value it has, and refuses any other value', async () => {
    const c = await fresh('set-id', [{ _id: 7, name: 'a', nested: { _id: { x: 1 } } }]);
    const same = await c.updateOne({ _id: 7 }, { $set: { _id: 7, name: 'b' } });
    expect(same).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    expect(await c.findOne({ _id: 7 })).toEqual({ _id: 7, name: 'b', nested: { _id: { x: 1 } } });
    const changed = await serverError(c.updateOne({ _id: 7 }, { $set: { _id: 8 } }));
    expect(changed.code).toBe(66);
    expect(await c.countDocuments({ _id: 7 })).toBe(1);
  });

  it('pulls the elements matching an $or condition', async () => {
    const c = await fresh('pull-or', [
      {
        _id: 1,
        tags: [
          { k: 'a', n: 1 },
          { k: 'b', n: 2 },
          { k: 'c', n: 3 },
        ],
      },
    ]);
    const result = await c.updateOne(
      { _id: 1 },
      raw({ $pull: { tags: { $or: [{ k: 'a' }, { n: { $gte: 3 } }] } } }),
    );
    expect(result.modifiedCount).toBe(1);
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, tags: [{ k: 'b', n: 2 }] });
  });

  it('refuses array operators on a field that is not an array', async () => {
    const c = await fresh('non-array', [{ _id: 1, n: 5 }]);
    expect((await serverError(c.updateOne({ _id: 1 }, raw({ $push: { n: 1 } })))).code).toBe(2);
    expect((await serverError(c.updateOne({ _id: 1 }, raw({ $addToSet: { n: 1 } })))).code).toBe(2);
    expect((await serverError(c.updateOne({ _id: 1 }, raw({ $pop: { n: 1 } })))).code).toBe(14);
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, n: 5 });
  });

  it('refuses to create a field under an array or a scalar (PathNotViable)', async () => {
    const c = await fresh('not-viable', [{ _id: 1, arr: [{ a: 1 }], n: 5 }]);
    const throughArray = await serverError(c.updateOne({ _id: 1 }, { $set: { 'arr.b': 1 } }));
    expect(throughArray.code).toBe(28);
    const throughScalar = await serverError(c.updateOne({ _id: 1 }, raw({ $inc: { 'n.x': 1 } })));
    expect(throughScalar.code).toBe(28);
    await c.updateOne({ _id: 1 }, { $set: { 'arr.0.b': 2 } });
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, arr: [{ a: 1, b: 2 }], n: 5 });
  });

  it('refuses an unknown query operator even when the collection does not exist', async () => {
    const missing = session().db.collection<Row>('never-created');
    expect((await serverError(missing.find({ a: { $frob: 1 } }).toArray())).code).toBe(2);
    expect((await serverError(missing.updateOne({ a: { $frob: 1 } }, { $set: { b: 1 } }))).code).toBe(2);
    expect((await serverError(missing.deleteMany({ a: { $frob: 1 } }))).code).toBe(2);
  });
});
