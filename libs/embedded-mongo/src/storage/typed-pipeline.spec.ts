import { Decimal128, Double, Long } from 'bson';
import type { Doc } from './document';
import { computeOptions } from './mingo-options';
import { normalizeNumbers } from './numbers';
import { runTypedPipeline } from './typed-pipeline';

// The BSON type of each value, as the wire would carry it (a JS number: int32 when integral).
const typeOf = (value: unknown): string => {
  if (typeof value === 'number') return Number.isInteger(value) ? 'Int32' : 'Double';
  return (value as { _bsontype?: string } | null)?._bsontype ?? (value === null ? 'null' : typeof value);
};
const typesOf = (doc: Doc | undefined) =>
  Object.fromEntries(Object.entries(doc ?? {}).map(([k, v]) => [k, typeOf(v)]));

const stored = (): Doc[] =>
  normalizeNumbers([
    {
      _id: 1,
      n: 5,
      l: Long.fromNumber(3),
      d: new Double(1),
      at: new Date(1000),
      sub: { d: new Double(2) },
      arr: [{ q: Long.fromNumber(2) }, { q: 3 }],
    },
    { _id: 2, n: 7, l: Long.fromNumber(4), d: 2.5, at: new Date(2000), sub: { d: 1.5 }, arr: [] },
  ]);
const run = (pipeline: Doc[], docs = stored()) => runTypedPipeline(pipeline, docs, computeOptions());

describe('runTypedPipeline', () => {
  it('leaves stored documents untouched by stages that write into their input', () => {
    const docs = stored();
    const before = structuredClone(docs);
    run([{ $unwind: '$arr' }, { $addFields: { 'sub.e': { $add: ['$n', 1] } } }, { $unset: 'n' }], docs);
    expect(docs).toEqual(before);
  });

  it('unwinds with the elements’ types, an int64 index, and what preserveNullAndEmptyArrays keeps', () => {
    const rows = run([
      { $unwind: { path: '$arr', includeArrayIndex: 'i', preserveNullAndEmptyArrays: true } },
    ]);
    expect(rows.map((row) => [row['_id'], row['arr'], row['i']])).toEqual([
      [1, { q: Long.fromNumber(2) }, Long.fromNumber(0)],
      [1, { q: 3 }, Long.fromNumber(1)],
      [2, undefined, null],
    ]);
    const [total] = run([{ $unwind: '$arr' }, { $group: { _id: null, q: { $sum: '$arr.q' } } }]);
    expect(total).toEqual({ _id: null, q: Long.fromNumber(5) });
  });

  it('keeps passed-through types across a dotted $addFields, and computes the new field in type', () => {
    const [row] = run([{ $addFields: { 'sub.e': { $add: ['$l', 1] }, later: { $add: ['$at', 1000] } } }]);
    expect(row?.['sub']).toEqual({ d: new Double(2), e: Long.fromNumber(4) });
    expect(typesOf(row)).toMatchObject({ l: 'Long', d: 'Double', later: 'object' });
    expect(row?.['later']).toEqual(new Date(2000));
  });

  it('types $bucket outputs and leaves sub-pipelines and conditions to mingo', () => {
    const buckets = run([
      { $bucket: { groupBy: '$n', boundaries: [0, 6, 10], output: { l: { $sum: '$l' }, c: { $sum: 1 } } } },
    ]);
    expect(buckets.map(typesOf)).toEqual([
      { _id: 'Int32', l: 'Long', c: 'Int32' },
      { _id: 'Int32', l: 'Long', c: 'Int32' },
    ]);
    const [facet] = run([{ $facet: { all: [{ $group: { _id: null, l: { $sum: '$l' } } }] } }]);
    expect(facet).toEqual({ all: [{ _id: null, l: 7 }] });
    const matched = run([{ $match: { $expr: { $gt: [{ $add: ['$l', 1] }, 4] } } }, { $project: { _id: 1 } }]);
    expect(matched).toEqual([{ _id: 2 }]);
  });

  it('answers null for null or missing operands and keeps mingo’s errors', () => {
    const [row] = run([
      { $project: { a: { $add: ['$n', null] }, m: { $multiply: ['$missing', 2] }, avg: { $avg: [] } } },
    ]);
    expect(row).toEqual({ _id: 1, a: null, m: null, avg: null });
    expect(() => run([{ $project: { x: { $divide: ['$n', 0] } } }])).toThrow('divide by zero');
  });

  it('converts with $toLong, $toDouble and $toDecimal as mongod does', () => {
    const [row] = run([
      { $limit: 1 },
      {
        $project: {
          _id: 0,
          long: { $toLong: 1.9 },
          fromString: { $toLong: '12' },
          double: { $toDouble: '$l' },
          decimal: { $toDecimal: '1.50' },
          fromDouble: { $toDecimal: 0.1 },
        },
      },
    ]);
    expect(row).toEqual({
      long: Long.fromNumber(1),
      fromString: Long.fromNumber(12),
      double: new Double(3),
      decimal: Decimal128.fromString('1.50'),
      fromDouble: Decimal128.fromString('0.100000000000000'),
    });
  });
});
