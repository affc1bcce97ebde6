import { ErrorCode, MongoCommandError } from '../errors';
import type { Doc } from './document';
import { applyUpdate, parseUpdate, prepareUpdate, type ApplyContext } from './update-apply';

const update = (doc: Doc, modifier: unknown, ctx: Partial<ApplyContext> = {}) =>
  applyUpdate(doc, parseUpdate(modifier), { filter: {}, inserting: false, ...ctx });

describe('applyUpdate with operators', () => {
  it('changes a copy and leaves the stored document, nested values included, untouched', () => {
    const stored = { _id: 's', count: 1, applied: ['e1'], nested: { list: [{ n: 1 }] } };
    const before = structuredClone(stored);
    const result = update(stored, {
      $inc: { count: 1, 'nested.list.0.n': 2 },
      $push: { applied: 'e2' },
      $set: { 'nested.extra': true },
    });
    expect(result).toEqual({
      modified: true,
      doc: { _id: 's', count: 2, applied: ['e1', 'e2'], nested: { list: [{ n: 3 }], extra: true } },
    });
    expect(stored).toEqual(before);
  });

  it('pulls outbox entries by id and reports no change when nothing matched', () => {
    const stored = { _id: 1, outbox: [{ id: 'a', data: { x: 1 } }, { id: 'b' }, { id: 'c' }] };
    const pulled = update(stored, { $pull: { outbox: { id: { $in: ['a', 'c'] } } } });
    expect(pulled).toEqual({ modified: true, doc: { _id: 1, outbox: [{ id: 'b' }] } });
    expect(update(pulled.doc, { $pull: { outbox: { id: { $in: ['a'] } } } }).modified).toBe(false);
  });

  it('compiles once per statement and applies to each document on its own', () => {
    const apply = prepareUpdate(
      parseUpdate({ $pull: { outbox: { id: { $in: ['a', 'b'] } } }, $inc: { 'items.$.q': 1 } }),
      { filter: { 'items.sku': 'k' }, inserting: false },
    );
    const first = { _id: 1, outbox: [{ id: 'a' }, { id: 'z' }], items: [{ sku: 'k', q: 0 }] };
    const second = {
      _id: 2,
      outbox: [{ id: 'b' }],
      items: [
        { sku: 'j', q: 0 },
        { sku: 'k', q: 5 },
      ],
    };
    expect(apply(first).doc).toEqual({ _id: 1, outbox: [{ id: 'z' }], items: [{ sku: 'k', q: 1 }] });
    expect(apply(second).doc).toEqual({
      _id: 2,
      outbox: [],
      items: [
        { sku: 'j', q: 0 },
        { sku: 'k', q: 6 },
      ],
    });
    // The per-document checks still run on each document.
    const inc = prepareUpdate(parseUpdate({ $inc: { n: 1 } }), { filter: {}, inserting: false });
    expect(inc({ _id: 4, n: 1 }).doc).toEqual({ _id: 4, n: 2 });
    expect(() => inc({ _id: 5, n: 'text' })).toThrow(/Cannot apply \$inc to a value of non-numeric type/);
  });

  it('uses the statement filter for the positional operator and arrayFilters for $[name]', () => {
    const stored = {
      _id: 1,
      items: [
        { sku: 'a', q: 1 },
        { sku: 'b', q: 1 },
      ],
      grades: [40, 60, 80],
    };
    const positional = update(stored, { $inc: { 'items.$.q': 5 } }, { filter: { 'items.sku': 'b' } });
    expect(positional.doc['items']).toEqual([
      { sku: 'a', q: 1 },
      { sku: 'b', q: 6 },
    ]);
    const filtered = update(stored, { $set: { 'grades.$[g]': 0 } }, { arrayFilters: [{ g: { $gte: 60 } }] });
    expect(filtered.doc['grades']).toEqual([40, 0, 0]);
  });

  it('applies $setOnInsert only when inserting', () => {
    const modifier = { $set: { a: 1 }, $setOnInsert: { created: true } };
    expect(update({ _id: 1 }, modifier).doc).toEqual({ _id: 1, a: 1 });
    expect(update({ _id: 1 }, modifier, { inserting: true }).doc).toEqual({ _id: 1, a: 1, created: true });
  });

  it('runs $unset, $rename, $min, $max, $addToSet and $pop like mingo always did', () => {
    const result = update(
      { _id: 1, a: 1, b: 2, lo: 5, hi: 5, tags: ['x'], stack: [1, 2, 3] },
      {
        $unset: { a: '' },
        $rename: { b: 'c' },
        $min: { lo: 3 },
        $max: { hi: 9 },
        $addToSet: { tags: 'x' },
        $pop: { stack: 1 },
      },
    );
    expect(result.doc).toEqual({ _id: 1, c: 2, lo: 3, hi: 9, tags: ['x'], stack: [1, 2] });
  });

  it('keeps $where (server-side JavaScript) off inside update conditions', () => {
    expect(() => update({ _id: 1, list: [{ a: 1 }] }, { $pull: { list: { $where: 'true' } } })).toThrow(
      MongoCommandError,
    );
  });

  it('refuses unknown operators with FailedToParse, as mongod does', () => {
    try {
      update({ _id: 1 }, { $frobnicate: { a: 1 } });
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(MongoCommandError);
      expect((error as MongoCommandError).code).toBe(ErrorCode.FailedToParse);
      expect((error as Error).message).toContain('Unknown modifier: $frobnicate');
    }
  });

  it('checks an operator update when parsing it, before any document is seen', () => {
    const codeOf = (modifier: unknown) => {
      try {
        parseUpdate(modifier);
      } catch (error) {
        return (error as MongoCommandError).code;
      }
      return undefined;
    };
    expect(codeOf({ $set: { a: 1, 'a.b': 2 } })).toBe(ErrorCode.ConflictingUpdateOperators);
    expect(codeOf({ $unset: { a: '' }, $set: { 'a-x': 1, 'a.b': 2 } })).toBe(
      ErrorCode.ConflictingUpdateOperators,
    );
    expect(codeOf({ $frob: { a: 1 } })).toBe(ErrorCode.FailedToParse);
    expect(codeOf({ $inc: { a: 'x' } })).toBe(ErrorCode.TypeMismatch);
    expect(codeOf({ $set: { a: 1, 'a-x': 2, ab: 3 }, $setOnInsert: { b: 1 } })).toBeUndefined();
  });
});
