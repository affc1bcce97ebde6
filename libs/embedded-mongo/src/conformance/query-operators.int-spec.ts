import type { Filter } from 'mongodb';
import { conformanceTargets, useTarget } from '../test-utils/targets';

interface Row {
  _id: number;
  [field: string]: unknown;
}

// https://www.mongodb.com/docs/manual/reference/operator/query/all/
describe.each(conformanceTargets())('query operators [$name]', (target) => {
  const session = useTarget(target, 'query-ops');
  const ids = async (filter: Filter<Row>) =>
    (
      await session()
        .db.collection<Row>('tags')
        .find(filter, { sort: { _id: 1 } })
        .toArray()
    ).map((doc) => doc['_id'] as unknown);

  beforeAll(async () => {
    await session()
      .db.collection<Row>('tags')
      .insertMany([
        { _id: 1, tags: ['ssl', 'security'], qty: [{ size: 'M', num: 100 }] },
        { _id: 2, tags: 'ssl' },
        { _id: 3, tags: ['security'] },
        { _id: 4, tags: [['ssl', 'security']] },
      ]);
  });

  it('$all is the $and of its values, so a scalar field equal to the one value matches', async () => {
    expect(await ids({ tags: { $all: ['ssl'] } })).toEqual([1, 2]);
    expect(await ids({ tags: { $all: ['ssl', 'security'] } })).toEqual([1]);
    expect(await ids({ tags: { $all: [['ssl', 'security']] } })).toEqual([1, 4]);
    expect(await ids({ _id: { $lte: 3 }, tags: { $all: [/^sec/] } })).toEqual([1, 3]);
    expect(await ids({ tags: { $all: [] } })).toEqual([]);
  });

  it('$all with $elemMatch entries', async () => {
    expect(await ids({ qty: { $all: [{ $elemMatch: { size: 'M', num: { $gt: 50 } } }] } })).toEqual([1]);
  });
});
