import { Binary, Decimal128, Double, Long, type Document, type Filter } from 'mongodb';
import { conformanceTargets, useTarget } from '../test-utils/targets';

interface Row {
  _id: number;
  [field: string]: unknown;
}

// Values as BSON holds them: the driver wraps every number in its type class.
const RAW = { promoteValues: false } as const;
const typeOf = (value: unknown): string =>
  (value as { _bsontype?: string } | null)?._bsontype ?? typeof value;

// https://www.mongodb.com/docs/manual/reference/bson-types/ and .../bson-type-comparison-order/
describe.each(conformanceTargets())('number types and binary subtypes [$name]', (target) => {
  const session = useTarget(target, 'numbers');
  const numbers = () => session().db.collection<Row>('numbers');
  const ids = async (filter: Filter<Row>, sort: Document = { _id: 1 }) =>
    (await numbers().find(filter, { sort }).toArray()).map((doc) => doc._id);

  beforeAll(async () => {
    await numbers().insertMany([
      { _id: 1, n: new Double(1), dec: Decimal128.fromString('10') },
      { _id: 2, n: 1, dec: Decimal128.fromString('9.5') },
      { _id: 3, n: Long.fromNumber(1), dec: Decimal128.fromString('2.25') },
      { _id: 4, n: 2.5, dec: Decimal128.fromString('-1') },
    ]);
  });

  it('returns each number with the type it was stored with', async () => {
    const docs = await numbers()
      .find({}, { ...RAW, sort: { _id: 1 } })
      .toArray();
    expect(docs.map((doc) => typeOf(doc['n']))).toEqual(['Double', 'Int32', 'Long', 'Double']);
    const projected = await numbers().findOne({ _id: 1 }, { ...RAW, projection: { n: 1 } });
    expect(typeOf(projected?.['n'])).toBe('Double');
  });

  it('compares numbers of different types by value, and tells them apart with $type', async () => {
    expect(await ids({ n: 1 })).toEqual([1, 2, 3]);
    expect(await ids({ n: { $type: 'double' } })).toEqual([1, 4]);
    expect(await ids({ n: { $type: 'long' } })).toEqual([3]);
    expect(await ids({ n: { $type: 'int' } })).toEqual([2]);
  });

  it('compares and sorts Decimal128 numerically', async () => {
    expect(await ids({ dec: { $gt: 2 } })).toEqual([1, 2, 3]);
    expect(await ids({ dec: { $lt: Decimal128.fromString('9.75') } })).toEqual([2, 3, 4]);
    expect(await ids({}, { dec: 1 })).toEqual([4, 3, 2, 1]);
  });

  it('keeps the operand types in arithmetic, and an int32 overflowing becomes an int64', async () => {
    const c = session().db.collection<Row>('arith');
    await c.insertOne({ _id: 1, d: new Double(1), l: Long.fromNumber(5), i: 2147483647, small: 1 });
    // The driver's types know nothing of these fields.
    const update: Document = {
      $inc: { d: 1, l: 1, i: 1, created: Long.fromNumber(3) },
      $max: { small: new Double(4) },
    };
    await c.updateOne({ _id: 1 }, update);
    const doc = await c.findOne({ _id: 1 }, RAW);
    expect(Object.fromEntries(Object.entries(doc ?? {}).map(([key, value]) => [key, typeOf(value)]))).toEqual(
      {
        _id: 'Int32',
        d: 'Double',
        l: 'Long',
        i: 'Long',
        small: 'Double',
        created: 'Long',
      },
    );
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, d: 2, l: 6, i: 2147483648, small: 4, created: 3 });
  });

  it('keeps the types of stored values an aggregation passes through whole', async () => {
    const c = session().db.collection<Row>('passing');
    await c.insertOne({
      _id: 1,
      d: new Double(1),
      l: Long.fromNumber(5),
      sub: { d: new Double(2), l: Long.fromNumber(6) },
    });
    const typesOf = (value: unknown) =>
      Object.fromEntries(Object.entries(value as Document).map(([key, v]) => [key, typeOf(v)]));
    const [matched] = await c.aggregate([{ $match: { d: 1 } }, { $sort: { _id: 1 } }], RAW).toArray();
    expect(typesOf(matched)).toEqual({ _id: 'Int32', d: 'Double', l: 'Long', sub: 'object' });
    expect(typesOf(matched?.['sub'])).toEqual({ d: 'Double', l: 'Long' });
    const [projected] = await c.aggregate([{ $project: { sub: 1 } }], RAW).toArray();
    expect(typesOf(projected?.['sub'])).toEqual({ d: 'Double', l: 'Long' });
    const [grouped] = await c.aggregate([{ $group: { _id: null, all: { $push: '$$ROOT' } } }], RAW).toArray();
    expect(typesOf((grouped?.['all'] as Document[])[0])).toEqual({
      _id: 'Int32',
      d: 'Double',
      l: 'Long',
      sub: 'object',
    });
  });

  it('gives an int64 back as a BigInt when the client asks for it', async () => {
    const c = session().db.collection<Row>('bigints');
    await c.insertOne({ _id: 1, big: 9223372036854775807n });
    const doc = await c.findOne({ big: 9223372036854775807n }, { useBigInt64: true });
    expect(doc?.['big']).toBe(9223372036854775807n);
  });

  it('keeps binary subtypes, user-defined ones included', async () => {
    const c = session().db.collection<Row>('binaries');
    await c.insertOne({ _id: 1, b: new Binary(Buffer.from('ab'), 128), u: new Binary(Buffer.alloc(16), 4) });
    await c.updateOne({ _id: 1 }, { $set: { touched: true } });
    const doc = await c.findOne({ _id: 1 });
    expect((doc?.['b'] as Binary).sub_type).toBe(128);
    expect((doc?.['u'] as Binary).sub_type).toBe(4);
  });
});
