import { conformanceTargets, useTarget } from '../test-utils/targets';

interface Row {
  _id: number;
  [field: string]: unknown;
}

// https://www.mongodb.com/docs/manual/reference/operator/projection/slice/ and .../elemMatch/
describe.each(conformanceTargets())('array projections [$name]', (target) => {
  const session = useTarget(target, 'projection');
  const seeded = async () => {
    const c = session().db.collection<Row>('inventory');
    await c.deleteMany({});
    await c.insertMany([
      { _id: 1, item: 'a', qty: 5, ids: [1, 2, 3, 4], details: { colors: ['r', 'g', 'b'], size: 'M' } },
      { _id: 2, item: 'b', qty: 7, ids: [9], details: { colors: [], size: 'S' } },
    ]);
    return c;
  };

  it('$elemMatch with only operators keeps the first matching scalar, or drops the field', async () => {
    const c = await seeded();
    const docs = await c
      .find({}, { projection: { ids: { $elemMatch: { $in: [3, 4] } } }, sort: { _id: 1 } })
      .toArray();
    expect(docs).toEqual([{ _id: 1, ids: [3] }, { _id: 2 }]);
  });

  it('$elemMatch on documents keeps the first matching element beside included fields', async () => {
    const c = session().db.collection<Row>('schools');
    await c.insertOne({
      _id: 1,
      zipcode: '63109',
      students: [
        { name: 'john', school: 102 },
        { name: 'jess', school: 102 },
      ],
    });
    const doc = await c.findOne(
      {},
      { projection: { zipcode: 1, students: { $elemMatch: { school: 102 } } } },
    );
    expect(doc).toEqual({ _id: 1, zipcode: '63109', students: [{ name: 'john', school: 102 }] });
  });

  it('a projection with only $slice keeps every other field', async () => {
    const c = await seeded();
    expect(await c.findOne({ _id: 1 }, { projection: { 'details.colors': { $slice: 1 } } })).toEqual({
      _id: 1,
      item: 'a',
      qty: 5,
      ids: [1, 2, 3, 4],
      details: { colors: ['r'], size: 'M' },
    });
    expect(await c.findOne({ _id: 1 }, { projection: { ids: { $slice: -2 } } })).toMatchObject({
      ids: [3, 4],
      item: 'a',
    });
    expect(await c.findOne({ _id: 1 }, { projection: { ids: { $slice: [1, 2] } } })).toMatchObject({
      ids: [2, 3],
    });
  });

  it('$slice beside an exclusion keeps the rest, beside an inclusion only the included', async () => {
    const c = await seeded();
    expect(await c.findOne({ _id: 1 }, { projection: { qty: 0, ids: { $slice: 1 } } })).toEqual({
      _id: 1,
      item: 'a',
      ids: [1],
      details: { colors: ['r', 'g', 'b'], size: 'M' },
    });
    expect(await c.findOne({ _id: 1 }, { projection: { qty: 1, ids: { $slice: 1 } } })).toEqual({
      _id: 1,
      qty: 5,
      ids: [1],
    });
  });

  it('applies the projection of findOneAndUpdate the same way', async () => {
    const c = await seeded();
    const before = await c.findOneAndUpdate(
      { _id: 1 },
      { $set: { qty: 6 } },
      { projection: { ids: { $slice: 1 }, details: 0 } },
    );
    expect(before).toEqual({ _id: 1, item: 'a', qty: 5, ids: [1] });
  });
});
