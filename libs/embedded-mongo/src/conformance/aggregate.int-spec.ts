import { conformanceTargets, useTarget, type LooseDoc } from '../test-utils/targets';

describe.each(conformanceTargets())('aggregate [$name]', (target) => {
  const session = useTarget(target, 'aggregate');
  const orders = () => session().db.collection<LooseDoc>('orders');

  beforeAll(async () => {
    const { db } = session();
    await db.collection<LooseDoc>('customers').insertMany([
      { _id: 'c1', name: 'Ana', city: { name: 'Recife' } },
      { _id: 'c2', name: 'Bia', city: { name: 'Natal' } },
    ]);
    await orders().insertMany([
      { _id: 1, customer: 'c1', items: ['pen', 'ink'], total: 10 },
      { _id: 2, customer: 'c1', items: ['book'], total: 30 },
      { _id: 3, customer: 'c2', items: [], total: 5 },
    ]);
  });

  it('joins another collection with $lookup and reshapes with $project and $addFields', async () => {
    const rows = await orders()
      .aggregate([
        { $lookup: { from: 'customers', localField: 'customer', foreignField: '_id', as: 'who' } },
        { $unwind: '$who' },
        { $addFields: { buyer: '$who.name', double: { $multiply: ['$total', 2] } } },
        { $project: { _id: 1, buyer: 1, double: 1 } },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(rows).toEqual([
      { _id: 1, buyer: 'Ana', double: 20 },
      { _id: 2, buyer: 'Ana', double: 60 },
      { _id: 3, buyer: 'Bia', double: 10 },
    ]);
  });

  it('groups, sorts, limits and counts', async () => {
    const totals = await orders()
      .aggregate([
        { $group: { _id: '$customer', sum: { $sum: '$total' }, n: { $sum: 1 } } },
        { $sort: { sum: -1 } },
        { $limit: 1 },
      ])
      .toArray();
    expect(totals).toEqual([{ _id: 'c1', sum: 40, n: 2 }]);
    expect(
      await orders()
        .aggregate([{ $match: { total: { $gte: 10 } } }, { $count: 'big' }])
        .toArray(),
    ).toEqual([{ big: 2 }]);
  });

  it('unwinds arrays and runs $facet sub-pipelines', async () => {
    const [facets] = await orders()
      .aggregate([
        {
          $facet: {
            items: [{ $unwind: '$items' }, { $sort: { items: 1 } }, { $project: { _id: 0, items: 1 } }],
            count: [{ $count: 'n' }],
          },
        },
      ])
      .toArray();
    expect(facets).toEqual({
      items: [{ items: 'book' }, { items: 'ink' }, { items: 'pen' }],
      count: [{ n: 3 }],
    });
  });

  it('leaves stored documents untouched by stages that reshape them', async () => {
    await orders()
      .aggregate([
        { $unwind: { path: '$items', includeArrayIndex: 'pos', preserveNullAndEmptyArrays: true } },
        { $addFields: { 'meta.seen': true } },
      ])
      .toArray();
    await session()
      .db.collection<LooseDoc>('customers')
      .aggregate([{ $addFields: { 'city.visited': true } }])
      .toArray();
    expect(await orders().findOne({ _id: 3 })).toEqual({ _id: 3, customer: 'c2', items: [], total: 5 });
    expect(await session().db.collection<LooseDoc>('customers').findOne({ _id: 'c1' })).toEqual({
      _id: 'c1',
      name: 'Ana',
      city: { name: 'Recife' },
    });
  });

  it('rejects unknown stages', async () => {
    await expect(
      orders()
        .aggregate([{ $frobnicate: {} }])
        .toArray(),
    ).rejects.toMatchObject({ code: 40324 });
  });
});
