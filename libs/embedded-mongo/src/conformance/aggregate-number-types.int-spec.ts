import { Decimal128, Double, Long, type Int32, type Document } from 'mongodb';
import { conformanceTargets, useTarget, type LooseDoc } from '../test-utils/targets';

// Values as BSON holds them: with promoteValues off the driver wraps every number in its class.
const RAW = { promoteValues: false } as const;
const typeOf = (value: unknown): string =>
  (value as { _bsontype?: string } | null)?._bsontype ?? typeof value;
const typesOf = (doc: Document | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(doc ?? {}).map(([key, value]) => [key, typeOf(value)]));

// https://www.mongodb.com/docs/manual/reference/operator/aggregation/add/ (and sum, avg, multiply,
// divide, toLong, toDecimal, count): the result type follows the operands' types: int32 + int32
// is an int32 overflowing into an int64, any double gives a double, any Decimal128 a Decimal128;
// $avg and $divide give a double (a Decimal128 for decimals), $count an int32.
describe.each(conformanceTargets())('aggregation results keep BSON number types [$name]', (target) => {
  const session = useTarget(target, 'aggregate_numbers');
  const items = () => session().db.collection<LooseDoc>('items');

  beforeAll(async () => {
    await items().insertMany([
      {
        _id: 1,
        kind: 'int',
        n: 2147483647,
        d: new Double(1),
        l: Long.fromNumber(5),
        p: Decimal128.fromString('0.1'),
      },
      { _id: 2, kind: 'int', n: 1, d: new Double(2), l: Long.fromNumber(7), p: Decimal128.fromString('0.2') },
    ]);
  });

  it('sums int32 into an int64 past 2^31, and keeps double, int64 and decimal sums in their type', async () => {
    const [row] = await items()
      .aggregate(
        [
          {
            $group: {
              _id: '$kind',
              ints: { $sum: '$n' },
              small: { $sum: { $subtract: ['$n', 2147483640] } },
              doubles: { $sum: '$d' },
              longs: { $sum: '$l' },
              decimals: { $sum: '$p' },
              count: { $sum: 1 },
              avgInt: { $avg: { $subtract: ['$n', 2147483640] } },
              avgDecimal: { $avg: '$p' },
              maxLong: { $max: '$l' },
              firstDouble: { $first: '$d' },
            },
          },
        ],
        RAW,
      )
      .toArray();
    expect(typesOf(row)).toEqual({
      _id: 'string',
      ints: 'Long',
      small: 'Int32',
      doubles: 'Double',
      longs: 'Long',
      decimals: 'Decimal128',
      count: 'Int32',
      avgInt: 'Double',
      avgDecimal: 'Decimal128',
      maxLong: 'Long',
      firstDouble: 'Double',
    });
    expect(String(row?.['ints'])).toBe('2147483648');
    expect((row?.['small'] as Int32).value).toBe(-2147483632);
    expect((row?.['doubles'] as Double).value).toBe(3);
    expect(String(row?.['decimals'])).toBe('0.3');
    expect(String(row?.['avgDecimal'])).toBe('0.15');
    expect(String(row?.['maxLong'])).toBe('7');
  });

  it('computes $project and $addFields expressions in the operands’ types', async () => {
    const rows = await items()
      .aggregate(
        [
          { $sort: { _id: 1 } },
          {
            $project: {
              intPlusInt: { $add: ['$n', 1] },
              intTimesLong: { $multiply: ['$n', '$l'] },
              plusDouble: { $add: ['$n', '$d'] },
              plusDecimal: { $add: ['$l', '$p'] },
              divided: { $divide: ['$l', 1] },
              long: { $toLong: '$n' },
              decimal: { $toDecimal: '$n' },
              copied: '$l',
              nested: { total: { $sum: ['$n', '$l'] } },
            },
          },
          { $addFields: { again: { $multiply: ['$intPlusInt', 1] } } },
        ],
        RAW,
      )
      .toArray();
    expect(
      rows.map(({ nested, ...row }) => ({ ...typesOf(row), nested: typesOf(nested as Document) })),
    ).toEqual(
      [1, 2].map((id) => ({
        _id: 'Int32',
        intPlusInt: id === 1 ? 'Long' : 'Int32',
        intTimesLong: 'Long',
        plusDouble: 'Double',
        plusDecimal: 'Decimal128',
        divided: 'Double',
        long: 'Long',
        decimal: 'Decimal128',
        copied: 'Long',
        nested: { total: 'Long' },
        again: id === 1 ? 'Long' : 'Int32',
      })),
    );
    expect(String(rows[0]?.['plusDecimal'])).toBe('5.1');
    expect(String(rows[0]?.['intTimesLong'])).toBe('10737418235');
  });

  it('answers $count with an int32, and keeps computed types through later stages', async () => {
    const [counted] = await items()
      .aggregate([{ $count: 'n' }], RAW)
      .toArray();
    expect(typeOf(counted?.['n'])).toBe('Int32');
    const rows = await items()
      .aggregate(
        [
          { $group: { _id: '$_id', total: { $sum: '$d' } } },
          { $match: { total: { $gte: 2 } } },
          { $set: { label: 'big' } },
          { $sort: { _id: 1 } },
        ],
        RAW,
      )
      .toArray();
    expect(rows.map(typesOf)).toEqual([{ _id: 'Int32', total: 'Double', label: 'string' }]);
  });

  it('keeps the types of fields a $project includes and of the elements $unwind takes out', async () => {
    const c = session().db.collection<LooseDoc>('baskets');
    await c.insertOne({
      _id: 1,
      l: Long.fromNumber(5),
      d: new Double(1),
      lines: [{ q: Long.fromNumber(2) }, { q: new Double(3) }],
    });
    const [projected] = await c.aggregate([{ $project: { l: 1, d: 1 } }], RAW).toArray();
    expect(typesOf(projected)).toEqual({ _id: 'Int32', l: 'Long', d: 'Double' });
    const unwound = await c
      .aggregate(
        [{ $unwind: { path: '$lines', includeArrayIndex: 'at' } }, { $project: { q: '$lines.q', at: 1 } }],
        RAW,
      )
      .toArray();
    expect(unwound.map(typesOf)).toEqual([
      { _id: 'Int32', q: 'Long', at: 'Long' },
      { _id: 'Int32', q: 'Double', at: 'Long' },
    ]);
    const [total] = await c
      .aggregate([{ $unwind: '$lines' }, { $group: { _id: null, q: { $sum: '$lines.q' } } }], RAW)
      .toArray();
    expect(typeOf(total?.['q'])).toBe('Double');
  });

  it('gives the official driver Long and Decimal128 values it can use', async () => {
    const [row] = await items()
      .aggregate([{ $group: { _id: null, total: { $sum: '$n' }, money: { $sum: '$p' } } }])
      .toArray();
    expect(row?.['total']).toBe(2147483648);
    expect(row?.['money']).toBeInstanceOf(Decimal128);
    const [big] = await items()
      .aggregate([{ $group: { _id: null, total: { $sum: '$n' } } }], { promoteLongs: false })
      .toArray();
    expect(big?.['total']).toBeInstanceOf(Long);
  });
});
