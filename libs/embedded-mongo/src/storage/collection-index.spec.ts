import { Collection } from './collection';
import type { Doc } from './document';
import { compileFilter } from './filter';
import { planQuery } from './query-planner';

function collection(...specs: Array<{ key: Doc; sparse?: boolean }>): Collection {
  const c = new Collection('db', 'c', {}, () => undefined);
  for (const spec of specs) c.addIndex({ v: 2, name: Object.keys(spec.key).join('_'), ...spec });
  return c;
}

/** The ids a prefix lookup finds: what the planner hands on before the residual runs. */
function candidates(c: Collection, filter: Doc): unknown[] {
  const plan = planQuery(c, filter);
  expect(plan.index).toBeDefined();
  return [...plan.docs].map((doc) => doc['_id']).sort();
}

/** The ids a scan of every document matches, to hold the planner's answers against. */
function scanned(c: Collection, filter: Doc): unknown[] {
  const query = compileFilter(filter);
  return [...c.all()].filter((doc) => query.test(doc)).map((doc) => doc['_id']);
}

function matched(c: Collection, filter: Doc): unknown[] {
  const plan = planQuery(c, filter);
  const query = compileFilter(plan.residual);
  return [...plan.docs].filter((doc) => query.test(doc)).map((doc) => doc['_id']);
}

describe('prefix lookups of a compound index', () => {
  it('finds the documents by their leading field and follows updates and deletes', () => {
    const c = collection({ key: { status: 1, at: 1, endpoint: 1 } });
    for (let i = 0; i < 6; i++)
      c.insert({ _id: i, status: i < 4 ? 'pending' : 'sent', at: i, endpoint: i % 2 });
    expect(candidates(c, { status: 'pending' })).toEqual([0, 1, 2, 3]);
    expect(candidates(c, { status: 'pending', at: { $in: [1, 2, 5] } })).toEqual([1, 2]);

    const moved = { _id: 2, status: 'sent', at: 2, endpoint: 0 };
    c.replace(c.getByKey('d:2') ?? {}, moved);
    expect(candidates(c, { status: 'pending' })).toEqual([0, 1, 3]);
    expect(candidates(c, { status: 'sent' })).toEqual([2, 4, 5]);
    expect(candidates(c, { status: 'pending', at: 2 })).toEqual([]);
    expect(candidates(c, { status: 'sent', at: 2 })).toEqual([2]);

    c.replace(moved, { ...moved, at: 7 });
    expect(candidates(c, { status: 'sent', at: 2 })).toEqual([]);
    expect(candidates(c, { status: 'sent', at: 7 })).toEqual([2]);

    c.remove(c.getByKey('d:4') ?? {});
    expect(candidates(c, { status: 'sent' })).toEqual([2, 5]);
    c.remove(c.getByKey('d:2') ?? {});
    c.remove(c.getByKey('d:5') ?? {});
    expect(candidates(c, { status: 'sent' })).toEqual([]);
  });

  it('keeps a multikey document under every prefix its elements give, once', () => {
    const c = collection({ key: { tags: 1, n: 1 } });
    c.insert({ _id: 1, tags: ['a', 'b'], n: 1 });
    c.insert({ _id: 2, tags: 'a', n: [1, 2] });
    expect(candidates(c, { tags: 'a' })).toEqual([1, 2]);
    expect(candidates(c, { tags: 'b' })).toEqual([1]);
    expect(candidates(c, { tags: { $in: ['a', 'b'] } })).toEqual([1, 2]);

    c.replace({ _id: 1, tags: ['a', 'b'], n: 1 }, { _id: 1, tags: ['b'], n: 1 });
    expect(candidates(c, { tags: 'a' })).toEqual([2]);
    // Two full keys under one prefix: removing the document clears the prefix entirely.
    c.remove({ _id: 2, tags: 'a', n: [1, 2] });
    expect(candidates(c, { tags: 'a' })).toEqual([]);
    expect(candidates(c, { tags: 'b' })).toEqual([1]);
  });

  it('finds missing and null fields by a null prefix, and leaves them to the residual', () => {
    const c = collection({ key: { team: 1, n: 1 } });
    c.insert({ _id: 1, team: null, n: 1 });
    c.insert({ _id: 2, n: 2 });
    c.insert({ _id: 3, team: 'x', n: 3 });
    c.insert({ _id: 4, team: [null, 'x'], n: 4 });
    const plan = planQuery(c, { team: null, n: { $gte: 1 } });
    expect(plan).toMatchObject({ index: 'team_n', residual: { team: null }, exact: false });
    expect(candidates(c, { team: null })).toEqual([1, 2, 4]);
    expect(matched(c, { team: null })).toEqual(scanned(c, { team: null }));
  });

  it('serves non-null prefixes from a sparse index, and scans for null', () => {
    const c = collection({ key: { a: 1, b: 1 }, sparse: true });
    c.insert({ _id: 1, a: 1, b: 1 });
    c.insert({ _id: 2, b: 1 });
    c.insert({ _id: 3, other: 1 });
    c.insert({ _id: 4, a: 1 });
    expect(candidates(c, { a: 1 })).toEqual([1, 4]);
    // The sparse index has no entry for _id 3, which { a: null } matches.
    expect(planQuery(c, { a: null }).index).toBeUndefined();
    expect(matched(c, { a: null })).toEqual([2, 3]);
  });

  it('answers like a scan after random inserts, updates and deletes', () => {
    const c = collection({ key: { s: 1, t: 1, u: 1 } });
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const value = () => [null, undefined, 0, 1, 'a', ['a', 1], []][next(7)];
    const randomDoc = (id: number): Doc => {
      const doc: Doc = { _id: id };
      for (const field of ['s', 't', 'u']) if (next(5) > 0) doc[field] = value();
      return doc;
    };
    for (let id = 0; id < 300; id++) c.insert(randomDoc(id));
    for (let step = 0; step < 600; step++) {
      const id = next(300);
      const doc = c.getByKey(`d:${id}`);
      if (doc && step % 4 === 0) c.remove(doc);
      else if (doc) c.replace(doc, randomDoc(id));
      else c.insert(randomDoc(id));
    }
    for (const s of [null, 0, 1, 'a']) {
      for (const filter of [{ s }, { s, t: 1 }, { s: { $in: [s, 'a'] }, t: { $gt: 0 } }, { s, u: 'a' }]) {
        expect(planQuery(c, filter).index).toBe('s_t_u');
        expect(matched(c, filter).sort()).toEqual(scanned(c, filter).sort());
      }
    }
  });
});
