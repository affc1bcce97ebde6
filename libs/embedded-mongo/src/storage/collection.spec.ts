import { Collection } from './collection';
import type { IndexSpec } from './collection-index';
import { MongoCommandError } from '../errors';

const spec = (key: Record<string, number>, extra: Partial<IndexSpec> = {}): IndexSpec => ({
  v: 2,
  key,
  name: Object.keys(key).join('_'),
  ...extra,
});

function newCollection(): Collection {
  return new Collection('db', 'c', {}, () => undefined);
}

function duplicateOf(run: () => void): MongoCommandError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MongoCommandError);
    expect((error as MongoCommandError).code).toBe(11000);
    return error as MongoCommandError;
  }
  throw new Error('expected a duplicate key error');
}

describe('Collection', () => {
  it('leaves no index entries behind when a later unique index rejects an insert', () => {
    const c = newCollection();
    c.addIndex(spec({ a: 1 }, { unique: true }));
    c.addIndex(spec({ b: 1 }, { unique: true }));
    c.insert({ _id: 1, a: 1, b: 1 });
    duplicateOf(() => c.insert({ _id: 2, a: 2, b: 1 }));
    expect(() => c.insert({ _id: 3, a: 2, b: 2 })).not.toThrow();
    expect(c.size).toBe(2);
  });

  it('moves index entries when a document is replaced', () => {
    const c = newCollection();
    c.addIndex(spec({ email: 1 }, { unique: true }));
    const original = { _id: 1, email: 'old' };
    c.insert(original);
    c.replace(original, { _id: 1, email: 'new' });
    expect(() => c.insert({ _id: 2, email: 'old' })).not.toThrow();
    const error = duplicateOf(() => c.insert({ _id: 3, email: 'new' }));
    expect(error.extra).toEqual({ keyPattern: { email: 1 }, keyValue: { email: 'new' } });
  });

  it('indexes every element of an array (multikey) for uniqueness', () => {
    const c = newCollection();
    c.addIndex(spec({ tags: 1 }, { unique: true }));
    c.insert({ _id: 1, tags: ['a', 'b'] });
    const error = duplicateOf(() => c.insert({ _id: 2, tags: ['c', 'b'] }));
    expect(error.extra['keyValue']).toEqual({ tags: 'b' });
    expect(() => c.insert({ _id: 3, tags: ['z', 'z'] })).not.toThrow();
    duplicateOf(() => c.insert({ _id: 4, tags: ['a'] }));
  });

  it('only indexes documents matching a partial filter', () => {
    const c = newCollection();
    c.addIndex(spec({ email: 1 }, { unique: true, partialFilterExpression: { active: true } }));
    c.insert({ _id: 1, email: 'x', active: false });
    c.insert({ _id: 2, email: 'x', active: true });
    duplicateOf(() => c.insert({ _id: 3, email: 'x', active: true }));
    c.insert({ _id: 4, email: 'x' });
    expect(c.size).toBe(3);
  });

  it('removes a document from every index', () => {
    const c = newCollection();
    c.addIndex(spec({ k: 1 }, { unique: true }));
    const doc = { _id: 1, k: 5 };
    c.insert(doc);
    c.remove(doc);
    expect(() => c.insert({ _id: 2, k: 5 })).not.toThrow();
    expect([...c.all()]).toEqual([{ _id: 2, k: 5 }]);
  });
});
