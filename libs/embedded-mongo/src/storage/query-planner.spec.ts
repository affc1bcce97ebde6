import { ObjectId } from 'bson';
import { Collection } from './collection';
import { findDocuments } from './read-ops';
import { candidateDocs, planQuery } from './query-planner';

function populated(count: number): Collection {
  const c = new Collection('db', 'c', {}, () => undefined);
  c.addIndex({ v: 2, key: { email: 1 }, name: 'email_1', unique: true });
  c.addIndex({ v: 2, key: { nick: 1 }, name: 'nick_1', sparse: true });
  c.addIndex({
    v: 2,
    key: { team: 1 },
    name: 'team_1',
    partialFilterExpression: { team: { $exists: true } },
  });
  for (let i = 0; i < count; i++)
    c.insert({ _id: i, email: `u${i}@x`, team: i % 10, ...(i % 2 ? { nick: `n${i}` } : {}) });
  return c;
}

const size = (docs: Iterable<unknown>) => [...docs].length;

describe('candidateDocs', () => {
  const c = populated(1000);

  it('looks up _id equality and $in directly', () => {
    expect([...candidateDocs(c, { _id: 5 })]).toEqual([expect.objectContaining({ _id: 5 })]);
    expect(size(candidateDocs(c, { _id: { $in: [1, 2, 2000] } }))).toBe(2);
    expect(size(candidateDocs(c, { _id: { $eq: 7 }, email: 'nope' }))).toBe(1);
  });

  it('uses a secondary index for equality on every indexed field', () => {
    expect([...candidateDocs(c, { email: 'u42@x', other: { $gt: 1 } })]).toEqual([
      expect.objectContaining({ _id: 42 }),
    ]);
    expect(size(candidateDocs(c, { email: { $in: ['u1@x', 'u2@x'] } }))).toBe(2);
  });

  it('falls back to a scan when equality cannot be answered by the map', () => {
    expect(size(candidateDocs(c, { email: /u4/ }))).toBe(1000);
    expect(size(candidateDocs(c, { email: { $gt: 'u' } }))).toBe(1000);
    // Sparse indexes omit documents without the field, which { nick: null } must find.
    expect(size(candidateDocs(c, { nick: null }))).toBe(1000);
    // Partial indexes hold only part of the collection.
    expect(size(candidateDocs(c, { team: 3 }))).toBe(1000);
  });

  it('leaves only the conditions the lookup did not decide to be tested', () => {
    expect(planQuery(c, { _id: 5, email: 'nope' })).toMatchObject({
      residual: { email: 'nope' },
      exact: false,
    });
    expect(planQuery(c, { email: { $in: ['u1@x'] } })).toMatchObject({ residual: {}, exact: true });
    // Null also matches missing fields, and the sparse index has no entry for those.
    expect(planQuery(c, { _id: { $in: [1, null] } })).toMatchObject({ exact: false });
    expect(findDocuments(c, { filter: { _id: { $in: [1, 2, 3] }, nick: { $exists: true } } })).toEqual([
      expect.objectContaining({ _id: 1 }),
      expect.objectContaining({ _id: 3 }),
    ]);
    expect(findDocuments(c, { filter: { email: { $in: ['u4@x', 'u5@x'] }, team: 4 } })).toEqual([
      expect.objectContaining({ _id: 4 }),
    ]);
  });

  it('serves { $in } on every field of a compound unique index without a residual', () => {
    const processed = new Collection('db', 'processed', {}, () => undefined);
    processed.addIndex({ v: 2, key: { handler: 1, eventId: 1 }, name: 'handler_event', unique: true });
    for (let i = 0; i < 100; i++) processed.insert({ _id: i, handler: i % 2 ? 'a' : 'b', eventId: `e${i}` });
    const plan = planQuery(processed, { handler: 'a', eventId: { $in: ['e1', 'e2', 'e3', 'e404'] } });
    expect(plan.exact).toBe(true);
    expect([...plan.docs].map((doc) => doc['_id'])).toEqual([1, 3]);
  });

  it('keeps dotted index fields in the residual', () => {
    const nested = new Collection('db', 'nested', {}, () => undefined);
    nested.addIndex({ v: 2, key: { 'a.b': 1 }, name: 'a.b_1' });
    nested.insert({ _id: 1, a: [[{ b: 1 }]] });
    nested.insert({ _id: 2, a: { b: 1 } });
    expect(planQuery(nested, { 'a.b': 1 })).toMatchObject({ residual: { 'a.b': 1 }, exact: false });
  });

  it('takes the candidates of { field: { $exists: true } } from a sparse index', () => {
    expect(size(candidateDocs(c, { nick: { $exists: true } }))).toBe(500);
    const found = findDocuments(c, { filter: { nick: { $exists: true }, team: 3 } });
    const ids = found.map((doc) => Number(doc['_id'])).sort((a, b) => a - b);
    expect(ids).toEqual(Array.from({ length: 100 }, (_, i) => i * 10 + 3));
    // $exists: false needs the documents the sparse index leaves out.
    expect(size(candidateDocs(c, { nick: { $exists: false } }))).toBe(1000);
  });

  it('distinguishes an ObjectId from its hex string', () => {
    const ids = new Collection('db', 'ids', {}, () => undefined);
    const id = new ObjectId();
    ids.insert({ _id: id });
    expect(size(candidateDocs(ids, { _id: id.toHexString() }))).toBe(0);
    expect(size(candidateDocs(ids, { _id: new ObjectId(id.toHexString()) }))).toBe(1);
  });
});

