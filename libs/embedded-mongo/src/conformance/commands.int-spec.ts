import { serverError } from '../test-utils/server-error';
import { conformanceTargets, useTarget, type LooseDoc } from '../test-utils/targets';

describe.each(conformanceTargets())('admin and session commands [$name]', (target) => {
  const session = useTarget(target, 'commands');

  it('answers ping, buildInfo and endSessions', async () => {
    const admin = session().db.admin();
    expect(await admin.command({ ping: 1 })).toMatchObject({ ok: 1 });
    const info = await admin.command({ buildInfo: 1 });
    expect(info['version']).toMatch(/^\d+\.\d+\.\d+/);
    expect(info['maxBsonObjectSize']).toBe(16777216);
    expect(await admin.command({ endSessions: [] })).toMatchObject({ ok: 1 });
  });

  it('creates, lists and drops collections', async () => {
    const { db } = session();
    await db.createCollection('alpha');
    await db.collection<LooseDoc>('beta').insertOne({ x: 1 });
    const names = (await db.listCollections().toArray()).map((info) => info.name).sort();
    expect(names).toEqual(['alpha', 'beta']);
    const [beta] = await db.listCollections({ name: 'beta' }).toArray();
    expect(beta).toMatchObject({ name: 'beta', type: 'collection' });
    expect(await db.listCollections({}, { nameOnly: true }).toArray()).toHaveLength(2);

    expect(await db.command({ create: 'alpha' })).toMatchObject({ ok: 1 });
    const exists = await serverError(db.command({ create: 'alpha', capped: true, size: 4096 }));
    expect(exists.code).toBe(48);
    expect(exists.codeName).toBe('NamespaceExists');

    expect(await db.collection<LooseDoc>('alpha').drop()).toBe(true);
    expect(await db.command({ drop: 'never-existed' })).toMatchObject({ ok: 1 });
    expect((await db.listCollections().toArray()).map((info) => info.name)).toEqual(['beta']);
  });

  it('lists and drops databases', async () => {
    const { client, db } = session();
    await db.collection<LooseDoc>('present').insertOne({ here: true });
    const listed = await client.db('admin').admin().listDatabases();
    expect(listed.databases.map((entry) => entry.name)).toContain(db.databaseName);
    const nameOnly = await client.db('admin').command({ listDatabases: 1, nameOnly: true });
    expect(nameOnly['databases']).toContainEqual({ name: db.databaseName });

    const scratch = client.db(`${db.databaseName}-drop`);
    await scratch.collection<LooseDoc>('c').insertOne({});
    expect(await scratch.dropDatabase()).toBe(true);
    const after = await client.db('admin').admin().listDatabases({ nameOnly: true });
    expect(after.databases.map((entry) => entry.name)).not.toContain(scratch.databaseName);
  });

  it('rejects an unknown command with CommandNotFound naming it', async () => {
    const error = await serverError(session().db.command({ frobnicate: 1 }));
    expect(error.code).toBe(59);
    expect(error.codeName).toBe('CommandNotFound');
    expect(error.message).toContain('frobnicate');
  });

  it('rejects an unknown query operator with BadValue', async () => {
    const collection = session().db.collection<LooseDoc>('ops');
    await collection.insertOne({ a: 1 });
    const error = await serverError(collection.find({ a: { $frob: 1 } }).toArray());
    expect(error.code).toBe(2);
    expect(error.message).toContain('$frob');
  });

  it('refuses a document over 16 MiB', async () => {
    const huge = { _id: 'huge', blob: 'x'.repeat(16 * 1024 * 1024 + 1) };
    await expect(session().db.collection<LooseDoc>('big').insertOne(huge)).rejects.toThrow();
    expect(await session().db.collection<LooseDoc>('big').countDocuments({ _id: 'huge' })).toBe(0);
  });
});
