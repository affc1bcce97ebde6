import type { MongoServerError } from 'mongodb';
import { expectEventually } from '../test-utils/expect-eventually';
import { serverError } from '../test-utils/server-error';
import { conformanceTargets, indexNames, useTarget, type LooseDoc } from '../test-utils/targets';

describe.each(conformanceTargets())('index commands [$name]', (target) => {
  const session = useTarget(target, 'index-commands');

  it('creates, lists and drops indexes', async () => {
    const c = session().db.collection<LooseDoc>('people');
    expect(await c.createIndex({ email: 1 }, { unique: true })).toBe('email_1');
    expect(await c.createIndex({ last: 1, first: -1 }, { name: 'by_name' })).toBe('by_name');
    const again = await session().db.command({
      createIndexes: 'people',
      indexes: [{ key: { email: 1 }, name: 'email_1', unique: true }],
    });
    expect(again).toMatchObject({ numIndexesBefore: 3, numIndexesAfter: 3, ok: 1 });

    const listed = await c.listIndexes().toArray();
    expect(await indexNames(c)).toEqual(['_id_', 'email_1', 'by_name']);
    expect(listed[1]).toMatchObject({ key: { email: 1 }, unique: true });
    expect(listed[2]).toMatchObject({ key: { last: 1, first: -1 } });

    await c.dropIndex('by_name');
    await session().db.command({ dropIndexes: 'people', index: { email: 1 } });
    expect(await indexNames(c)).toEqual(['_id_']);
  });

  it('reads numeric unique and sparse as booleans and checks expireAfterSeconds', async () => {
    const { db } = session();
    const create = (...indexes: object[]) => db.command({ createIndexes: 'option-types', indexes });
    await create({ key: { u: 1 }, name: 'u_1', unique: 1 }, { key: { s: 1 }, name: 's_1', sparse: 2 });
    const c = db.collection<LooseDoc>('option-types');
    const listed = await c.listIndexes().toArray();
    expect(listed[1]).toMatchObject({ name: 'u_1', unique: true });
    expect(listed[2]).toMatchObject({ name: 's_1', sparse: true });
    await c.insertOne({ u: 1 });
    await expect(c.insertOne({ u: 1 })).rejects.toMatchObject({ code: 11000 });
    await expect(create({ key: { v: 1 }, name: 'v_1', unique: 'yes' })).rejects.toMatchObject({ code: 14 });
    await expect(create({ key: { t: 1 }, name: 't_1', expireAfterSeconds: -1 })).rejects.toMatchObject({
      code: 67,
    });
    await expect(create({ key: { t: 1 }, name: 't_1', expireAfterSeconds: '60' })).rejects.toMatchObject({
      code: 67,
    });
    expect(await indexNames(c)).toEqual(['_id_', 'u_1', 's_1']);
  });

  it('refuses conflicting definitions and impossible drops', async () => {
    const c = session().db.collection<LooseDoc>('conflicts');
    await c.createIndex({ a: 1 }, { name: 'idx' });
    await expect(c.createIndex({ b: 1 }, { name: 'idx' })).rejects.toMatchObject({ code: 86 });
    await expect(c.dropIndex('_id_')).rejects.toMatchObject({ code: 72 });
    await expect(c.dropIndex('nope')).rejects.toMatchObject({ code: 27 });
    await expect(session().db.collection<LooseDoc>('absent').listIndexes().toArray()).rejects.toMatchObject({
      code: 26,
    });
  });
});