describe('choosing among indexes by the leading fields they pin', () => {
  const c = new Collection('db', 'choice', {}, () => undefined);
  c.addIndex({ v: 2, key: { status: 1 }, name: 'status_1' });
  c.addIndex({ v: 2, key: { status: 1, at: 1, endpoint: 1 }, name: 'status_at_endpoint' });
  c.addIndex({ v: 2, key: { email: 1 }, name: 'email_1', unique: true });
  c.addIndex({ v: 2, key: { team: 1, at: 1 }, name: 'team_at_hidden', hidden: true });
  c.addIndex({ v: 2, key: { 'meta.kind': 1, at: 1 }, name: 'meta.kind_at' });
  for (let i = 0; i < 200; i++)
    c.insert({
      _id: i,
      status: i % 2 ? 'pending' : 'sent',
      at: i % 5,
      endpoint: i % 3,
      email: `${i}@x`,
      team: i,
    });

  it('takes the index pinning the most leading fields, the residual deciding the rest', () => {
    const claim = { status: 'pending', at: { $lte: 3 }, endpoint: { $nin: [1] } };
    expect(planQuery(c, claim)).toMatchObject({ index: 'status_1', residual: { at: { $lte: 3 } } });
    expect(findDocuments(c, { filter: claim })).toHaveLength(100 - 20 - 27);
    const pinned = planQuery(c, { status: 'pending', at: { $in: [1, 2] }, endpoint: { $gt: 0 } });
    expect(pinned).toMatchObject({ index: 'status_at_endpoint', residual: { endpoint: { $gt: 0 } } });
    expect(size(pinned.docs)).toBe(40);
  });

  it('prefers a unique index pinned on every field, then a full key over an equal prefix', () => {
    expect(planQuery(c, { status: 'sent', at: 1, endpoint: 2, email: '4@x' }).index).toBe('email_1');
    expect(planQuery(c, { status: 'sent' }).index).toBe('status_1');
    expect(planQuery(c, { status: 'sent', at: 1, endpoint: 2 })).toMatchObject({
      index: 'status_at_endpoint',
      exact: true,
    });
  });

  it('needs the leading field pinned, and leaves hidden indexes and dotted fields alone', () => {
    expect(planQuery(c, { at: 1, endpoint: 2 }).index).toBeUndefined();
    expect(planQuery(c, { team: 3 }).index).toBeUndefined();
    expect(planQuery(c, { 'meta.kind': 'x' })).toMatchObject({
      index: 'meta.kind_at',
      residual: { 'meta.kind': 'x' },
    });
  });

  it('does not use a partial or collated compound index for a prefix', () => {
    const other = new Collection('db', 'other', {}, () => undefined);
    other.addIndex({
      v: 2,
      key: { a: 1, b: 1 },
      name: 'partial',
      partialFilterExpression: { b: { $gt: 1 } },
    });
    other.addIndex({ v: 2, key: { a: 1, c: 1 }, name: 'collated', collation: { locale: 'en', strength: 2 } });
    other.insert({ _id: 1, a: 1, b: 0, c: 'X' });
    expect(planQuery(other, { a: 1 }).index).toBeUndefined();
    expect(findDocuments(other, { filter: { a: 1 } })).toHaveLength(1);
  });
});
