import { Engine } from './engine';
import { sweepExpired } from './ttl-sweeper';

const NOW = Date.UTC(2025, 0, 1);
const at = (offsetMs: number) => new Date(NOW + offsetMs);

function setup() {
  const engine = new Engine();
  const { collection } = engine.database('db').ensureCollection('events');
  collection.addIndex({ v: 2, key: { processedAt: 1 }, name: 'ttl', expireAfterSeconds: 60 });
  const index = collection.secondaryIndexes()[0];
  return { engine, collection, index };
}

const ids = (docs: Iterable<Record<string, unknown>>) => [...docs].map((doc) => doc['_id']);

describe('sweepExpired', () => {
  it('does not walk the collection when nothing is due', () => {
    const { engine, collection, index } = setup();
    for (let i = 0; i < 1000; i++) collection.insert({ _id: i, processedAt: at(i) });
    const all = jest.spyOn(collection, 'all');
    const keysOf = jest.spyOn(index, 'keysOf');

    expect(sweepExpired(engine, NOW + 59_000)).toBe(0);
    expect(all).not.toHaveBeenCalled();
    expect(keysOf).not.toHaveBeenCalled();

    expect(sweepExpired(engine, NOW + 60_002)).toBe(3);
    expect(all).not.toHaveBeenCalled();
    expect(keysOf).toHaveBeenCalledTimes(6); // a check and a removal per expired document
    expect(collection.size).toBe(997);
  });

  it('expires by the earliest date of an array and never expires non-dates', () => {
    const { engine, collection } = setup();
    collection.insert({ _id: 'array', processedAt: [at(5_000), at(-10_000)] });
    collection.insert({ _id: 'string', processedAt: 'yesterday' });
    collection.insert({ _id: 'missing' });
    collection.insert({ _id: 'later', processedAt: at(1_000) });

    expect(sweepExpired(engine, NOW + 50_000)).toBe(1);
    expect(sweepExpired(engine, NOW + 10_000_000)).toBe(1);
    expect(ids(collection.all())).toEqual(['string', 'missing']);
  });

  it('follows replacements and removals', () => {
    const { engine, collection } = setup();
    const later = { _id: 'later', processedAt: at(0) };
    const undated = { _id: 'undated', processedAt: at(0) };
    const removed = { _id: 'removed', processedAt: at(0) };
    for (const doc of [later, undated, removed]) collection.insert(doc);
    collection.replace(later, { _id: 'later', processedAt: at(120_000) });
    collection.replace(undated, { _id: 'undated', processedAt: null });
    collection.remove(removed);

    expect(sweepExpired(engine, NOW + 60_000)).toBe(0);
    expect(ids(collection.all())).toEqual(['later', 'undated']);
    expect(sweepExpired(engine, NOW + 180_000)).toBe(1);
    expect(ids(collection.all())).toEqual(['undated']);
  });

  it('keeps one queue entry per document when its date does not change', () => {
    const { engine, collection, index } = setup();
    let doc = { _id: 1, processedAt: at(0), n: 0 };
    collection.insert(doc);
    for (let n = 1; n <= 5; n++) {
      const next = { ...doc, n };
      collection.replace(doc, next);
      doc = next;
    }
    expect(index.expiries?.size).toBe(1);
    expect(sweepExpired(engine, NOW + 60_000)).toBe(1);
  });

  it('compacts entries left behind by re-dated documents', () => {
    const { engine, collection, index } = setup();
    let doc = { _id: 1, processedAt: at(0) };
    collection.insert(doc);
    for (let n = 1; n <= 2000; n++) {
      const next = { _id: 1, processedAt: at(n) };
      collection.replace(doc, next);
      doc = next;
    }
    expect(sweepExpired(engine, NOW)).toBe(0);
    expect(index.expiries?.size).toBe(1);
    expect(sweepExpired(engine, NOW + 62_000)).toBe(1);
  });

  it('leaves documents outside a partial TTL index alone', () => {
    const engine = new Engine();
    const { collection } = engine.database('db').ensureCollection('c');
    collection.addIndex({
      v: 2,
      key: { t: 1 },
      name: 't_1',
      expireAfterSeconds: 0,
      partialFilterExpression: { kind: 'temp' },
    });
    collection.insert({ _id: 1, t: at(-1), kind: 'temp' });
    collection.insert({ _id: 2, t: at(-1), kind: 'kept' });
    expect(sweepExpired(engine, NOW)).toBe(1);
    expect(ids(collection.all())).toEqual([2]);
  });
});
