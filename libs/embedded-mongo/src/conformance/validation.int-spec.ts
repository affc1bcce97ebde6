import { Double, MongoBulkWriteError, MongoServerError } from 'mongodb';
import { conformanceTargets, useTarget, type LooseDoc } from '../test-utils/targets';

const failure = (error: unknown) => {
  const server = error instanceof MongoBulkWriteError ? error.writeErrors : error;
  const first = Array.isArray(server) ? (server[0] as { err: MongoServerError }).err : server;
  return first as MongoServerError;
};

// https://www.mongodb.com/docs/manual/core/schema-validation/ and .../reference/command/collMod/
describe.each(conformanceTargets())('schema validation and collMod [$name]', (target) => {
  const session = useTarget(target, 'validation');
  const db = () => session().db;

  const people = {
    bsonType: 'object',
    required: ['name'],
    properties: {
      name: { bsonType: 'string', minLength: 2 },
      age: { bsonType: ['int', 'null'], minimum: 0 },
      role: { enum: ['admin', 'user'] },
    },
  };

  it('refuses a document against a $jsonSchema validator with code 121 and errInfo', async () => {
    await db().createCollection('people', { validator: { $jsonSchema: people } });
    const c = db().collection<LooseDoc>('people');
    await c.insertOne({ _id: 1, name: 'Ana', age: 30, role: 'user' });
    await c.insertOne({ _id: 2, name: 'Bia', age: null });
    const error = failure(await c.insertOne({ _id: 3, age: 2.5 }).catch((e: unknown) => e));
    expect(error).toMatchObject({ code: 121, message: 'Document failed validation' });
    const details = (error.errInfo as { failingDocumentId: unknown; details: Record<string, unknown> }) ?? {};
    expect(details.failingDocumentId).toBe(3);
    expect(details.details['operatorName']).toBe('$jsonSchema');
    expect(details.details['schemaRulesNotSatisfied']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operatorName: 'required', missingProperties: ['name'] }),
        expect.objectContaining({ operatorName: 'properties' }),
      ]),
    );
    // bsonType 'int' tells a stored int32 from a double with an integral value.
    await expect(c.insertOne({ _id: 4, name: 'Cid', age: new Double(3) })).rejects.toMatchObject({
      code: 121,
    });
    await expect(c.insertOne({ _id: 5, name: 'Dan', role: 'root' })).rejects.toMatchObject({ code: 121 });
    await expect(c.updateOne({ _id: 1 }, { $set: { name: 'A' } })).rejects.toMatchObject({ code: 121 });
    await expect(c.findOneAndUpdate({ _id: 1 }, { $unset: { name: '' } })).rejects.toMatchObject({
      code: 121,
    });
    await expect(c.updateOne({ _id: 9 }, { $set: { age: -1 } }, { upsert: true })).rejects.toMatchObject({
      code: 121,
    });
    await c.insertOne({ _id: 6, age: 'x' }, { bypassDocumentValidation: true });
    expect(
      await c
        .find({}, { sort: { _id: 1 } })
        .map((doc) => doc._id)
        .toArray(),
    ).toEqual([1, 2, 6]);
    expect(await c.countDocuments({ $jsonSchema: people })).toBe(2);
  });

  it('applies query-operator validators, and refuses invalid validators when the collection is created', async () => {
    await db().createCollection('stock', { validator: { qty: { $gte: 0 }, sku: { $type: 'string' } } });
    const c = db().collection<LooseDoc>('stock');
    await c.insertOne({ _id: 1, qty: 1, sku: 'a' });
    await expect(c.insertOne({ _id: 2, qty: -1, sku: 'a' })).rejects.toMatchObject({ code: 121 });
    await expect(
      db().createCollection('bad1', { validator: { $jsonSchema: { bsonType: 'whatever' } } }),
    ).rejects.toMatchObject({ code: 2 });
    await expect(
      db().createCollection('bad2', { validator: { $jsonSchema: { format: 'email' } } }),
    ).rejects.toMatchObject({ code: 9 });
    await expect(db().createCollection('bad3', { validator: { $where: 'true' } })).rejects.toBeInstanceOf(
      MongoServerError,
    );
    await expect(db().createCollection('bad4', { validationLevel: 'sometimes' })).rejects.toMatchObject({
      code: 2,
    });
  });

  it('changes the validator, level and action with collMod', async () => {
    const c = db().collection<LooseDoc>('things');
    await c.insertMany([
      { _id: 1, n: 5 },
      { _id: 2, n: -5 },
    ]);
    await db().command({ collMod: 'things', validator: { n: { $gte: 0 } }, validationLevel: 'moderate' });
    const [info] = await db().listCollections({ name: 'things' }).toArray();
    expect((info as { options: Record<string, unknown> }).options).toMatchObject({
      validator: { n: { $gte: 0 } },
      validationLevel: 'moderate',
    });
    // moderate: a document already invalid may still be updated; a valid one may not become invalid.
    await c.updateOne({ _id: 2 }, { $set: { n: -6 } });
    await expect(c.updateOne({ _id: 1 }, { $set: { n: -1 } })).rejects.toMatchObject({ code: 121 });
    await expect(c.insertOne({ _id: 3, n: -1 })).rejects.toMatchObject({ code: 121 });
    await db().command({ collMod: 'things', validationAction: 'warn' });
    await c.insertOne({ _id: 3, n: -1 });
    await db().command({ collMod: 'things', validationAction: 'error', validationLevel: 'off' });
    await c.insertOne({ _id: 4, n: -1 });
    await db().command({ collMod: 'things', validationLevel: 'strict', validator: {} });
    await c.insertOne({ _id: 5, n: -1 });
    await expect(db().command({ collMod: 'missing', validator: {} })).rejects.toMatchObject({ code: 26 });
    await expect(db().command({ collMod: 'things', bogus: 1 })).rejects.toMatchObject({ code: 72 });
  });

  it('hides an index and changes a TTL with collMod', async () => {
    const c = db().collection<LooseDoc>('indexed');
    await c.createIndex({ at: 1 }, { name: 'at_ttl', expireAfterSeconds: 3600 });
    await c.createIndex({ k: 1 }, { name: 'k_1' });
    const hidden = await db().command({ collMod: 'indexed', index: { name: 'k_1', hidden: true } });
    expect(hidden).toMatchObject({ hidden_old: false, hidden_new: true, ok: 1 });
    const ttl = await db().command({
      collMod: 'indexed',
      index: { keyPattern: { at: 1 }, expireAfterSeconds: 60 },
    });
    expect(ttl).toMatchObject({ expireAfterSeconds_old: 3600, expireAfterSeconds_new: 60, ok: 1 });
    const specs = await c.indexes();
    expect(specs.find((index) => index.name === 'k_1')).toMatchObject({ hidden: true });
    expect(specs.find((index) => index.name === 'at_ttl')).toMatchObject({ expireAfterSeconds: 60 });
    const plan = await c.find({ k: 1 }).explain();
    expect(JSON.stringify(plan)).not.toContain('k_1');
    await expect(
      db().command({ collMod: 'indexed', index: { name: 'nope', hidden: true } }),
    ).rejects.toMatchObject({
      code: 27,
    });
  });
});
