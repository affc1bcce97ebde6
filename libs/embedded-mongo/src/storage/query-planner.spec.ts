import { ObjectId } from 'bson';
import { Collection } from './collection';
import { candidateDocs } from './query-planner';

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

  it('distinguishes an ObjectId from its hex string', () => {
    const ids = new Collection('db', 'ids', {}, () => undefined);
    const id = new ObjectId();
    ids.insert({ _id: id });
    expect(size(candidateDocs(ids, { _id: id.toHexString() }))).toBe(0);
    expect(size(candidateDocs(ids, { _id: new ObjectId(id.toHexString()) }))).toBe(1);
  });
});