describe.each(conformanceTargets())('unique indexes [$name]', (target) => {
  const session = useTarget(target, 'unique');
  const dupError = async (promise: Promise<unknown>): Promise<MongoServerError> => {
    const error = await serverError(promise);
    expect(error.code).toBe(11000);
    return error;
  };

  it('rejects duplicate inserts with keyPattern, keyValue and mongod wording', async () => {
    const { db } = session();
    const users = db.collection<LooseDoc>('users');
    await users.createIndex({ email: 1 }, { unique: true });
    await users.insertOne({ email: 'a@x' });
    const error = await dupError(users.insertOne({ email: 'a@x' }));
    expect(error.keyPattern).toEqual({ email: 1 });
    expect(error.keyValue).toEqual({ email: 'a@x' });
    expect(error.message).toBe(
      `E11000 duplicate key error collection: ${db.databaseName}.users index: email_1 dup key: { email: "a@x" }`,
    );
  });

  it('keeps _id unique', async () => {
    const c = session().db.collection<LooseDoc>('ids');
    await c.insertOne({ _id: 7 });
    const error = await dupError(c.insertOne({ _id: 7 }));
    expect(error.message).toContain('index: _id_ dup key: { _id: 7 }');
  });

  it('enforces uniqueness on update, upsert and findAndModify', async () => {
    const c = session().db.collection<LooseDoc>('writes');
    await c.createIndex({ code: 1 }, { unique: true });
    await c.insertMany([
      { _id: 1, code: 'a' },
      { _id: 2, code: 'b' },
    ]);
    await dupError(c.updateOne({ _id: 2 }, { $set: { code: 'a' } }));
    await dupError(c.updateOne({ _id: 3 }, { $set: { code: 'a' } }, { upsert: true }));
    await dupError(c.findOneAndUpdate({ _id: 2 }, { $set: { code: 'a' } }));
    await dupError(c.findOneAndUpdate({ _id: 9 }, { $set: { code: 'b' } }, { upsert: true }));
    expect(await c.find({}, { sort: { _id: 1 } }).toArray()).toEqual([
      { _id: 1, code: 'a' },
      { _id: 2, code: 'b' },
    ]);
  });

  it('enforces compound and partial unique indexes', async () => {
    const { db } = session();
    const pairs = db.collection<LooseDoc>('pairs');
    await pairs.createIndex({ a: 1, b: 1 }, { unique: true });
    await pairs.insertMany([
      { a: 1, b: 1 },
      { a: 1, b: 2 },
    ]);
    const error = await dupError(pairs.insertOne({ a: 1, b: 1 }));
    expect(error.keyValue).toEqual({ a: 1, b: 1 });

    const accounts = db.collection<LooseDoc>('accounts');
    await accounts.createIndex({ email: 1 }, { unique: true, partialFilterExpression: { active: true } });
    await accounts.insertMany([
      { email: 'x', active: false },
      { email: 'x', active: false },
      { email: 'x', active: true },
    ]);
    await dupError(accounts.insertOne({ email: 'x', active: true }));
    await dupError(accounts.updateOne({ active: false }, { $set: { active: true } }));
  });

  it('treats missing fields as null unless the index is sparse', async () => {
    const { db } = session();
    const dense = db.collection<LooseDoc>('dense');
    await dense.createIndex({ nick: 1 }, { unique: true });
    await dense.insertOne({ name: 'one' });
    await dupError(dense.insertOne({ name: 'two' }));
    const sparse = db.collection<LooseDoc>('sparse');
    await sparse.createIndex({ nick: 1 }, { unique: true, sparse: true });
    await sparse.insertMany([{ name: 'one' }, { name: 'two' }]);
    expect(await sparse.countDocuments()).toBe(2);
  });

  it('refuses to build a unique index over existing duplicates', async () => {
    const c = session().db.collection<LooseDoc>('prebuilt');
    await c.insertMany([{ k: 1 }, { k: 1 }]);
    const error = await dupError(c.createIndex({ k: 1 }, { unique: true }));
    expect(error.keyValue).toEqual({ k: 1 });
    expect(await indexNames(c)).toEqual(['_id_']);
  });

  it('reports batch errors at their index, stopping only when ordered', async () => {
    const { db } = session();
    await db.collection<LooseDoc>('batch').createIndex({ u: 1 }, { unique: true });
    await db.collection<LooseDoc>('batch').insertOne({ u: 0 });
    const docs = [{ u: 1 }, { u: 0 }, { u: 2 }, { u: 1 }];
    const ordered = await db.command({ insert: 'batch', documents: docs, ordered: true });
    expect(ordered['n']).toBe(1);
    expect(ordered['writeErrors']).toEqual([
      expect.objectContaining({ index: 1, code: 11000, keyPattern: { u: 1 }, keyValue: { u: 0 } }),
    ]);
    const unordered = await db.command({
      insert: 'batch',
      documents: [{ u: 3 }, { u: 0 }, { u: 4 }, { u: 3 }],
      ordered: false,
    });
    expect(unordered['n']).toBe(2);
    expect((unordered['writeErrors'] as Array<{ index: number }>).map((entry) => entry.index)).toEqual([
      1, 3,
    ]);
    expect(await db.collection<LooseDoc>('batch').countDocuments()).toBe(4);
  });
});

describe.each(conformanceTargets())('TTL indexes [$name]', (target) => {
  const session = useTarget(target, 'ttl');

  it(
    'removes expired documents',
    async () => {
      const c = session().db.collection<LooseDoc>('idempotency');
      await c.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 });
      await c.insertMany([
        { key: 'old', expiresAt: new Date(Date.now() - 60_000) },
        { key: 'new', expiresAt: new Date(Date.now() + 3_600_000) },
        { key: 'no-date', expiresAt: 'not a date' },
      ]);
      await expectEventually(async () => {
        expect((await c.find({}, { sort: { key: 1 } }).toArray()).map((doc) => String(doc['key']))).toEqual([
          'new',
          'no-date',
        ]);
      }, target.ttlTimeoutMs);
    },
    target.ttlTimeoutMs + 10_000,
  );
});
